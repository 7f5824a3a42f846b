// Issue 12, point 10: no table in a printout breaks a case number, a serial, a model code or a
// date and time across lines ("QI-2026-000" / "03" in the overdue list's narrow first column):
// such columns are widened to their longest cell, the other columns wrap instead.
#include "PdfText.h"
#include "ReportWorld.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
bool onOneLine(const QStringList& lines, const QString& text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString& l) { return l.contains(text); });
}

// Every time of day printed ("21:00") has its date before it on the same line.
QStringList timesWithoutDate(const QStringList& lines)
{
    static const QRegularExpression lonely(QStringLiteral("(?<!\\d{4}-\\d{2}-\\d{2} )\\b\\d{2}:\\d{2}\\b"));
    QStringList wrong;
    for (const QString& l : lines)
        if (lonely.match(l).hasMatch())
            wrong.append(l);
    return wrong;
}

QStringList linesOf(const ReportDocument& document, const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    REQUIRE(DocumentPainter::writePdf({document}, path).isEmpty());
    return PdfText::lines(path);
}
} // namespace

TEST_CASE("Issue 12: no printed table breaks a case number, model code or date across lines",
          "[reports][unbroken]")
{
    ReportWorld w;
    const qint64 a = w.closedCase(1, 90);
    const qint64 b = w.closedCase(5, 70);
    const qint64 open = w.caseWithSheet();
    w.clock.advanceDays(30);
    const ReportService reports(w.t.connection());
    QTemporaryDir dir;

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        INFO("language " << language.toStdString());
        ReportOptions options = w.options(language);
        options.allVisits = true; // the return-visit report lists both cases' visits
        const QStringList overdue = linesOf(reports.overdueList(options), dir, QStringLiteral("overdue"));
        INFO(overdue.join(u'\n').toStdString());
        CHECK(onOneLine(overdue, w.number(open)));
        CHECK(onOneLine(overdue, QStringLiteral("Q41F-16C-50")));
        CHECK(timesWithoutDate(overdue).isEmpty());

        const QDate to = w.clock.now().date();
        const QStringList period
            = linesOf(reports.returnVisitReport(to.addDays(-60), to, options), dir, QStringLiteral("period"));
        INFO(period.join(u'\n').toStdString());
        CHECK(onOneLine(period, w.number(a)));
        CHECK(onOneLine(period, w.number(b)));
        CHECK(timesWithoutDate(period).isEmpty());

        for (const auto kind :
             {ReportService::CaseDocument::FeedbackSheet, ReportService::CaseDocument::ServiceReport,
              ReportService::CaseDocument::ReturnVisitRecord}) {
            const QStringList lines
                = linesOf(reports.caseDocument(kind, b, options), dir, ReportService::code(kind));
            INFO(lines.join(u'\n').toStdString());
            CHECK(onOneLine(lines, w.number(b)));
            CHECK(onOneLine(lines, w.t.serialNo));
            CHECK(timesWithoutDate(lines).isEmpty());
        }
    }
}
