#include "deadlines/StoredDeadlines.h"

#include "db/Sql.h"
#include "deadlines/CaseDuties.h"
#include "deadlines/DutyStore.h"

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
        QList<CaseDuty> duties; // empty when only the case row changes
    };
    std::vector<Change> changes;
    {
        QSqlQuery q = Sql::exec(
            m_db,
            QStringLiteral("SELECT id, received_at, logged_at, is_objection, disposal_at, next_due_at, "
                           "next_due_kind, next_owner, (SELECT d.due_at FROM case_duties d WHERE "
                           "d.case_id = cases.id AND d.kind = 'send') FROM cases WHERE status = ?"),
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
            // Sales' duty to send the case keeps its own due time, whatever is due first.
            QList<CaseDuty> duties;
            if (Sql::toTime(q.value(8)) != deadlines.sendToQualityDue(c.loggedAt))
                duties = CaseDuties::of(c, deadlines);
            if (Sql::toTime(q.value(5)) != next.dueAt || q.value(6).toString() != next.code
                || q.value(7).toString() != next.ownerCode || !duties.isEmpty())
                changes.push_back({c.id, std::move(next), std::move(duties)});
        }
    }
    const QString update
        = QStringLiteral("UPDATE cases SET next_due_at = ?, next_due_kind = ?, next_owner = ? WHERE id = ?");
    DutyStore duties(Sql::handle(m_db));
    for (const Change& change : changes) {
        Sql::cached(m_db, update,
                    {Sql::fromTime(change.next.dueAt), change.next.code, change.next.ownerCode, change.id})
            .finish();
        if (!change.duties.isEmpty())
            duties.write(change.id, change.duties);
    }
    return static_cast<int>(changes.size());
}
