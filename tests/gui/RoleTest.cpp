// Issue 3: a role that may not do a step does not see it, and core refuses it when forced.
#include "LatestCase.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "UserError.h"
#include "cases/CaseViewPage.h"
#include "main/MainWindow.h"
#include "main/NavigationTree.h"
#include "main/Session.h"

#include <QPushButton>

#include <catch2/catch.hpp>

TEST_CASE("A role that may not do a step does not see it and cannot force it", "[gui][roles]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow sales(t.db(), clock, t.sales);
    sales.show();
    WorkflowService& wf = sales.session().workflow();
    IntakeData in;
    in.channel = QStringLiteral("phone");
    in.customerId = t.customerId;
    in.serialNo = t.serialNo;
    in.symptom = QStringLiteral("Leak");
    const qint64 id = wf.logCase(t.sales, in);

    MainWindow manager(t.db(), clock, t.manager);
    manager.show();
    manager.openCase(id);
    CHECK(manager.caseViewPage()->stepButton(WorkflowStep::SendToQuality) == nullptr);
    CHECK(manager.caseViewPage()
              ->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^step")))
              .isEmpty());
    CHECK(manager.navigation()->pageItem(NavigationTree::Page::NewCase) == nullptr);
    CHECK_THROWS_AS(wf.sendToQuality(t.manager, latest(wf, id)), UserError);

    MainWindow quality(t.db(), clock, t.quality);
    quality.show();
    quality.openCase(id);
    CHECK(quality.caseViewPage()->stepButton(WorkflowStep::SendToQuality) == nullptr);
    CHECK(quality.caseViewPage()->stepButton(WorkflowStep::RecordByQuality) == nullptr); // not sent yet
    CHECK_THROWS_AS(wf.sendToQuality(t.quality, latest(wf, id)), UserError);

    sales.openCase(id);
    REQUIRE(sales.caseViewPage()->stepButton(WorkflowStep::SendToQuality) != nullptr);
    wf.sendToQuality(t.sales, latest(wf, id));
    wf.recordByQuality(t.quality, latest(wf, id));
    sales.caseViewPage()->reload();
    CHECK(sales.caseViewPage()->stepButton(WorkflowStep::Analyse) == nullptr);
    CHECK(sales.caseViewPage()->stepButton(WorkflowStep::Close) == nullptr);
    AnalysisData a;
    a.verification = QStringLiteral("x");
    CHECK_THROWS_AS(wf.analyse(t.sales, latest(wf, id), a), UserError);
    quality.caseViewPage()->reload();
    CHECK(quality.caseViewPage()->stepButton(WorkflowStep::Analyse) != nullptr);

    MainWindow tech(t.db(), clock, t.technician);
    tech.show();
    tech.openCase(id);
    CHECK(tech.caseViewPage()
              ->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^step")))
              .isEmpty());
}
