#include "deadlines/StoredDeadlines.h"

#include "cases/CaseStore.h"
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
    std::vector<std::pair<qint64, QDateTime>> sendClocks; // the statistics' copy (case_clocks)
    {
        QSqlQuery q = Sql::exec(
            m_db,
            QStringLiteral("SELECT id, received_at, logged_at, is_objection, disposal_at, next_due_at, "
                           "next_due_kind, next_owner, (SELECT d.due_at FROM case_duties d WHERE "
                           "d.case_id = cases.id AND d.kind = 'send'), (SELECT k.due_at FROM case_clocks k "
                           "WHERE k.case_id = cases.id AND k.kind = 'send' AND k.unit_id = 0) FROM cases "
                           "WHERE status = ?"),
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
            // Sales' duty to send the case keeps its own due time, whatever is due first.
            QList<CaseDuty> duties;
            if (Sql::toTime(q.value(8)) != sendDue)
                duties = CaseDuties::of(c, deadlines);
            if (Sql::toTime(q.value(9)) != sendDue)
                sendClocks.emplace_back(c.id, sendDue);
            if (Sql::toTime(q.value(5)) != next.dueAt || q.value(6).toString() != next.code
                || q.value(7).toString() != next.ownerCode || !duties.isEmpty())
                changes.push_back({c.id, std::move(next), std::move(duties)});
        }
    }
    const CaseStore store(m_db); // the case rows are written through the one store (issue 16.1)
    DutyStore duties(m_db);
    for (const Change& change : changes) {
        store.setNextDue(change.id, change.next);
        if (!change.duties.isEmpty())
            duties.write(change.id, change.duties);
    }
    const QString moveClock = QStringLiteral(
        "UPDATE case_clocks SET due_at = ? WHERE case_id = ? AND kind = 'send' AND unit_id = 0");
    for (const auto& clock : sendClocks)
        Sql::cached(m_db, moveClock, {Sql::fromTime(clock.second), clock.first}).finish();
    return static_cast<int>(changes.size());
}
