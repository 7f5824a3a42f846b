#include "flow/FlowCounts.h"

#include "db/Sql.h"
#include "improvement/ImprovementDay.h"

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
        QStringLiteral(
            "SELECT status, count(*), coalesce(sum(CAST(status <> 'closed' AND next_due_at < ? AS INTEGER)), "
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

QList<FlowLoopCount> FlowCounts::loops() const
{
    const qint64 today = ImprovementDay::stamp(ImprovementDay::today(m_db, m_clock));
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT (SELECT count(*) FROM tracings WHERE closed_at IS NULL), "
                       "(SELECT count(DISTINCT s.tracing_id) FROM tracing_steps s JOIN tracings t ON t.id = "
                       "s.tracing_id "
                       "WHERE s.signed_at IS NULL AND t.closed_at IS NULL AND s.due_on < ?), "
                       "(SELECT count(*) FROM corrective_actions WHERE status <> 'closed'), "
                       "(SELECT count(*) FROM corrective_actions WHERE status = 'open' AND due_on < ?), "
                       "(SELECT count(*) FROM treatment_groups WHERE closed_at IS NULL)"),
        {today, today});
    QList<FlowLoopCount> list;
    if (q.next()) {
        list.append({FlowLoopCount::Tracing, q.value(0).toLongLong(), q.value(1).toLongLong()});
        list.append({FlowLoopCount::Actions, q.value(2).toLongLong(), q.value(3).toLongLong()});
        list.append({FlowLoopCount::Groups, q.value(4).toLongLong(), 0});
    }
    return list;
}
