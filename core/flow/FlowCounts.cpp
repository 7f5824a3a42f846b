#include "flow/FlowCounts.h"

#include "db/Sql.h"

#include <QHash>

FlowCounts::FlowCounts(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QList<FlowStepCount> FlowCounts::counts() const
{
    QHash<QString, QPair<qint64, qint64>> byStatus;
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT status, count(*), coalesce(sum(status <> 'closed' AND next_due_at < ?), "
                       "0) FROM cases GROUP BY status"),
        {m_clock.now().toSecsSinceEpoch()});
    while (q.next())
        byStatus.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    QList<FlowStepCount> list;
    const QList<CaseStatus> all = CaseStatuses::all();
    for (CaseStatus s : all) {
        const auto v = byStatus.value(CaseStatuses::code(s));
        list.append({s, v.first, v.second});
    }
    return list;
}
