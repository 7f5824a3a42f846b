// QualityLoop on a PostgreSQL server (issue 16.6): the operations a clerk waits for, timed
// through the project's own code (QPSQL: CaseListQuery as the window pages it, CaseRepository,
// WorkflowService) and directly through libpq on the same server database and rows. The rows are
// SampleData's, generated in an SQLite file and moved to the server by OfficeMove. By hand
// (ctest labels bench;manual;pg); figures and how to run it in README.md.
#include "PgBenchData.h"
#include "PgBenchPhases.h"
#include "RawPg.h"
#include "UserError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>

#include <cstdio>
#include <exception>

namespace {

QString serverFromState(const QString& state)
{
    QFile url(QDir(state).filePath(QStringLiteral("url")));
    if (!url.open(QIODevice::ReadOnly))
        throw std::runtime_error("no url file in the cluster's state folder (pg-cluster.sh start DIR)");
    return QString::fromUtf8(url.readAll()).trimmed();
}

QString setting(RawPgDb& db, const char* name)
{
    RawPgStatement q(db.handle(), "SELECT current_setting($1)");
    return QString::fromUtf8(q.bind(QByteArray(name)).texts().value(0));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("QualityLoop benchmark on PostgreSQL: project code against raw libpq"));
    parser.addHelpOption();
    const QCommandLineOption cases(QStringLiteral("cases"), QStringLiteral("Cases in the database."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Any database on the server: postgresql://USER@HOST[:PORT]/DB (default: the url of "
                       "the test cluster in QL_TEST_PG_STATE)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("The benchmark's database on the server (default qlbench_N)."),
        QStringLiteral("NAME"));
    const QCommandLineOption file(
        QStringLiteral("file"),
        QStringLiteral("SQLite file the cases are generated in, kept for later runs "
                       "(default /tmp/ql-pgbench-N.sqlite)."),
        QStringLiteral("FILE"));
    const QCommandLineOption reuse(
        QStringLiteral("reuse"), QStringLiteral("Keep the server database when it holds the cases already."));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs per read operation."),
                                  QStringLiteral("R"), QStringLiteral("15"));
    const QCommandLineOption saves(QStringLiteral("saves"), QStringLiteral("Saves timed per kind."),
                                   QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption phases(QStringLiteral("phases"),
                                    QStringLiteral("Comma-separated: read,search,save (default all)."),
                                    QStringLiteral("LIST"), QStringLiteral("read,search,save"));
    parser.addOptions({cases, server, database, file, reuse, runs, saves, phases});
    parser.process(app);

    try {
        PgBenchData data;
        data.cases = parser.value(cases).toLongLong();
        data.server = parser.isSet(server) ? parser.value(server)
                                           : serverFromState(qEnvironmentVariable("QL_TEST_PG_STATE"));
        data.database
            = parser.isSet(database) ? parser.value(database) : QStringLiteral("qlbench_%1").arg(data.cases);
        data.file = parser.isSet(file) ? parser.value(file)
                                       : QStringLiteral("/tmp/ql-pgbench-%1.sqlite").arg(data.cases);
        data.reuse = parser.isSet(reuse);

        PgBenchOptions o;
        o.address = data.prepare();
        o.runs = parser.value(runs).toInt();
        o.saves = parser.value(saves).toInt();
        const QStringList only = parser.value(phases).split(u',');

        PgBenchTable table;
        if (only.contains(QLatin1String("read"))) {
            std::fprintf(stderr, "list and open a case\n");
            pgReadPhase(o, table);
        }
        if (only.contains(QLatin1String("search"))) {
            std::fprintf(stderr, "search\n");
            pgSearchPhase(o, table);
        }
        if (only.contains(QLatin1String("save"))) {
            std::fprintf(stderr, "saves\n");
            pgSavePhase(o, table);
        }
        RawPgDb db(o.address);
        std::printf("QualityLoop benchmark on PostgreSQL %s: %lld cases, %s, %s\n"
                    "server: fsync=%s, synchronous_commit=%s, shared_buffers=%s\n\n%s\n",
                    qPrintable(setting(db, "server_version")), data.cases,
                    qPrintable(QSysInfo::prettyProductName()), qPrintable(o.address),
                    qPrintable(setting(db, "fsync")), qPrintable(setting(db, "synchronous_commit")),
                    qPrintable(setting(db, "shared_buffers")), qPrintable(table.render()));
        // Where a row does not compare the same work.
        std::printf(
            "Not the same work: \"connect + first page\" counts the processor time of this process "
            "only (a new server process each run). The saves write the same rows on both sides, but the "
            "raw side does not read the case before a change (its version and state) nor after it (its "
            "deadlines).\n");
        if (table.hasPending())
            std::printf(
                "A row \"pending\" times the raw side only: the project's search fails on this server.\n");
        if (setting(db, "fsync") != QLatin1String("on"))
            std::printf("The server runs with fsync off: a save returns without waiting for the disk on "
                        "either side (the throw-away test cluster's setting).\n");
        const QStringList missed = table.missedTargets();
        if (!missed.isEmpty())
            std::printf("Targets missed: %s\n", qPrintable(missed.join(QStringLiteral("; "))));
    } catch (const UserError& e) {
        std::fprintf(stderr, "pg_bench: %s\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "pg_bench: %s\n", e.what());
        return 2;
    }
    return 0;
}
