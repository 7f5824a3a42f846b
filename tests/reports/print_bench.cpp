// Speed of printing (issue 4): a one-page feedback sheet to PDF, and the return-visit report of
// the busiest month of a large sample database. Built, not run by ctest:
//   print_bench [CASES]      (default 10000 cases, about 1,000 return visits a month)
#include "db/Database.h"
#include "db/Sql.h"
#include "reports/DocumentLanguage.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"
#include "sample/SampleData.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
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
    DocumentLanguage::addCatalog(QStringLiteral("zh_CN"), QStringLiteral(QL_REPORT_QM));
    const qint64 cases = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 10000;

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
        for (int i = 0; i < 21; ++i) {
            t.restart();
            const ReportDocument doc
                = reports.caseDocument(ReportService::CaseDocument::FeedbackSheet, caseId, options);
            DocumentPainter::writePdf({doc}, path);
            times.append(ms(t));
        }
        const double first = times.takeFirst();
        std::sort(times.begin(), times.end());
        std::printf("feedback sheet %s (%s) to PDF: first %.1f ms, then median %.1f ms, max %.1f ms\n",
                    qPrintable(sheetCase), qPrintable(language), first, times.at(times.size() / 2),
                    times.last());
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
    return 0;
}
