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
    {
        QSqlQuery q = Sql::exec(
            m_db,
            QStringLiteral("SELECT id, received_at, logged_at, is_objection, disposal_at, next_due_at, "
                           "next_due_kind, next_owner FROM cases WHERE status = ?"),
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
    return static_cast<int>(changes.size());
}
