#include "reports/OverdueQuery.h"

#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "deadlines/DeadlineRules.h"
#include "improvement/ImprovementDay.h"
#include "improvement/ImprovementQueue.h"
#include "queue/DutyOwnerSql.h"

OverdueQuery::OverdueQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<OverdueRow> OverdueQuery::rows(const QDateTime& now) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT c.number, cu.name, COALESCE(m.code, ''), d.kind, d.due_at, "
            "(SELECT f.task FROM follow_ups f WHERE d.kind = 'follow_up' AND f.id = d.record_id), ")
            + DutyOwnerSql::columns()
            + QStringLiteral(" FROM case_duties d JOIN cases c ON c.id = d.case_id "
                             "JOIN customers cu ON cu.id = c.customer_id "
                             "LEFT JOIN product_models m ON m.id = c.model_id ")
            + DutyOwnerSql::joins()
            + QStringLiteral("WHERE d.done_at IS NULL AND d.due_at < ? ORDER BY d.due_at, d.case_id"),
        {now.toSecsSinceEpoch()});
    QList<OverdueRow> list;
    while (q.next()) {
        OverdueRow r;
        r.caseNumber = q.value(0).toString();
        r.customer = q.value(1).toString();
        r.product = q.value(2).toString();
        r.stepCode = q.value(3).toString();
        r.dueAt = Sql::toTime(q.value(4));
        r.task = q.value(5).toString();
        r.ownerKind = q.value(6).toString();
        const qint64 ownerId = q.value(7).toLongLong();
        r.ownerName = q.value(8).toString();
        r.ownerCode = ownerId > 0 ? r.ownerKind + u':' + QString::number(ownerId) : r.ownerKind;
        if (r.ownerKind == QLatin1String("unit")) {
            r.ownerUnitId = ownerId;
            r.ownerUnitName = r.ownerName;
        }
        list.append(r);
    }
    list.append(improvement(now));
    std::stable_sort(list.begin(), list.end(),
                     [](const OverdueRow& a, const OverdueRow& b) { return a.dueAt < b.dueAt; });
    return list;
}

QList<OverdueRow> OverdueQuery::improvement(const QDateTime& now) const
{
    const QTimeZone zone = DeadlineRules::load(m_db).zone;
    const qint64 today = ImprovementDay::stamp(now.toTimeZone(zone).date());
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT 'action', a.number || ' ' || a.what, -1, a.due_on, 'unit', a.owner_unit_id, un.name, "
            "coalesce(c.number, ''), coalesce(cu.name, ''), coalesce(m.code, '') FROM corrective_actions a "
            "JOIN units un ON un.id = a.owner_unit_id LEFT JOIN cases c ON c.id = a.case_id "
            "LEFT JOIN customers cu ON cu.id = c.customer_id LEFT JOIN product_models m ON m.id = c.model_id "
            "WHERE a.status = 'open' AND a.due_on < ? "
            "UNION ALL SELECT '8d_step', t.number, s.step, s.due_on, "
            "CASE WHEN s.owner_user_id IS NULL THEN 'unit' ELSE 'person' END, coalesce(s.owner_unit_id, 0), "
            "coalesce(uo.display_name, un.name, ''), c.number, cu.name, coalesce(m.code, '') "
            "FROM tracing_steps s JOIN tracings t ON t.id = s.tracing_id JOIN cases c ON c.id = t.case_id "
            "JOIN customers cu ON cu.id = c.customer_id LEFT JOIN product_models m ON m.id = c.model_id "
            "LEFT JOIN units un ON un.id = s.owner_unit_id LEFT JOIN users uo ON uo.id = s.owner_user_id "
            "WHERE s.signed_at IS NULL AND t.closed_at IS NULL AND s.due_on < ?"),
        {today, today});
    QList<OverdueRow> list;
    while (q.next()) {
        OverdueRow r;
        r.stepCode = q.value(0).toString();
        r.task = q.value(1).toString();
        r.step = q.value(2).toInt();
        r.dueAt = ImprovementQueue::dueAt(RecordWriter::storedDate(q.value(3)), zone);
        r.ownerKind = q.value(4).toString();
        r.ownerName = q.value(6).toString();
        if (r.ownerKind == QLatin1String("unit")) {
            r.ownerUnitId = q.value(5).toLongLong();
            r.ownerUnitName = r.ownerName;
        }
        r.ownerCode = r.ownerKind;
        r.caseNumber = q.value(7).toString();
        r.customer = q.value(8).toString();
        r.product = q.value(9).toString();
        list.append(r);
    }
    return list;
}
