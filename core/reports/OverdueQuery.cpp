#include "reports/OverdueQuery.h"

#include "db/Sql.h"
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
    return list;
}
