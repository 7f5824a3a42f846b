#pragma once

#include "Clock.h"
#include "improvement/Improvement.h"

#include <QDate>
#include <QSqlDatabase>

// The lists of the improvement loop, keyset paged (never OFFSET) so a queue or a window reads
// one page at a time: actions by due day, the 8D steps still to sign off by due day, tracings
// and groups newest first. An action is overdue while it is open past its due day; a step while
// it is not signed off past its due day. unitId > 0: only what that unit owns (an owner's queue).
struct ActionRow
{
    qint64 id = 0;
    QString number;
    QString caseNumber;
    QString ownerUnit;
    ActionKind kind = ActionKind::Technical;
    QString what;
    QDate dueOn;
    ActionStatus status = ActionStatus::Open;
    int circulated = 0; // of the three meetings
    bool overdue = false;
};

struct StepRow
{
    qint64 stepId = 0;
    qint64 tracingId = 0;
    QString tracingNumber;
    QString caseNumber;
    int step = 0;
    QString owner; // the unit's or the person's name
    QDate dueOn;
    bool overdue = false;
};

struct TracingRow
{
    qint64 id = 0;
    QString number;
    QString caseNumber;
    TracingReason reason = TracingReason::Request;
    int signedSteps = 0;
    bool closed = false;
};

struct GroupRow
{
    qint64 id = 0;
    QString number;
    QString problem;
    QString lead;
    bool closed = false;
};

class ImprovementQuery
{
public:
    enum class Show
    {
        All,
        Open, // not closed
        Overdue
    };
    ImprovementQuery(QSqlDatabase db, const Clock& clock);

    // After the row (afterDue, afterId) of the previous page; an invalid afterDue: from the first.
    QList<ActionRow> actions(Show show, const QDate& afterDue, qint64 afterId, int limit,
                             qint64 unitId = 0) const;
    QList<StepRow> stepsDue(bool overdueOnly, const QDate& afterDue, qint64 afterId, int limit,
                            qint64 unitId = 0) const;
    // Newest first, before the id of the previous page's last row (0: from the newest).
    QList<TracingRow> tracings(qint64 beforeId, int limit) const;
    QList<GroupRow> groups(qint64 beforeId, int limit) const;

private:
    QSqlDatabase m_db;
    QDate m_today;
};
