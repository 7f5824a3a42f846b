#include "reports/OverdueQuery.h"

#include "db/Sql.h"

OverdueQuery::OverdueQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<OverdueRow> OverdueQuery::rows(const QDateTime& now) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT c.number, cu.name, COALESCE(m.code, ''), c.next_due_kind, c.next_owner, c.next_due_at, "
            "u.id, u.name FROM cases c JOIN customers cu ON cu.id = c.customer_id "
            "LEFT JOIN product_models m ON m.id = c.model_id "
            "LEFT JOIN units u ON c.next_owner LIKE 'unit:%' AND u.id = CAST(substr(c.next_owner, 6) "
            "AS INTEGER) "
            "WHERE c.next_due_at IS NOT NULL AND c.next_due_at < ? AND c.status <> 'closed' "
            "ORDER BY c.next_due_at, c.id"),
        {now.toSecsSinceEpoch()});
    QList<OverdueRow> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(6).toLongLong(),
                     q.value(7).toString(), Sql::toTime(q.value(5))});
    return list;
}
