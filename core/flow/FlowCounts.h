#pragma once

#include "Clock.h"
#include "domain/CaseStatus.h"

#include <QList>
#include <QSqlDatabase>

// Where the open cases stand in the after-sales flow chart (R21): per status, how many
// cases wait there and how many of them are overdue.
struct FlowStepCount
{
    CaseStatus status = CaseStatus::Logged;
    qint64 open = 0;
    qint64 overdue = 0;
};

// The improvement loop beside the flow (issue 14, R11-R13): open tracings and those with an
// 8D step past its due day, corrective actions not closed and those open past their due day,
// special treatment groups open (they have no due day).
struct FlowLoopCount
{
    enum Loop
    {
        Tracing,
        Actions,
        Groups
    };
    Loop loop = Tracing;
    qint64 open = 0;
    qint64 overdue = 0;
};

class FlowCounts
{
public:
    FlowCounts(QSqlDatabase db, const Clock& clock);
    // One entry per status of the flow, in order; Closed carries the number of closed cases.
    QList<FlowStepCount> counts() const;
    // Tracing, Actions and Groups, in that order.
    QList<FlowLoopCount> loops() const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};
