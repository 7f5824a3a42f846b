#include "deadlines/CaseClocks.h"

#include "cases/CaseRepository.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "deadlines/DeadlineCalculator.h"

namespace {
const QString needsRebuild = QStringLiteral("clocks.needs_rebuild");
}

CaseClocks::CaseClocks(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<CaseClocks::Row> CaseClocks::rows(const QList<DeadlineClock>& clocks)
{
    QList<Row> rows;
    for (const DeadlineClock& clock : clocks) {
        if (clock.kind == DeadlineClock::Kind::FollowUp || !clock.dueAt.isValid())
            continue;
        const qint64 unit = clock.kind == DeadlineClock::Kind::UnitReply
            ? clock.ownerCode.section(u':', 1).toLongLong()
            : 0;
        rows.append({DeadlineCalculator::kindCode(clock.kind), unit, clock.dueAt, clock.doneAt});
    }
    return rows;
}

void CaseClocks::store(qint64 caseId, const QList<DeadlineClock>& clocks) const
{
    Sql::cached(m_db, QStringLiteral("DELETE FROM case_clocks WHERE case_id = ?"), {caseId}).finish();
    const QString insert = QStringLiteral(
        "INSERT INTO case_clocks(case_id, kind, unit_id, due_at, done_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(case_id, kind, unit_id) DO UPDATE SET due_at = excluded.due_at, done_at = "
        "excluded.done_at");
    for (const Row& row : rows(clocks))
        Sql::cached(m_db, insert,
                    {caseId, row.kind, row.unitId, Sql::fromTime(row.dueAt), Sql::fromTime(row.doneAt)})
            .finish();
}

qint64 CaseClocks::rebuildIfAsked(const std::function<void(qint64, qint64)>& progress) const
{
    if (Sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {needsRebuild})
            .toString()
        != QLatin1String("1"))
        return 0;
    Transaction transaction(m_db);
    const qint64 done = rebuildAll(progress);
    Sql::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {needsRebuild});
    transaction.commit();
    return done;
}

qint64 CaseClocks::rebuildAll(const std::function<void(qint64, qint64)>& progress) const
{
    const DeadlineCalculator deadlines(DeadlineRules::load(m_db));
    const CaseRepository cases(m_db);
    const qint64 total = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    qint64 done = 0;
    qint64 after = 0;
    for (;;) {
        // A thousand ids at a time by keyset; each case read whole, as the workflow reads it.
        QList<qint64> ids;
        QSqlQuery q = Sql::exec(
            m_db, QStringLiteral("SELECT id FROM cases WHERE id > ? ORDER BY id LIMIT 1000"), {after});
        while (q.next())
            ids.append(q.value(0).toLongLong());
        q.finish();
        if (ids.isEmpty())
            break;
        for (qint64 id : ids)
            store(id, deadlines.clocks(cases.load(id)));
        after = ids.last();
        done += ids.size();
        if (progress)
            progress(done, total);
    }
    return done;
}
