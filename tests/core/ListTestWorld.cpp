#include "ListTestWorld.h"

#include "db/Sql.h"

ListTestWorld::ListTestWorld()
    : lists(t.connection(), clock)
{
    office.username = QStringLiteral("office");
    office.displayName = QStringLiteral("Office");
    office.role = Role::Office;
    office.id = Sql::exec(t.connection(),
                          QStringLiteral("INSERT INTO users(username, display_name, role, created_at) "
                                         "VALUES ('office', 'Office', 'office', 0)"))
                    .lastInsertId()
                    .toLongLong();
}

QVariantMap ListTestWorld::validEntry(const QString& listId, const QString& s)
{
    const auto id = [this](const QString& list, const QString& code) { return lists.findId(list, code); };
    if (listId == QLatin1String("customers"))
        return {{QStringLiteral("code"), QString(u"CU-" + s)},
                {QStringLiteral("name"), QString(u"Customer " + s)},
                {QStringLiteral("name_zh"), QString(u"客户" + s)},
                {QStringLiteral("key_customer"), true},
                {QStringLiteral("region"), QStringLiteral("East")}};
    if (listId == QLatin1String("customer_sites"))
        return {{QStringLiteral("customer_id"), t.customerId},
                {QStringLiteral("name"), QString(u"Plant " + s)}};
    if (listId == QLatin1String("contacts"))
        return {{QStringLiteral("customer_id"), t.customerId},
                {QStringLiteral("name"), QString(u"Contact " + s)},
                {QStringLiteral("phone"), QStringLiteral("+86 21 5555 0101")},
                {QStringLiteral("email"), QStringLiteral("buyer@example.com")}};
    if (listId == QLatin1String("product_lines"))
        return {{QStringLiteral("code"), QString(u"line-" + s)},
                {QStringLiteral("name"), QString(u"Line " + s)}};
    if (listId == QLatin1String("product_models"))
        return {{QStringLiteral("code"), QString(u"M-" + s)},
                {QStringLiteral("name"), QString(u"Electric ball valve " + s)},
                {QStringLiteral("product_line"), QStringLiteral("valve")},
                {QStringLiteral("model_type"), QStringLiteral("electric ball valve")},
                {QStringLiteral("size_dn"), QStringLiteral("80")},
                {QStringLiteral("pressure_rating"), QStringLiteral("PN16")}};
    if (listId == QLatin1String("shipments"))
        return {{QStringLiteral("order_no"), QString(u"SO-" + s)},
                {QStringLiteral("batch_no"), QString(u"B-" + s)},
                {QStringLiteral("customer_id"), t.customerId},
                {QStringLiteral("shipped_at"), QStringLiteral("2025-11-03")}};
    if (listId == QLatin1String("serials"))
        return {{QStringLiteral("serial_no"), QString(u"SN-" + s)},
                {QStringLiteral("shipment_id"), t.shipmentId},
                {QStringLiteral("model_id"), QStringLiteral("Q41F-16C-50")}};
    if (listId == QLatin1String("units") || listId == QLatin1String("defect_categories_groups")
        || listId == QLatin1String("defect_causes_groups"))
        return {{QStringLiteral("code"), QString(u"U" + s)},
                {QStringLiteral("name"), QString(u"Entry " + s)}};
    if (listId == QLatin1String("grades"))
        return {{QStringLiteral("code"), QString(u"G" + s)},
                {QStringLiteral("name"), QString(u"Grade " + s)},
                {QStringLiteral("response_rules"), QStringLiteral("Call back within a day.")},
                {QStringLiteral("processing_hours"), 96},
                {QStringLiteral("unit_reply_hours"), 48},
                {QStringLiteral("arrival_hours"), 72}};
    if (listId == QLatin1String("defect_categories"))
        return {{QStringLiteral("group_id"),
                 id(QStringLiteral("defect_categories_groups"), QStringLiteral("LEAK"))},
                {QStringLiteral("code"), QString(u"DC" + s)},
                {QStringLiteral("name"), QString(u"Category " + s)}};
    if (listId == QLatin1String("defect_causes"))
        return {{QStringLiteral("group_id"), QStringLiteral("MAKER")},
                {QStringLiteral("code"), QString(u"CA" + s)},
                {QStringLiteral("name"), QString(u"Cause " + s)}};
    if (listId == QLatin1String("service_agencies"))
        return {{QStringLiteral("code"), QString(u"AG-" + s)},
                {QStringLiteral("name"), QString(u"Agency " + s)}};
    if (listId == QLatin1String("technicians"))
        return {{QStringLiteral("code"), QString(u"T-" + s)},
                {QStringLiteral("name"), QString(u"Technician " + s)},
                {QStringLiteral("agency_id"), t.agencyId},
                {QStringLiteral("lines"), QStringList {QStringLiteral("valve"), QStringLiteral("actuator")}},
                {QStringLiteral("models"), QVariantList {t.modelId}}};
    if (listId == QLatin1String("technician_training"))
        return {{QStringLiteral("technician_id"), t.technician.technicianId},
                {QStringLiteral("course"), QString(u"Course " + s)},
                {QStringLiteral("product_line"), QStringLiteral("valve")},
                {QStringLiteral("trained_on"), QDate(2025, 4, 1)},
                {QStringLiteral("result"), QStringLiteral("passed")},
                {QStringLiteral("valid_until"), QStringLiteral("2027-04-01")}};
    return {};
}

int ListTestWorld::auditRows(const QString& table, qint64 id, const QString& action) const
{
    return Sql::scalar(
               t.connection(),
               QStringLiteral("SELECT count(*) FROM audit_log WHERE case_id IS NULL AND entity = ? AND "
                              "entity_id = ? AND (? = '' OR action = ?)"),
               {table, id, action, action})
        .toInt();
}
