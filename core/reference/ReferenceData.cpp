#include "reference/ReferenceData.h"

#include "UserError.h"
#include "db/Sql.h"

#include <algorithm>

namespace {
// id, agency id, name, agency name, knows the line: the first columns of both technician queries.
Technician technicianOf(const QSqlQuery& q)
{
    Technician t;
    t.id = q.value(0).toLongLong();
    t.agencyId = q.value(1).toLongLong();
    t.name = q.value(2).toString();
    t.agencyName = q.value(3).toString();
    t.knowsLine = q.value(4).toBool();
    return t;
}
} // namespace

ReferenceData::ReferenceData(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ReferenceData::localName(ReferenceNames::List list, qint64 id, const QString& stored) const
{
    if (!chinese())
        return stored;
    if (!m_chineseNames)
        m_chineseNames = ReferenceNames::loadChinese(m_db);
    return m_chineseNames->name(list, id, stored);
}

void ReferenceData::localize(QualityCase& c) const
{
    if (!chinese())
        return;
    using L = ReferenceNames::List;
    c.gradeName = localName(L::Grades, c.gradeId, c.gradeName);
    c.defectCategory = localName(L::DefectCategories, c.defectCategoryId, c.defectCategory);
    c.defectCause = localName(L::DefectCauses, c.defectCauseId, c.defectCause);
    for (CaseUnit& u : c.units)
        u.unitName = localName(L::Units, u.unitId, u.unitName);
    for (FollowUp& f : c.followUps)
        f.ownerUnitName = localName(L::Units, f.ownerUnitId, f.ownerUnitName);
}

QList<NamedItem> ReferenceData::namedList(const QString& sql) const
{
    // The query's fourth column, when there is one, is the Chinese name.
    const bool zh = chinese();
    QList<NamedItem> list;
    QSqlQuery q = Sql::exec(m_db, sql);
    while (q.next()) {
        const QString zhName = zh ? q.value(3).toString() : QString();
        list.append({q.value(0).toLongLong(), q.value(1).toString(),
                     zhName.isEmpty() ? q.value(2).toString() : zhName});
    }
    return list;
}

QList<Grade> ReferenceData::grades() const
{
    QList<Grade> list;
    QSqlQuery q
        = Sql::exec(m_db,
                    QStringLiteral("SELECT id, code, name, response_rules, temporary_measures, "
                                   "processing_hours, unit_reply_hours, arrival_hours, name_zh, "
                                   "response_rules_zh, temporary_measures_zh FROM grades WHERE active = 1 "
                                   "ORDER BY code"));
    const bool zh = chinese();
    // In Chinese, each text in Chinese where the list has it, in English where it has not.
    const auto text = [&q, zh](int english, int chinese) {
        const QString local = zh ? q.value(chinese).toString() : QString();
        return local.isEmpty() ? q.value(english).toString() : local;
    };
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), text(2, 8), text(3, 9), text(4, 10),
                     q.value(5).toInt(), q.value(6).toInt(), q.value(7).toInt()});
    return list;
}

std::optional<Grade> ReferenceData::grade(qint64 id) const
{
    QSqlQuery q
        = Sql::exec(m_db,
                    QStringLiteral("SELECT id, code, name, response_rules, temporary_measures, "
                                   "processing_hours, unit_reply_hours, arrival_hours, name_zh, "
                                   "response_rules_zh, temporary_measures_zh FROM grades WHERE id = ?"),
                    {id});
    if (!q.next())
        return std::nullopt;
    const bool zh = chinese();
    const auto text = [&q, zh](int english, int chinese) {
        const QString local = zh ? q.value(chinese).toString() : QString();
        return local.isEmpty() ? q.value(english).toString() : local;
    };
    return Grade {q.value(0).toLongLong(), q.value(1).toString(), text(2, 8),        text(3, 9), text(4, 10),
                  q.value(5).toInt(),      q.value(6).toInt(),    q.value(7).toInt()};
}

bool ReferenceData::isActive(const QString& table, qint64 id) const
{
    static const QStringList tables {QStringLiteral("customers"),      QStringLiteral("contacts"),
                                     QStringLiteral("product_models"), QStringLiteral("units"),
                                     QStringLiteral("grades"),         QStringLiteral("defect_categories"),
                                     QStringLiteral("defect_causes"),  QStringLiteral("service_agencies"),
                                     QStringLiteral("technicians"),    QStringLiteral("shipments")};
    if (!tables.contains(table))
        return false;
    return Sql::scalar(m_db, QStringLiteral("SELECT active FROM %1 WHERE id = ?").arg(table), {id}).toInt()
        == 1;
}

QList<NamedItem> ReferenceData::units() const
{
    return namedList(
        QStringLiteral("SELECT id, code, name, name_zh FROM units WHERE active = 1 ORDER BY id"));
}

qint64 ReferenceData::unitId(const QString& code) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT id FROM units WHERE code = ?"), {code}).toLongLong();
}

QList<NamedItem> ReferenceData::defectCategories() const
{
    return namedList(QStringLiteral("SELECT id, code, name, name_zh FROM defect_categories WHERE active = 1 "
                                    "ORDER BY id"));
}

QList<NamedItem> ReferenceData::defectCauses() const
{
    return namedList(
        QStringLiteral("SELECT id, code, name, name_zh FROM defect_causes WHERE active = 1 ORDER BY id"));
}

QList<NamedItem> ReferenceData::serviceAgencies() const
{
    return namedList(
        QStringLiteral("SELECT id, code, name FROM service_agencies WHERE active = 1 ORDER BY name"));
}

QList<NamedItem> ReferenceData::productModels() const
{
    return namedList(
        QStringLiteral("SELECT id, code, name FROM product_models WHERE active = 1 ORDER BY code"));
}

QList<NamedItem> ReferenceData::customers(const QString& containing, int limit) const
{
    QList<NamedItem> list;
    QString pattern = containing;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT id, code, name FROM customers WHERE active = 1 AND (name LIKE ? "
                       "ESCAPE '\\' OR name_zh LIKE ? ESCAPE '\\' OR code = ?) "
                       "ORDER BY name LIMIT ?"),
        {QString(u'%' + pattern + u'%'), QString(u'%' + pattern + u'%'), containing.trimmed(), limit});
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

QList<NamedItem> ReferenceData::contacts(qint64 customerId) const
{
    QList<NamedItem> list;
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT id, phone, name FROM contacts WHERE customer_id = ? AND active = 1 "
                       "ORDER BY name"),
        {customerId});
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

std::optional<SerialInfo> ReferenceData::serial(const QString& serialNo) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT s.serial_no, s.model_id, m.code, m.name, m.product_line, s.shipment_id, sh.batch_no, "
            "sh.order_no, sh.customer_id, c.name, sh.shipped_at, "
            "(SELECT count(*) FROM cases k WHERE k.serial_no = s.serial_no AND k.status <> 'closed') "
            "FROM serials s JOIN product_models m ON m.id = s.model_id JOIN shipments sh ON sh.id = "
            "s.shipment_id JOIN customers c ON c.id = sh.customer_id WHERE s.serial_no = ? AND s.active = 1"),
        {serialNo.trimmed()});
    if (!q.next())
        return std::nullopt;
    return SerialInfo {q.value(0).toString(), q.value(1).toLongLong(),  q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(),    q.value(5).toLongLong(),
                       q.value(6).toString(), q.value(7).toString(),    q.value(8).toLongLong(),
                       q.value(9).toString(), Sql::toTime(q.value(10)), q.value(11).toInt()};
}

QList<Technician> ReferenceData::technicians(qint64 agencyId, const QString& productLine) const
{
    QList<Technician> list;
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT t.id, t.agency_id, t.name, a.name, EXISTS (SELECT 1 FROM technician_lines l WHERE "
            "l.technician_id = t.id AND l.product_line = ?) AS knows FROM technicians t JOIN "
            "service_agencies a ON a.id = t.agency_id WHERE t.active = 1 AND (? = 0 OR t.agency_id = ?) "
            "ORDER BY knows DESC, t.name"),
        {productLine, agencyId, agencyId});
    while (q.next())
        list.append(technicianOf(q));
    return list;
}

QList<Technician> ReferenceData::techniciansFor(qint64 agencyId, const QString& productLine, qint64 modelId,
                                                const QDate& today) const
{
    // Training dates are stored as 12:00 UTC of the day; "no end" counts as the far future.
    constexpr qint64 noEnd = 253402300799; // 9999-12-31
    const qint64 todayStored = QDateTime(today, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT t.id, t.agency_id, t.name, a.name, "
            "EXISTS (SELECT 1 FROM technician_lines l WHERE l.technician_id = t.id AND l.product_line = ?), "
            "EXISTS (SELECT 1 FROM technician_models m WHERE m.technician_id = t.id AND m.model_id = ?), "
            "(SELECT max(coalesce(r.valid_until, ?)) FROM technician_training r WHERE r.technician_id = t.id "
            "AND r.active = 1 AND r.result = 'passed' AND (r.model_id = ? OR (r.model_id IS NULL AND "
            "r.product_line = ?))) FROM technicians t JOIN service_agencies a ON a.id = t.agency_id "
            "WHERE t.active = 1 AND (? = 0 OR t.agency_id = ?) ORDER BY t.name"),
        {productLine, modelId, noEnd, modelId, productLine, agencyId, agencyId});
    QList<Technician> list;
    while (q.next()) {
        Technician t = technicianOf(q);
        t.knowsModel = q.value(5).toBool();
        if (!q.value(6).isNull()) {
            const qint64 until = q.value(6).toLongLong();
            t.training = until >= todayStored ? Technician::Training::Valid : Technician::Training::Expired;
            if (until != noEnd)
                t.trainingUntil = Sql::toTime(until).date();
        }
        list.append(t);
    }
    const auto rank = [](const Technician& t) {
        if (t.training == Technician::Training::Valid)
            return 0;
        return t.knowsModel || t.knowsLine ? 1 : 2;
    };
    std::stable_sort(list.begin(), list.end(),
                     [&rank](const Technician& a, const Technician& b) { return rank(a) < rank(b); });
    return list;
}

QString ReferenceData::setting(const QString& key, const QString& fallback) const
{
    const QVariant v = Sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

void ReferenceData::setSetting(const QString& key, const QString& value) const
{
    Sql::exec(m_db,
              QStringLiteral(
                  "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                  "excluded.value"),
              {key, value});
}

qint64 ReferenceData::addCustomer(const QString& name, bool keyCustomer, const QString& address,
                                  const QString& region) const
{
    if (name.trimmed().isEmpty())
        throw UserError(tr("A customer needs a name."));
    return Sql::exec(
               m_db,
               QStringLiteral("INSERT INTO customers(name, key_customer, address, region) VALUES (?,?,?,?)"),
               {name.trimmed(), keyCustomer ? 1 : 0, address, region})
        .lastInsertId()
        .toLongLong();
}

qint64 ReferenceData::addContact(qint64 customerId, const QString& name, const QString& phone,
                                 const QString& email) const
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO contacts(customer_id, name, phone, email) VALUES (?,?,?,?)"),
                     {customerId, name, phone, email})
        .lastInsertId()
        .toLongLong();
}

qint64 ReferenceData::addProductModel(const QString& code, const QString& name,
                                      const QString& productLine) const
{
    return Sql::exec(m_db,
                     QStringLiteral("INSERT INTO product_models(code, name, product_line) VALUES (?,?,?)"),
                     {code, name, productLine})
        .lastInsertId()
        .toLongLong();
}

qint64 ReferenceData::addShipment(const QString& orderNo, const QString& batchNo, qint64 customerId,
                                  const QDateTime& shippedAt) const
{
    return Sql::exec(
               m_db,
               QStringLiteral(
                   "INSERT INTO shipments(order_no, batch_no, customer_id, shipped_at) VALUES (?,?,?,?)"),
               {orderNo, batchNo, customerId, Sql::fromTime(shippedAt)})
        .lastInsertId()
        .toLongLong();
}

void ReferenceData::addSerial(const QString& serialNo, qint64 shipmentId, qint64 modelId) const
{
    Sql::exec(m_db, QStringLiteral("INSERT INTO serials(serial_no, shipment_id, model_id) VALUES (?,?,?)"),
              {serialNo, shipmentId, modelId});
}

qint64 ReferenceData::addServiceAgency(const QString& name, const QString& region, const QString& phone) const
{
    return Sql::exec(m_db, QStringLiteral("INSERT INTO service_agencies(name, region, phone) VALUES (?,?,?)"),
                     {name, region, phone})
        .lastInsertId()
        .toLongLong();
}

qint64 ReferenceData::addTechnician(qint64 agencyId, const QString& name, const QString& phone,
                                    const QStringList& productLines) const
{
    const qint64 id
        = Sql::exec(m_db, QStringLiteral("INSERT INTO technicians(agency_id, name, phone) VALUES (?,?,?)"),
                    {agencyId, name, phone})
              .lastInsertId()
              .toLongLong();
    for (const QString& line : productLines)
        Sql::exec(m_db,
                  QStringLiteral("INSERT INTO technician_lines(technician_id, product_line) VALUES (?,?)"),
                  {id, line});
    return id;
}
