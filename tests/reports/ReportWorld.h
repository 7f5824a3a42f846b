#pragma once

#include "MockClock.h"
#include "TestDatabase.h"
#include "reports/ReportOptions.h"
#include "workflow/WorkflowService.h"

// A test database with the company's settings filled in (name, address, logo) and cases
// driven through the main flow by the workflow service on a mock clock.
class ReportWorld
{
public:
    ReportWorld();

    // Logged, analysed with R&D and Technical Support responsible, sheet issued. Returns the id.
    qint64 caseWithSheet(int quantity = 3);
    // Through on-site service, both return visits (the first one firstVisitDelayDays after the
    // service), a follow-up transferred to technical support and done, and closed.
    qint64 closedCase(int firstVisitDelayDays = 1, int marks = 92);
    QString number(qint64 caseId) const;
    ReportOptions options(const QString& language = QStringLiteral("en")) const;

    TestDatabase t;
    MockClock clock;
    WorkflowService flow;
};
