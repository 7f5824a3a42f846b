// Speed of printing (issue 4): a one-page feedback sheet to PDF, and the return-visit report of
// the busiest month of a large sample database. Built, not run by ctest:
//   print_bench [CASES [SHEETS]]  (default 10000 cases, about 1,000 return visits a month;
//                                  each sheet rendered SHEETS times, 21 unless told: a large
//                                  number with few cases profiles the sheet alone)
#include "db/Database.h"
#include "db/Sql.h"
#include "deadlines/DeadlineRules.h"
#include "reports/DocumentLanguage.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"
#include "reports/ReturnVisitReportQuery.h"
#include "sample/SampleData.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {
double cpuMs()
{
    return static_cast<double>(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer startup;
    startup.start();
    QGuiApplication app(argc, argv);
    std::printf("QGuiApplication start-up: %.1f ms\n", ms(startup));
    const qint64 cases = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 10000;
    const int sheets = argc > 2 ? std::max(2, QString::fromLocal8Bit(argv[2]).toInt()) : 21;

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    SampleOptions sample;
    sample.cases = cases;
    sample.now = QDateTime(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    QElapsedTimer t;
    t.start();
    SampleData::generate(db.connection(), sample);
    std::printf("sample data: %lld cases in %.1f s\n", static_cast<long long>(cases), ms(t) / 1000);

    const ReportService reports(db.connection());
    ReportOptions options;
    options.now = sample.now;
    const QString sheetCase
        = Sql::scalar(db.connection(),
                      QStringLiteral("SELECT c.number FROM cases c JOIN feedback_sheets s ON "
                                     "s.case_id = c.id ORDER BY c.id LIMIT 1"))
              .toString();
    const qint64 caseId = reports.caseIdOfNumber(sheetCase);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        options.language = language;
        const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
        QList<double> times;
        QList<double> builds;
        QList<double> cpu;
        for (int i = 0; i < sheets; ++i) {
            t.restart();
            const double cpuStart = cpuMs();
            const ReportDocument doc
                = reports.caseDocument(ReportService::CaseDocument::FeedbackSheet, caseId, options);
            builds.append(ms(t));
            DocumentPainter::writePdf({doc}, path);
            times.append(ms(t));
            cpu.append(cpuMs() - cpuStart);
        }
        cpu.removeFirst();
        std::sort(cpu.begin(), cpu.end());
        const double first = times.takeFirst();
        builds.removeFirst();
        std::sort(times.begin(), times.end());
        std::sort(builds.begin(), builds.end());
        std::printf("feedback sheet %s (%s) to PDF: first %.1f ms, then median %.1f ms (document %.1f ms, "
                    "processor time %.1f ms), max %.1f ms\n",
                    qPrintable(sheetCase), qPrintable(language), first, times.at(times.size() / 2),
                    builds.at(builds.size() / 2), cpu.at(cpu.size() / 2), times.last());
    }

    // The busiest month.
    QSqlQuery q
        = Sql::exec(db.connection(),
                    QStringLiteral("SELECT strftime('%Y-%m', visited_at, 'unixepoch') AS m, count(*) FROM "
                                   "visits GROUP BY m ORDER BY count(*) DESC LIMIT 1"));
    q.next();
    const QDate from = QDate::fromString(q.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
    const QDate to = from.addMonths(1).addDays(-1);
    q.finish();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        options.language = language;
        t.restart();
        const ReportDocument report = reports.returnVisitReport(from, to, options);
        const double built = ms(t);
        t.restart();
        const QString path = dir.filePath(QStringLiteral("month.pdf"));
        DocumentPainter::writePdf({report}, path);
        const double painted = ms(t);
        const qint64 visits
            = Sql::scalar(db.connection(),
                          QStringLiteral("SELECT count(*) FROM visits WHERE visited_at >= ? AND "
                                         "visited_at < ?"),
                          {QDateTime(from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - 8 * 3600,
                           QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()})
                  .toLongLong();
        std::printf("return-visit report %s (%s, about %lld visits): query and build %.0f ms, PDF %.0f ms, "
                    "total %.0f ms\n",
                    qPrintable(from.toString(QStringLiteral("yyyy-MM"))), qPrintable(language),
                    static_cast<long long>(visits), built, painted, built + painted);
    }

    // The year before the sample's "now": the summary the database counts, the listing, the PDF.
    const QDate yearTo = sample.now.date();
    const QDate yearFrom = yearTo.addYears(-1).addDays(1);
    const DeadlineCalculator deadlines(DeadlineRules::load(db.connection()));
    const ReturnVisitReportQuery query(db.connection(), deadlines);
    t.restart();
    const VisitSummary summary = query.summary(yearFrom, yearTo);
    const double summed = ms(t);
    t.restart();
    const qsizetype listed = query.visits(yearFrom, yearTo).size();
    const double listing = ms(t);
    options.language = QStringLiteral("en");
    t.restart();
    const ReportDocument year = reports.returnVisitReport(yearFrom, yearTo, options);
    const double yearBuilt = ms(t);
    t.restart();
    DocumentPainter::writePdf({year}, dir.filePath(QStringLiteral("year.pdf")));
    std::printf("return-visit report of a year (%d visits): summary %.0f ms, listing %.0f ms (%lld rows), "
                "query and build %.0f ms, PDF %.0f ms\n",
                summary.all.visits, summed, listing, static_cast<long long>(listed), yearBuilt, ms(t));
    return 0;
}
