// Issue 14 (R11, R12): the 8D report and the numbered rectification notice print from the
// command line, in English and Chinese, and read back with what the tracing and the action hold;
// qualityloop-cli actions lists the actions, --overdue only those late.
#include "CliPrintout.h"
#include "CliRun.h"
#include "LatestCase.h"
#include "MockClock.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "improvement/ActionService.h"
#include "improvement/TracingService.h"
#include "workflow/WorkflowService.h"

#include <catch2/catch.hpp>

namespace {
// A key customer's case graded, so traced, with D0 signed off and an action raised from it.
struct Traced
{
    QString caseNumber;
    QString tracingNumber;
    QString notice;
};

Traced traced(TestDatabase& t, MockClock& clock)
{
    WorkflowService flow(t.connection(), clock);
    IntakeData in;
    in.channel = QStringLiteral("phone");
    in.customerId = t.keyCustomerId;
    in.modelId = t.modelId;
    in.symptom = QStringLiteral("Stem packing leaks");
    const qint64 caseId = flow.logCase(t.sales, in);
    flow.sendToQuality(t.sales, latest(flow, caseId));
    flow.recordByQuality(t.quality, latest(flow, caseId));
    AnalysisData a;
    a.verification = QStringLiteral("Photos");
    a.defectCategoryId = t.categoryId;
    a.defectCauseId = t.causeId;
    a.gradeId = t.gradeA;
    a.units = {{t.rndUnit, QStringLiteral("Root cause"), {}}};
    flow.analyse(t.quality, latest(flow, caseId), a);
    TracingService tracings(t.connection(), clock);
    const Tracing tr = *tracings.ofCase(caseId);
    tracings.saveStep(t.quality, tr.steps.at(0).id, tr.steps.at(0).version,
                      QStringLiteral("Spare valves sent"), false, true);
    ActionService actions(t.connection(), clock);
    NewAction n;
    n.source = ActionSource::Tracing;
    n.tracingId = tr.id;
    n.kind = ActionKind::Purchasing;
    n.what = QStringLiteral("New packing supplier audit");
    n.ownerUnitId = t.mfgUnit;
    n.dueOn = QDate(2026, 3, 5);
    const qint64 id = actions.raise(t.quality, n);
    CorrectiveAction x = actions.load(id);
    actions.recordCirculation(t.quality, id, x.version, Meeting::QualityManagement, QDate(2026, 3, 2),
                              QStringLiteral("Wang Fang"));
    return {flow.load(caseId).number, tr.number, x.number};
}
} // namespace

TEST_CASE("qualityloop-cli prints the 8D report and the rectification notice in English and Chinese",
          "[reports][cli][improvement]")
{
    TestDatabase t;
    MockClock clock;
    const Traced x = traced(t, clock);
    QString text
        = CliPrintout::text(QStringLiteral("8d"), x.caseNumber, t.path(), QStringLiteral("8d_report_en.pdf"));
    CHECK(text.contains(QStringLiteral("8D Report")));
    CHECK(text.contains(x.tracingNumber));
    CHECK(text.contains(x.caseNumber));
    CHECK(text.contains(QStringLiteral("D4 Root cause and escape point")));
    CHECK(text.contains(QStringLiteral("Spare valves sent")));
    CHECK(text.contains(QStringLiteral("Major problem")));

    text = CliPrintout::text(QStringLiteral("rectification-notice"), x.notice, t.path(),
                             QStringLiteral("rectification_notice_en.pdf"));
    CHECK(text.contains(QStringLiteral("Rectification Notice")));
    CHECK(text.contains(x.notice));
    CHECK(text.contains(QStringLiteral("New packing supplier audit")));
    CHECK(text.contains(QStringLiteral("Technical coordination meeting")));
    CHECK(text.contains(QStringLiteral("Wang Fang")));
    CHECK(text.contains(QStringLiteral("Tracing %1").arg(x.tracingNumber)));

    text = CliPrintout::text(QStringLiteral("8d"), x.tracingNumber, t.path(),
                             QStringLiteral("8d_report_zh.pdf"), QStringLiteral("zh_CN"));
    CHECK(text.contains(QStringLiteral("8D 报告")));
    CHECK(text.contains(QStringLiteral("根本原因")));
    text = CliPrintout::text(QStringLiteral("rectification-notice"), x.notice, t.path(),
                             QStringLiteral("rectification_notice_zh.pdf"), QStringLiteral("zh_CN"));
    CHECK(text.contains(QStringLiteral("整改通知单")));
    CHECK(text.contains(QStringLiteral("技术协调会")));

    CliPrintout::refusesUnknown(QStringLiteral("rectification-notice"), QStringLiteral("RN-2026-09999"),
                                t.path());
}

TEST_CASE("qualityloop-cli actions lists the corrective actions: --overdue those open past their due day",
          "[reports][cli][improvement]")
{
    TestDatabase t;
    MockClock clock;
    const Traced x = traced(t, clock);
    const CliRun all = runCli({QStringLiteral("actions"), QStringLiteral("--database"), t.path()});
    REQUIRE(all.code == 0);
    CHECK(all.out.contains(x.notice));
    CHECK(all.out.contains(x.caseNumber));
    CHECK(all.out.contains(QStringLiteral("2026-03-05")));
    // The CLI reads the system clock: in 2026-11 or later the action due 5 March is overdue.
    const CliRun overdue = runCli(
        {QStringLiteral("actions"), QStringLiteral("--database"), t.path(), QStringLiteral("--overdue")});
    REQUIRE(overdue.code == 0);
    CHECK(overdue.out.contains(QStringLiteral("OVERDUE")));
}
