#include "FlowDriver.h"
#include "LatestCase.h"
#include "UserError.h"
#include "workflow/WorkflowRules.h"

#include <catch2/catch.hpp>

namespace {
std::string refusal(const std::function<void()>& step)
{
    try {
        step();
    } catch (const UserError& e) {
        return e.message().toStdString();
    }
    return {};
}
} // namespace

TEST_CASE("Each step is refused for the wrong role, with the reason", "[workflow][roles]")
{
    TestDatabase t;
    FlowDriver d(t);
    WorkflowService& f = d.flow;
    CHECK_THAT(refusal([&] { f.logCase(t.quality, d.intake()); }),
               Catch::Contains("Only the Sales Department"));
    const qint64 id = d.log();
    CHECK_THAT(refusal([&] { f.sendToQuality(t.technician, latest(f, id)); }),
               Catch::Contains("Only the Sales Department"));
    f.sendToQuality(t.sales, latest(f, id));
    CHECK_THAT(refusal([&] { f.recordByQuality(t.sales, latest(f, id)); }),
               Catch::Contains("Only the Quality Department"));
    f.recordByQuality(t.quality, latest(f, id));
    CHECK_THAT(refusal([&] { f.analyse(t.manager, latest(f, id), d.analysis()); }),
               Catch::Contains("Only the Quality Department"));
    f.analyse(t.quality, latest(f, id), d.analysis());
    CHECK(refusal([&] { f.issueFeedbackSheet(t.sales, latest(f, id)); })
          == "Only the Quality Department can issue a feedback sheet.");
    f.issueFeedbackSheet(t.quality, latest(f, id));
    CHECK_THAT(
        refusal([&] { f.recordUnitReply(t.techSupport, latest(f, id), t.rndUnit, QStringLiteral("x")); }),
        Catch::Contains("your own unit"));
    CHECK_THAT(refusal([&] { f.planProcessing(t.quality, latest(f, id), d.onSitePlan()); }),
               Catch::Contains("Only the Sales"));
    f.planProcessing(t.sales, latest(f, id), d.onSitePlan());
    CHECK_THAT(refusal([&] { f.recordOnSiteService(t.otherTechnician, latest(f, id), d.service()); }),
               Catch::Contains("assigned to Zhou Jie"));
    CHECK_THAT(refusal([&] { f.recordOnSiteService(t.manager, latest(f, id), d.service()); }),
               Catch::Contains("Only the service"));
    f.recordOnSiteService(t.technician, latest(f, id), d.service());
    CHECK_THAT(refusal([&] { f.recordFirstVisit(t.quality, latest(f, id), d.firstVisit()); }),
               Catch::Contains("return visits"));
    f.recordFirstVisit(t.sales, latest(f, id), d.firstVisit());
    CHECK_THAT(refusal([&] { f.closeCase(t.sales, latest(f, id), d.closing()); }),
               Catch::Contains("Only the Quality"));
    CHECK_THAT(refusal([&] { f.closeCase(t.admin, latest(f, id), d.closing()); }),
               Catch::Contains("Only the Quality"));
}

TEST_CASE("Each step is refused out of order, with the reason", "[workflow][order]")
{
    TestDatabase t;
    FlowDriver d(t);
    WorkflowService& f = d.flow;
    const qint64 id = d.log();
    CHECK(refusal([&] { f.recordByQuality(t.quality, latest(f, id)); })
          == "The case has not been sent to Quality yet.");
    CHECK(refusal([&] { f.analyse(t.quality, latest(f, id), d.analysis()); })
          == "Quality has not recorded the case yet.");
    CHECK(refusal([&] { f.issueFeedbackSheet(t.quality, latest(f, id)); })
          == "The case has not been analysed yet.");
    CHECK(refusal([&] { f.planProcessing(t.sales, latest(f, id), d.onSitePlan()); })
          == "The feedback sheet has not been issued yet.");
    CHECK(refusal([&] { f.recordOnSiteService(t.technician, latest(f, id), d.service()); })
          == "There is no processing plan yet.");
    CHECK_THAT(refusal([&] { f.recordFirstVisit(t.sales, latest(f, id), d.firstVisit()); }),
               Catch::Contains("none has been"));
    CHECK(refusal([&] { f.recordSecondVisit(t.sales, latest(f, id), d.secondVisit()); })
          == "The first return visit has not been made yet.");
    CHECK(refusal([&] { f.closeCase(t.quality, latest(f, id), d.closing()); })
          == "Quality has not recorded the case yet.");
    f.sendToQuality(t.sales, latest(f, id));
    CHECK(refusal([&] { f.sendToQuality(t.sales, latest(f, id)); })
          == "The case has already been sent to Quality.");
    f.recordByQuality(t.quality, latest(f, id));
    f.analyse(t.quality, latest(f, id), d.analysis());
    f.issueFeedbackSheet(t.quality, latest(f, id));
    CHECK(refusal([&] { f.issueFeedbackSheet(t.quality, latest(f, id)); })
          == "The feedback sheet has already been issued.");
    CHECK_THAT(refusal([&] { f.analyse(t.quality, latest(f, id), d.analysis()); }),
               Catch::Contains("can no longer be changed"));
}

TEST_CASE("The window asks the same rules: what a role may see", "[workflow][roles]")
{
    TestDatabase t;
    FlowDriver d(t);
    const QualityCase c = d.flow.load(d.log());
    CHECK(WorkflowRules::mayDo(t.sales, WorkflowStep::SendToQuality, &c));
    CHECK_FALSE(WorkflowRules::mayDo(t.quality, WorkflowStep::SendToQuality, &c));
    CHECK_FALSE(WorkflowRules::mayDo(t.quality, WorkflowStep::Analyse, &c)); // not yet recorded
    CHECK_FALSE(WorkflowRules::mayDo(t.manager, WorkflowStep::LogCase, nullptr));
    CHECK(WorkflowRules::mayDo(t.sales, WorkflowStep::LogCase, nullptr));
}
