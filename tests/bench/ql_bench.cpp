// QualityLoop at ten years of data: builds a database of N cases through SampleData::generate
// and times the operations a clerk waits for, through the project's own code and directly
// through the SQLite C API on the same file. See RESULTS.md for a run and how to reproduce it.
#include "BenchPhases.h"
#include "BenchUtil.h"
#include "UserError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <exception>
#include <memory>

namespace {

void section(const char* name)
{
    std::fprintf(stderr, "%s\n", name);
}

BenchOptions parse(const QCoreApplication& app, QStringList& phases)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("QualityLoop benchmark: project code against raw SQLite"));
    parser.addHelpOption();
    const QCommandLineOption cases(QStringLiteral("cases"), QStringLiteral("Cases in the database."),
                                   QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("Database file (default /tmp/ql-bench-N.sqlite)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption reuse(QStringLiteral("reuse"),
                                   QStringLiteral("Reuse the database file when it exists."));
    const QCommandLineOption quick(
        QStringLiteral("quick"),
        QStringLiteral("Short run for the test suite: fails when the project is more "
                       "than 10x slower than raw SQLite."));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per operation."),
                                  QStringLiteral("R"));
    const QCommandLineOption saves(QStringLiteral("saves"), QStringLiteral("Durable saves timed per kind."),
                                   QStringLiteral("S"));
    const QCommandLineOption importCases(QStringLiteral("import-cases"),
                                         QStringLiteral("Cases per timed import run."), QStringLiteral("M"));
    const QCommandLineOption only(
        QStringLiteral("phases"),
        QStringLiteral("Comma-separated: read,report,save,import,cold (default all)."),
        QStringLiteral("LIST"));
    parser.addOptions({cases, database, reuse, quick, runs, saves, importCases, only});
    parser.process(app);

    BenchOptions o;
    o.cases = parser.value(cases).toLongLong();
    o.quick = parser.isSet(quick);
    if (o.quick) {
        o.runs = 9;
        o.warmup = 2;
        o.saves = 100;
        o.importCases = 2000;
        o.importRuns = 3;
        o.coldRuns = 3;
    }
    if (parser.isSet(runs))
        o.runs = parser.value(runs).toInt();
    if (parser.isSet(saves))
        o.saves = parser.value(saves).toInt();
    if (parser.isSet(importCases))
        o.importCases = parser.value(importCases).toLongLong();
    o.database = parser.isSet(database) ? parser.value(database)
                                        : QStringLiteral("/tmp/ql-bench-%1.sqlite").arg(o.cases);
    o.reuse = parser.isSet(reuse);
    phases = parser.isSet(only)
        ? parser.value(only).split(u',')
        : QStringList {QStringLiteral("read"), QStringLiteral("report"), QStringLiteral("save"),
                       QStringLiteral("import"), QStringLiteral("cold")};
    o.self = QCoreApplication::applicationFilePath();
    return o;
}

} // namespace

int main(int argc, char* argv[])
{
    // The cold run's child: open the database, produce the first page, exit.
    if (argc == 4 && qstrcmp(argv[1], "--child-open") == 0) {
        if (qstrcmp(argv[2], "raw") == 0)
            return runColdChild(QStringLiteral("raw"), QString::fromLocal8Bit(argv[3]));
        QCoreApplication app(argc, argv);
        return runColdChild(QStringLiteral("project"), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    QStringList phases;
    BenchOptions o = parse(app, phases);
    std::unique_ptr<QTemporaryDir> scratch;
    if (o.quick) {
        scratch = std::make_unique<QTemporaryDir>();
        o.database = scratch->filePath(QStringLiteral("bench.sqlite"));
        o.workDir = scratch->path();
    } else {
        o.workDir = QFileInfo(o.database).absolutePath();
    }
    try {
        if (!o.reuse || !QFileInfo::exists(o.database)) {
            std::fprintf(stderr, "building %lld cases in %s\n", o.cases, qPrintable(o.database));
            const double ms = generateDatabase(o.database, o.cases, !o.quick);
            std::fprintf(stderr, "  built in %.1f s (%.0f cases/s)\n", ms / 1000, o.cases / ms * 1000);
        }
        BenchTable table;
        if (phases.contains(QLatin1String("cold"))) {
            section("cold open");
            coldPhase(o, table);
        }
        if (phases.contains(QLatin1String("read"))) {
            section("list, search, open a case");
            readPhase(o, table);
        }
        if (phases.contains(QLatin1String("report"))) {
            section("report");
            reportPhase(o, table);
        }
        const qint64 readPeakKb = Bench::peakMemoryKb();
        if (phases.contains(QLatin1String("save"))) {
            section("durable saves");
            savePhase(o, table);
        }
        if (phases.contains(QLatin1String("import"))) {
            section("bulk import");
            importPhase(o, table);
        }
        std::printf("QualityLoop benchmark: %lld cases, %s, SQLite file %s\n\n%s\n", o.cases,
                    qPrintable(QSysInfo::prettyProductName()), qPrintable(o.database),
                    qPrintable(table.render()));
        std::printf("Peak memory (VmHWM): %.1f MB after the read phases, %.1f MB at the end.\n",
                    readPeakKb / 1024.0, Bench::peakMemoryKb() / 1024.0);
        const QStringList missed = table.missedTargets();
        if (!missed.isEmpty())
            std::printf("Targets missed: %s\n", qPrintable(missed.join(QStringLiteral("; "))));
        if (o.quick) {
            // Noise guard: a few Qt prepares cost ~0.1-0.2 ms whatever the data, so below 0.3 ms raw
            // the project is compared against 0.3 ms; a lost index or an OFFSET costs far more.
            const QStringList slow = table.slowerThan(10, 0.3);
            for (const QString& s : slow)
                std::printf("FAIL more than 10x slower than raw SQLite: %s\n", qPrintable(s));
            return slow.isEmpty() ? 0 : 1;
        }
    } catch (const UserError& e) {
        std::fprintf(stderr, "ql_bench: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ql_bench: %s\n", e.what());
        return 2;
    }
    return 0;
}
