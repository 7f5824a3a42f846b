// Issue 13: how long the statistics take for a whole year on a large file, through the
// product's own classes (StatsService, the queries it uses, ReturnVisitReportQuery).
//
//   stats_bench --database FILE [--cases 1000000] [--runs 3] [--only TEXT]
//
// Makes FILE with the demo generator when it has no cases (--cases of them, spread over up to
// ten years, the newest on 2026-11-23), then times each statistic of the last full year before
// it (2025-11-23 to 2026-11-22): the best of --runs, warm. Prints a table for the README.
#include "MockClock.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "deadlines/DeadlineCalculator.h"
#include "reports/ReportService.h"
#include "reports/ReturnVisitReportQuery.h"
#include "sample/SampleData.h"
#include "stats/StatsService.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <ctime>
#include <functional>

namespace {
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The machine's load (1, 5 and 15 minutes), printed with the figures.
QByteArray load()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

// The best wall time of the runs and the processor time of that run (the machine is shared:
// the processor time is what the statistic costs, the wall time what a person waited).
double bestOf(int runs, const std::function<qint64()>& work, qint64& size, double& cpu)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpuStart = cpuMs();
        size = work();
        const double wall = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (wall < best) {
            best = wall;
            cpu = cpuMs() - cpuStart;
        }
    }
    return best;
}

qint64 cells(const StatsReport& r)
{
    qint64 n = 0;
    for (const StatsTable& t : r.tables)
        n += t.rows.size();
    return n;
}
} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // the report document measures its text (fonts)
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the statistics of a year on a large file"));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("The file."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases to generate."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each."),
                                        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Time only the rows whose name holds TEXT."),
                                        QStringLiteral("TEXT"));
    parser.addOptions({databaseOption, casesOption, runsOption, onlyOption});
    parser.process(app);
    if (!parser.isSet(databaseOption)) {
        std::fprintf(stderr, "stats_bench: give --database FILE\n");
        return 2;
    }
    const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    MockClock clock(now);
    QElapsedTimer opening;
    opening.start();
    Database db(parser.value(databaseOption));
    std::printf("open (migrations, clocks of old cases, day counts): %.0f ms; load average %s\n",
                static_cast<double>(opening.elapsed()), load().constData());
    std::fflush(stdout);
    const QSqlDatabase c = db.connection();
    if (Sql::scalar(c, QStringLiteral("SELECT count(*) FROM cases")).toLongLong() == 0) {
        SampleOptions options;
        options.cases = parser.value(casesOption).toLongLong();
        options.now = now;
        options.progress = [](qint64 done, qint64 total) {
            std::fprintf(stderr, "\rgenerating %lld / %lld", static_cast<long long>(done),
                         static_cast<long long>(total));
        };
        QElapsedTimer t;
        t.start();
        SampleData::generate(c, options);
        std::fprintf(stderr, "\n");
        std::printf("generated %lld cases in %.0f s\n", static_cast<long long>(options.cases),
                    static_cast<double>(t.elapsed()) / 1000);
    }
    const qint64 total = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    StatsFilter year;
    year.from = QDate(2025, 11, 23);
    year.to = QDate(2026, 11, 22);
    const qint64 inYear = Sql::scalar(c,
                                      QStringLiteral("SELECT count(*) FROM cases WHERE received_at >= ? AND "
                                                     "received_at < ?"),
                                      {year.start(QTimeZone("Asia/Shanghai")).toSecsSinceEpoch(),
                                       year.end(QTimeZone("Asia/Shanghai")).toSecsSinceEpoch()})
                              .toLongLong();
    std::printf("%lld cases in the file, %lld received in the year %s to %s\n\n",
                static_cast<long long>(total), static_cast<long long>(inYear),
                qPrintable(year.from.toString(Qt::ISODate)), qPrintable(year.to.toString(Qt::ISODate)));
    std::printf("| Statistic of the year | best of %d, ms | processor, ms | rows |\n|---|---:|---:|---:|\n",
                runs);
    const StatsService stats(c, clock, QStringLiteral("en"));
    const QString only = parser.value(onlyOption);
    const auto row = [&](const QString& name, const std::function<qint64()>& work) {
        if (!name.contains(only, Qt::CaseInsensitive))
            return;
        qint64 size = 0;
        double cpu = 0;
        const double ms = bestOf(runs, work, size, cpu);
        std::printf("| %s | %.0f | %.0f | %lld |\n", qPrintable(name), ms, cpu, static_cast<long long>(size));
        std::fflush(stdout);
    };
    for (const CaseCut cut : StatsService::cuts())
        row(QStringLiteral("Pareto by ") + StatsService::cutCode(cut),
            [&]() { return cells(stats.pareto(year, cut)); });
    ParetoOptions byCost;
    byCost.byCost = true;
    row(QStringLiteral("Pareto by defect, weighed by cost"),
        [&]() { return cells(stats.pareto(year, CaseCut::Defect, byCost)); });
    row(QStringLiteral("Cases by month, with the year before"), [&]() { return cells(stats.trend(year)); });
    row(QStringLiteral("On time, every named deadline"), [&]() { return cells(stats.onTime(year)); });
    row(QStringLiteral("Return-visit marks"), [&]() { return cells(stats.marks(year)); });
    // On-time shares under each filter: the commonest line, customer, unit and grade of the year.
    const auto commonest = [&](const char* sql) {
        return Sql::scalar(c, QString::fromLatin1(sql),
                           {year.start(QTimeZone("Asia/Shanghai")).toSecsSinceEpoch()})
            .toLongLong();
    };
    StatsFilter byLine = year;
    byLine.productLineId = commonest(
        "SELECT l.id FROM cases c JOIN product_models m ON m.id = c.model_id JOIN product_lines l ON "
        "l.code = m.product_line "
        "WHERE c.received_at >= ? GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
    row(QStringLiteral("On time, filtered by product line"), [&]() { return cells(stats.onTime(byLine)); });
    StatsFilter byCustomer = year;
    byCustomer.customerId = commonest("SELECT customer_id FROM cases WHERE received_at >= ? GROUP BY 1 "
                                      "ORDER BY count(*) DESC LIMIT 1");
    row(QStringLiteral("On time, filtered by customer"), [&]() { return cells(stats.onTime(byCustomer)); });
    StatsFilter byUnit = year;
    byUnit.unitId = commonest("SELECT u.unit_id FROM cases c JOIN case_units u ON u.case_id = c.id "
                              "WHERE c.received_at >= ? GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
    row(QStringLiteral("On time, filtered by unit"), [&]() { return cells(stats.onTime(byUnit)); });
    StatsFilter byGrade = year;
    byGrade.gradeId = commonest("SELECT grade_id FROM cases WHERE received_at >= ? GROUP BY 1 "
                                "ORDER BY count(*) DESC LIMIT 1");
    row(QStringLiteral("On time, filtered by grade"), [&]() { return cells(stats.onTime(byGrade)); });
    StatsFilter keyLine = year;
    keyLine.keyCustomersOnly = true;
    row(QStringLiteral("Pareto by cause, key customers only"),
        [&]() { return cells(stats.pareto(keyLine, CaseCut::Cause)); });
    const DeadlineCalculator deadlines(DeadlineRules::load(c));
    const ReturnVisitReportQuery visits(c, deadlines);
    row(QStringLiteral("Return-visit report: summary (ReturnVisitReportQuery)"),
        [&]() { return static_cast<qint64>(visits.summary(year.from, year.to).all.visits); });
    row(QStringLiteral("Return-visit report: the visits with a problem (ReturnVisitReportQuery)"), [&]() {
        return static_cast<qint64>(
            visits.visits(year.from, year.to, ReturnVisitReportQuery::Listing::WithProblem).size());
    });
    ReportOptions printing;
    printing.now = now;
    row(QStringLiteral(
            "Return-visit report of the year, the document (ReportService: summary + visits with a "
            "problem)"),
        [&]() {
            return static_cast<qint64>(
                ReportService(c).returnVisitReport(year.from, year.to, printing).tables.value(0).rows.size());
        });
    std::printf("\nload average at the end: %s\n", load().constData());
    return 0;
}
