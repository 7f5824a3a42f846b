#include "deadlines/StoredDeadlines.h"

#include "db/Sql.h"

#include <vector>

StoredDeadlines::StoredDeadlines(QSqlDatabase db)
    : m_db(std::move(db))
{
}

int StoredDeadlines::refreshWorkingDayClocks(const DeadlineCalculator& deadlines) const
{
    struct Change
    {
        qint64 id;
        NextDue next;
    };
    std::vector<Change> changes;
    std::vector<std::pair<qint64, QDateTime>> sendClocks; // the statistics' copy (case_clocks)
    {
        QSqlQuery q = Sql::exec(
            m_db,
            QStringLiteral("SELECT id, received_at, logged_at, is_objection, disposal_at, next_due_at, "
                           "next_due_kind, next_owner, k.due_at FROM cases LEFT JOIN case_clocks k ON "
                           "k.case_id = cases.id AND k.kind = 'send' AND k.unit_id = 0 WHERE status = ?"),
            {CaseStatuses::code(CaseStatus::Logged)});
        QualityCase c;
        c.status = CaseStatus::Logged;
        while (q.next()) {
            c.id = q.value(0).toLongLong();
            c.receivedAt = Sql::toTime(q.value(1));
            c.loggedAt = Sql::toTime(q.value(2));
            c.isObjection = q.value(3).toBool();
            c.disposalAt = Sql::toTime(q.value(4));
            // The row keeps when and what, not whether it is overdue: no "now" is needed.
            NextDue next = deadlines.nextDue(c, QDateTime());
            const QDateTime sendDue = deadlines.sendToQualityDue(c.loggedAt);
            if (Sql::toTime(q.value(8)) != sendDue)
                sendClocks.emplace_back(c.id, sendDue);
            if (Sql::toTime(q.value(5)) != next.dueAt || q.value(6).toString() != next.code
                || q.value(7).toString() != next.ownerCode)
                changes.push_back({c.id, std::move(next)});
        }
    }
    const QString update
        = QStringLiteral("UPDATE cases SET next_due_at = ?, next_due_kind = ?, next_owner = ? WHERE id = ?");
    for (const Change& change : changes)
        Sql::cached(m_db, update,
                    {Sql::fromTime(change.next.dueAt), change.next.code, change.next.ownerCode, change.id})
            .finish();
    const QString moveClock = QStringLiteral(
        "UPDATE case_clocks SET due_at = ? WHERE case_id = ? AND kind = 'send' AND unit_id = 0");
    for (const auto& clock : sendClocks)
        Sql::cached(m_db, moveClock, {Sql::fromTime(clock.second), clock.first}).finish();
    return static_cast<int>(changes.size());
}
