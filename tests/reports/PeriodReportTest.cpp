#include "PdfText.h"
#include "ReportWorld.h"
#include "UserError.h"
#include "db/Database.h"
#include "deadlines/DeadlineRules.h"
#include "reference/ReferenceData.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"
#include "reports/ReturnVisitReportQuery.h"
#include "sample/SampleData.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("Return-visit report: marks, averages by technician and product, share on time",
          "[reports][period]")
{
    ReportWorld w;
    const QDate from = w.clock.now().date();
    w.closedCase(1, 90); // first visit on time
    w.closedCase(5, 70); // first visit two days late
    const QDate to = w.clock.now().date();
    const ReportService reports(w.t.connection());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("period.pdf"));
    ReportOptions every = w.options();
    every.allVisits = true;
    REQUIRE(DocumentPainter::writePdf({reports.returnVisitReport(from, to, every)}, path).isEmpty());
    const QString text = PdfText::text(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Return-visit Report")));
    CHECK(text.contains(QStringLiteral("华东石化有限公司")));
    CHECK(text.contains(QStringLiteral("Zhou Jie")));
    CHECK(text.contains(QStringLiteral("80.0"))); // average of 90 and 70
    // Four visits with a deadline, three on time: the late first visit is counted late.
    CHECK(text.contains(QStringLiteral("75.0% (3 of 4 visits with a deadline)")));
    CHECK(text.contains(QStringLiteral("Cleaned up the site")));
    CHECK(text.contains(QStringLiteral("All return visits in the period")));
    // Printed without asking for every visit: the figures the same; here every visit has a
    // problem (a requirement not confirmed at the first, a transfer at the second), so all are
    // listed (what is left out is checked on generated data below).
    REQUIRE(DocumentPainter::writePdf({reports.returnVisitReport(from, to, w.options())}, path).isEmpty());
    const QString problems = PdfText::text(path);
    INFO(problems.toStdString());
    CHECK(problems.contains(QStringLiteral("75.0% (3 of 4 visits with a deadline)")));
    CHECK(problems.contains(QStringLiteral("Return visits with a problem: 4 of 4")));
    CHECK_FALSE(problems.contains(QStringLiteral("All return visits in the period")));
}

TEST_CASE("A period with nothing in it is refused", "[reports][period]")
{
    ReportWorld w;
    const ReportService reports(w.t.connection());
    CHECK_THROWS_AS(reports.returnVisitReport(QDate(2020, 1, 1), QDate(2020, 1, 31), w.options()), UserError);
}

TEST_CASE("A long table breaks over pages with its header repeated and pages counted", "[reports][pages]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("sample.sqlite")));
    SampleOptions sample;
    sample.cases = 600;
    sample.now = QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    SampleData::generate(db.connection(), sample);
    const ReportService reports(db.connection());
    ReportOptions options;
    options.now = sample.now;
    options.allVisits = true;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(DocumentPainter::writePdf(
                {reports.returnVisitReport(QDate(2000, 1, 1), QDate(2026, 3, 31), options)}, path)
                .isEmpty());
    const QStringList pages = PdfText::pages(path);
    REQUIRE(pages.size() >= 3);
    const QString total = QString::number(pages.size());
    for (int i = 1; i < pages.size(); ++i) {
        INFO("page " << i + 1 << ":\n" << pages.at(i).toStdString());
        CHECK(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(total)));
        // Every page carries the document number and date at its head.
        CHECK(pages.at(i).contains(QStringLiteral("RVR-20000101-20260331")));
        if (i >= 2) // pages of the visit table repeat its header
            CHECK(pages.at(i).contains(QStringLiteral("Problems raised and remarks")));
    }
}

TEST_CASE("The report's figures counted by the database match its listed visits, in any time zone",
          "[reports][period]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("sample.sqlite")));
    SampleOptions sample;
    sample.cases = 400;
    sample.now = QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    SampleData::generate(db.connection(), sample);
    // Shanghai has no summer time; Berlin and New York change their offset within the period.
    for (const char* zone : {"Asia/Shanghai", "Europe/Berlin", "America/New_York"}) {
        INFO(zone);
        ReferenceData(db.connection())
            .setSetting(QStringLiteral("deadline.time_zone"), QString::fromLatin1(zone));
        const DeadlineCalculator deadlines(DeadlineRules::load(db.connection()));
        const ReturnVisitReportQuery query(db.connection(), deadlines);
        const QDate from(2025, 1, 1);
        const QDate to(2026, 3, 31);
        const VisitSummary summary = query.summary(from, to);
        const QList<VisitReportRow> rows = query.visits(from, to);
        REQUIRE(rows.size() > 100);
        VisitTally all;
        QMap<QString, int> onTimeByTechnician;
        int kinds[3] = {0, 0, 0};
        for (const VisitReportRow& row : rows) {
            ++all.visits;
            if (row.marks >= 0) {
                ++all.marked;
                all.marks += row.marks;
            }
            all.withDue += row.hasDue() ? 1 : 0;
            all.onTime += row.onTime() ? 1 : 0;
            onTimeByTechnician[row.technician] += row.onTime() ? 1 : 0;
            ++kinds[static_cast<int>(row.kind)];
        }
        CHECK(summary.all.visits == all.visits);
        CHECK(summary.all.marked == all.marked);
        CHECK(summary.all.marks == all.marks);
        CHECK(summary.all.withDue == all.withDue);
        CHECK(summary.all.onTime == all.onTime);
        CHECK(all.onTime < all.withDue); // some are late, so the comparison is tested both ways
        // Only the visits with a problem: every late visit among them, and nothing not in the full list.
        QSet<QString> listed;
        for (const VisitReportRow& row : query.visits(from, to, ReturnVisitReportQuery::Listing::WithProblem))
            listed.insert(row.caseNumber + QString::number(static_cast<int>(row.kind)));
        int late = 0;
        int withProblem = 0;
        for (const VisitReportRow& row : rows) {
            const QString key = row.caseNumber + QString::number(static_cast<int>(row.kind));
            if (row.hasDue() && !row.onTime()) {
                ++late;
                CHECK(listed.contains(key));
            }
            withProblem += listed.contains(key) ? 1 : 0;
        }
        CHECK(late > 0);
        CHECK(withProblem == listed.size());
        CHECK(listed.size() < rows.size());
        CHECK(summary.first == kinds[0]);
        CHECK(summary.second == kinds[1]);
        CHECK(summary.resupply == kinds[2]);
        REQUIRE(summary.byTechnician.size() == onTimeByTechnician.size());
        for (auto it = onTimeByTechnician.cbegin(); it != onTimeByTechnician.cend(); ++it)
            CHECK(summary.byTechnician.value(it.key()).onTime == it.value());
        // The printed report counts while it lists, in one pass: the same figures as the
        // database's grouping, and the same visits with a problem.
        const VisitReport printed = query.report(from, to, ReturnVisitReportQuery::Listing::WithProblem);
        CHECK(printed.visits.size() == listed.size());
        CHECK(printed.summary.all.visits == summary.all.visits);
        CHECK(printed.summary.all.marked == summary.all.marked);
        CHECK(printed.summary.all.marks == summary.all.marks);
        CHECK(printed.summary.all.withDue == summary.all.withDue);
        CHECK(printed.summary.all.onTime == summary.all.onTime);
        CHECK(printed.summary.first == summary.first);
        CHECK(printed.summary.second == summary.second);
        CHECK(printed.summary.resupply == summary.resupply);
        for (const auto groups : {&VisitSummary::byTechnician, &VisitSummary::byProduct}) {
            REQUIRE((printed.summary.*groups).keys() == (summary.*groups).keys());
            for (auto it = (summary.*groups).cbegin(); it != (summary.*groups).cend(); ++it) {
                const VisitTally& t = (printed.summary.*groups).value(it.key());
                INFO(it.key().toStdString());
                CHECK(t.visits == it->visits);
                CHECK(t.marked == it->marked);
                CHECK(t.marks == it->marks);
                CHECK(t.withDue == it->withDue);
                CHECK(t.onTime == it->onTime);
            }
        }
        for (qsizetype i = 0; i < printed.visits.size(); ++i)
            CHECK(listed.contains(printed.visits.at(i).caseNumber
                                  + QString::number(static_cast<int>(printed.visits.at(i).kind))));
        const QList<VisitReportRow> alone
            = query.visits(from, to, ReturnVisitReportQuery::Listing::WithProblem);
        REQUIRE(alone.size() == printed.visits.size());
        for (qsizetype i = 0; i < alone.size(); ++i) {
            CHECK(alone.at(i).caseNumber == printed.visits.at(i).caseNumber);
            CHECK(alone.at(i).problems == printed.visits.at(i).problems);
            CHECK(alone.at(i).dueAt == printed.visits.at(i).dueAt);
            CHECK(alone.at(i).technician == printed.visits.at(i).technician);
        }
    }
}
