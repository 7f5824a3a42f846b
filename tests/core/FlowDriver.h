#pragma once

#include "MockClock.h"
#include "TestDatabase.h"
#include "workflow/WorkflowService.h"

// Drives one case through the main flow with sensible inputs, step by step, so tests can
// stop anywhere and look.
class FlowDriver
{
public:
    explicit FlowDriver(TestDatabase& t);

    IntakeData intake(bool objection = false) const;
    AnalysisData analysis() const;
    PlanData onSitePlan() const;
    ServiceData service() const;
    FirstVisitData firstVisit() const;
    SecondVisitData secondVisit(bool transfer = false) const;
    CloseData closing() const;

    qint64 log(bool objection = false);
    void toRecorded(qint64 id);
    void toSheetIssued(qint64 id);
    void toPlanned(qint64 id);
    void toImplemented(qint64 id);
    void toFollowedUp(qint64 id);

    TestDatabase& t;
    MockClock clock;
    WorkflowService flow;
};
