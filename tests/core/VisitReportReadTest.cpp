// Issue 16.2: the return-visit report's reads (ReturnVisitReportQuery, ReportService) on either
// engine: the core suite runs them on the file and again on the PostgreSQL server.
#include "FlowDriver.h"
#include "LatestCase.h"
#include "UserError.h"
#include "deadlines/DeadlineCalculator.h"
#include "reports/ReportService.h"
#include "reports/ReturnVisitReportQuery.h"

#include <catch2/catch.hpp>

namespace {
// Three cases: A visited twice on time; B's first visit late with a requirement not confirmed;
// C's second visit transferring a task to technical support.
struct VisitWorld
{
    explicit VisitWorld(TestDatabase& t)
        : d(t)
    {
        from = d.clock.now().date();
        a = d.log();
        d.toFollowedUp(a);
        b = d.log();
        toServed(b);
        d.clock.advanceDays(5);
        FirstVisitData late = d.firstVisit();
        late.items
            = {{QStringLiteral("Arrived at the appointed time"), true, {}},
               {QStringLiteral("Cleaned up the site"), false, QStringLiteral("Old packing left behind")}};
        late.marks = 70;
        d.flow.recordFirstVisit(t.sales, latest(d.flow, b), late);
        c = d.log();
        toServed(c);
        d.clock.advanceDays(1);
        d.flow.recordFirstVisit(t.sales, latest(d.flow, c), d.firstVisit());
        d.clock.advanceDays(10);
        d.flow.recordSecondVisit(t.sales, latest(d.flow, c), d.secondVisit(true));
        to = d.clock.now().date();
    }
    void toServed(qint64 id)
    {
        d.toImplemented(id);
        d.flow.recordUnitReply(d.t.rnd, latest(d.flow, id), d.t.rndUnit, QStringLiteral("Torque recorded"));
        d.flow.recordUnitReply(d.t.quality, latest(d.flow, id), d.t.mfgUnit, QStringLiteral("Stock checked"));
    }
    QString number(qint64 id) { return d.flow.load(id).number; }
    FlowDriver d;
    QDate from, to;
    qint64 a = 0, b = 0, c = 0;
};
} // namespace

TEST_CASE("The return-visit figures and listing are the same counted by the database and read visit by visit",
          "[reports][visits]")
{
    TestDatabase t;
    VisitWorld w(t);
    const DeadlineCalculator deadlines(DeadlineRules::load(t.connection()));
    const ReturnVisitReportQuery query(t.connection(), deadlines);
    const VisitSummary counted = query.summary(w.from, w.to);
    CHECK(counted.all.visits == 5);
    CHECK(counted.first == 3);
    CHECK(counted.second == 2);
    CHECK(counted.all.marked == 3);
    CHECK(counted.all.marks == 92 + 70 + 92);
    CHECK(counted.all.withDue == 5);
    CHECK(counted.all.onTime == 4); // B's first visit five days after the service is late
    CHECK(counted.byTechnician.value(QStringLiteral("Zhou Jie")).visits == 5);

    const VisitReport all = query.report(w.from, w.to, ReturnVisitReportQuery::Listing::All);
    CHECK(all.visits.size() == 5);
    CHECK(all.summary.all.visits == counted.all.visits);
    CHECK(all.summary.all.onTime == counted.all.onTime);
    CHECK(all.summary.all.marks == counted.all.marks);
    CHECK(all.summary.byProduct.keys() == counted.byProduct.keys());

    // Only the visits with a problem: chosen by SQL (visits) and while counting (report) alike.
    const QList<VisitReportRow> problems
        = query.visits(w.from, w.to, ReturnVisitReportQuery::Listing::WithProblem);
    const VisitReport printed = query.report(w.from, w.to, ReturnVisitReportQuery::Listing::WithProblem);
    REQUIRE(problems.size() == 2);
    REQUIRE(printed.visits.size() == 2);
    CHECK(problems[0].caseNumber == w.number(w.b));
    CHECK_FALSE(problems[0].onTime());
    CHECK(problems[0].problems.contains(QStringLiteral("Cleaned up the site")));
    CHECK(problems[1].caseNumber == w.number(w.c));
    CHECK(problems[1].kind == VisitKind::Second);
    CHECK(problems[1].problems.contains(QStringLiteral("Check the gland again")));
    for (int i = 0; i < 2; ++i) {
        CHECK(printed.visits[i].caseNumber == problems[i].caseNumber);
        CHECK(printed.visits[i].problems == problems[i].problems);
    }
    const QList<TransferRow> transfers = query.transfers(w.from, w.to);
    REQUIRE(transfers.size() == 1);
    CHECK(transfers[0].task == QStringLiteral("Check the gland again"));
}

TEST_CASE("The report service prints the period's return visits and a case's papers on either engine",
          "[reports][visits]")
{
    TestDatabase t;
    VisitWorld w(t);
    const ReportService reports(t.connection());
    ReportOptions options;
    options.now = w.d.clock.now();
    const ReportDocument period = reports.returnVisitReport(w.from, w.to, options);
    QString text = period.html + period.htmlAfter;
    for (const ReportTable& table : period.tables)
        for (const QStringList& row : table.rows)
            text += row.join(u' ');
    CHECK(text.contains(w.number(w.b)));
    CHECK(text.contains(w.number(w.c)));
    CHECK(text.contains(QStringLiteral("80.0% (4 of 5 visits with a deadline)")));
    CHECK_NOTHROW(reports.caseDocument(ReportService::CaseDocument::ReturnVisitRecord, w.a, options));
    CHECK_NOTHROW(reports.caseDocument(ReportService::CaseDocument::FeedbackSheet, w.a, options));
    CHECK_THROWS_AS(reports.returnVisitReport(QDate(2020, 1, 1), QDate(2020, 1, 31), options), UserError);
}
