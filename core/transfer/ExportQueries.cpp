#include "transfer/ExportQueries.h"

#include "db/Dialect.h"

#include <stdexcept>

namespace {
using F = ExportQuery::Format;

ExportQuery make(const char* sql, QList<F> formats, const char* table)
{
    return {QString::fromLatin1(sql), std::move(formats),
            QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))};
}
} // namespace

ExportQuery ExportQuery::of(const QString& kindId, const QSqlDatabase& db)
{
    if (kindId == QLatin1String("customers"))
        return make("SELECT code, name, name_zh, key_customer, region, address, needs_completion, active "
                    "FROM customers ORDER BY code, id",
                    {F::Text, F::Text, F::Text, F::YesNo, F::Text, F::Text, F::YesNo, F::YesNo}, "customers");
    if (kindId == QLatin1String("contacts"))
        return make("SELECT cu.code, c.name, c.phone, c.email, c.active FROM contacts c "
                    "JOIN customers cu ON cu.id = c.customer_id ORDER BY cu.code, c.name, c.id",
                    {F::Text, F::Text, F::Text, F::Text, F::YesNo}, "contacts");
    if (kindId == QLatin1String("models"))
        return make("SELECT code, name, name_zh, product_line, model_type, size_dn, pressure_rating, active "
                    "FROM product_models ORDER BY code, id",
                    {F::Text, F::Text, F::Text, F::Text, F::Text, F::Integer, F::Text, F::YesNo},
                    "product_models");
    if (kindId == QLatin1String("serials"))
        return make("SELECT s.serial_no, m.code, cu.code, sh.order_no, sh.batch_no, sh.shipped_at, s.active "
                    "FROM serials s JOIN product_models m ON m.id = s.model_id "
                    "JOIN shipments sh ON sh.id = s.shipment_id JOIN customers cu ON cu.id = sh.customer_id "
                    "ORDER BY s.serial_no",
                    {F::Text, F::Text, F::Text, F::Text, F::Text, F::Date, F::YesNo}, "serials");
    if (kindId == QLatin1String("agencies"))
        return make(
            "SELECT code, name, region, address, phone, active FROM service_agencies ORDER BY code, id",
            {F::Text, F::Text, F::Text, F::Text, F::Text, F::YesNo}, "service_agencies");
    if (kindId == QLatin1String("technicians")) {
        // Each list joined in its order (a subquery the server needs named), by either engine's function.
        const QString separator = QStringLiteral("'; '");
        ExportQuery query = make(
            "SELECT t.code, t.name, a.code, t.phone, t.email, "
            "(SELECT %1 FROM (SELECT product_line FROM technician_lines "
            " WHERE technician_id = t.id ORDER BY product_line) AS l), "
            "(SELECT %2 FROM (SELECT m.code FROM technician_models tm "
            " JOIN product_models m ON m.id = tm.model_id WHERE tm.technician_id = t.id "
            " ORDER BY m.code) AS c), "
            "t.active FROM technicians t JOIN service_agencies a ON a.id = t.agency_id ORDER BY t.code, t.id",
            {F::Text, F::Text, F::Text, F::Text, F::Text, F::Text, F::Text, F::YesNo}, "technicians");
        query.sql = query.sql.arg(Dialect::groupConcat(db, QStringLiteral("l.product_line"), separator),
                                  Dialect::groupConcat(db, QStringLiteral("c.code"), separator));
        return query;
    }
    if (kindId == QLatin1String("cases"))
        return make(
            "SELECT c.number, c.status, c.received_at, c.channel, cu.code, c.contact_name, c.contact_phone, "
            "m.code, c.serial_no, c.batch_no, c.order_no, c.quantity, c.symptom, c.customer_request, "
            "c.site_address, c.is_objection, c.logged_at, c.sent_at, c.recorded_at, c.analysed_at, "
            "c.verification, c.analysis, dc.code, dca.code, g.code, c.temporary_measures, "
            "c.processing_due_at, "
            "c.disposal_at, c.disposal_suggestion, c.closed_at, c.problem_summary, c.treatment_result, "
            "c.written_feedback FROM cases c JOIN customers cu ON cu.id = c.customer_id "
            "LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN grades g ON g.id = c.grade_id "
            "LEFT JOIN defect_categories dc ON dc.id = c.defect_category_id "
            "LEFT JOIN defect_causes dca ON dca.id = c.defect_cause_id ORDER BY c.number",
            {F::Text, F::Text, F::Time,    F::Text, F::Text, F::Text, F::Text,  F::Text, F::Text,
             F::Text, F::Text, F::Integer, F::Text, F::Text, F::Text, F::YesNo, F::Time, F::Time,
             F::Time, F::Time, F::Text,    F::Text, F::Text, F::Text, F::Text,  F::Text, F::Time,
             F::Time, F::Text, F::Time,    F::Text, F::Text, F::Text},
            "cases");
    throw std::out_of_range("unknown kind " + kindId.toStdString());
}
