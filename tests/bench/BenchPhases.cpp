#include "BenchPhases.h"

#include "BenchUtil.h"
#include "RawImport.h"
#include "RawOps.h"
#include "cases/CaseListQuery.h"
#include "cases/CaseRepository.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "sample/SampleData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlRecord>

#include <cstdio>

namespace {

constexpr int pageSize = 200; // CaseListModel::pageSize: the model asks CaseListQuery for pages of 200
const SystemClock systemClock;

qint64 scalar(const Database& db, const char* sql)
{
    return Sql::scalar(db.connection(), QString::fromLatin1(sql)).toLongLong();
}

// Reads every value of every row, as a view or a report reads them.
int readAll(QSqlQuery q)
{
    int rows = 0;
    const int columns = q.record().count();
    while (q.next()) {
        ++rows;
        for (int c = 0; c < columns; ++c)
            rawSink = rawSink + q.value(c).toString().size();
    }
    return rows;
}

void removeDatabase(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

BenchRow pair(const BenchOptions& o, const QString& name, const std::function<void()>& project,
              const std::function<void()>& raw, BenchRow::Target target = BenchRow::Target::Ratio3)
{
    BenchRow row {name, {}, {}, target};
    Bench::timePair(o.warmup, o.runs, project, raw, row.project, row.raw);
    std::fprintf(stderr, "  %-44s project %9.3f ms  raw %9.3f ms\n", qPrintable(name),
                 Bench::median(row.project), Bench::median(row.raw));
    return row;
}

struct Search
{
    QString name, typed;
    QByteArray match;
};

} // namespace

double generateDatabase(const QString& path, qint64 cases, bool progress)
{
    removeDatabase(path);
    Database db(path);
    SampleOptions sample;
    sample.cases = cases;
    if (progress)
        sample.progress = [](qint64 done, qint64 total) {
            if (done % 100000 == 0 || done == total)
                std::fprintf(stderr, "  generated %lld of %lld cases\n", done, total);
        };
    QElapsedTimer timer;
    timer.start();
    SampleData::generate(db.connection(), sample);
    return Bench::msSince(timer);
}

void readPhase(const BenchOptions& o, BenchTable& table)
{
    Database db(o.database);
    RawDb rawDb(o.database);
    RawOps raw(rawDb.handle());
    const CaseListQuery query(db.connection(), systemClock);
    const qint64 maxId = scalar(db, "SELECT max(id) FROM cases");
    const qint64 gradeA = scalar(db, "SELECT id FROM grades WHERE code = 'A'");
    const QString serial
        = Sql::scalar(db.connection(), QStringLiteral("SELECT serial_no FROM cases WHERE id = ?"),
                      {maxId / 2})
              .toString();

    table.add(pair(
        o, QStringLiteral("open + first page, warm"),
        [&] {
            Database other(o.database);
            const CaseListQuery q(other.connection(), systemClock);
            rawSink = rawSink + q.page({}, 0, pageSize).size();
        },
        [&] {
            RawDb other(o.database);
            rawFirstPage(other.handle(), pageSize);
        }));
    table.add(pair(
        o, QStringLiteral("first page (open database)"), [&] { query.page({}, 0, pageSize); },
        [&] { raw.page(0, pageSize); }));
    table.add(pair(
        o, QStringLiteral("page deep in the list (keyset, id < N/10)"),
        [&] { query.page({}, maxId / 10, pageSize); }, [&] { raw.page(maxId / 10, pageSize); }));
    CaseFilter overdueA;
    overdueA.gradeId = gradeA;
    overdueA.overdueOnly = true;
    table.add(pair(
        o, QStringLiteral("filter change: overdue grade A, first page"),
        [&] { query.page(overdueA, 0, pageSize); },
        [&] { raw.overduePage(gradeA, QDateTime::currentSecsSinceEpoch(), pageSize); }));
    table.add(pair(
        o, QStringLiteral("count for the navigation: all cases"), [&] { query.count({}); },
        [&] { raw.countAll(); }));
    table.add(pair(
        o, QStringLiteral("count for the navigation: overdue grade A"), [&] { query.count(overdueA); },
        [&] { raw.countOverdue(gradeA, QDateTime::currentSecsSinceEpoch()); }));

    const Search searches[] = {
        {QStringLiteral("search a word (packing)"), QStringLiteral("packing"), "packing"},
        {QStringLiteral("search a prefix (posit…)"), QStringLiteral("posit"), "posit*"},
        {QStringLiteral("search a phrase (\"seat leakage\")"), QStringLiteral("\"seat leakage\""),
         "\"seat leakage\""},
        {QStringLiteral("search a serial number"), serial, "\"" + serial.toUtf8() + "\""},
        {QStringLiteral("search a Chinese substring (填料处)"), QStringLiteral("填料处"), "\"填料 料处\""},
    };
    for (const Search& s : searches) {
        CaseFilter f;
        f.search = s.typed;
        if (query.page(f, 0, pageSize).isEmpty() || raw.search(s.match, pageSize) == 0)
            std::fprintf(stderr, "  warning: %s finds nothing\n", qPrintable(s.name));
        // A prefix: the raw side looks the whole terms up in the vocabulary too (the best plan).
        const bool prefix = s.match.endsWith('*');
        table.add(pair(
            o, s.name + QStringLiteral(", newest first"), [&] { query.page(f, 0, pageSize); },
            [&] {
                prefix ? raw.searchPrefix(s.match.chopped(1), pageSize) : raw.search(s.match, pageSize);
            }));
    }

    // Opening a case: the whole aggregate and its audit timeline, for a spread of cases.
    const CaseRepository repository(db.connection());
    int next = 0;
    int nextRaw = 0;
    const auto caseAt = [&](int& i) { return std::max<qint64>(1, maxId / 3 + (i++ % 16) * (maxId / 50)); };
    BenchOptions everyCaseWarm = o; // the 16 cases are read once before timing, on both sides alike
    everyCaseWarm.warmup = 16;
    table.add(pair(
        everyCaseWarm, QStringLiteral("open one case with its timeline"),
        [&] {
            const qint64 id = caseAt(next);
            const QualityCase c = repository.load(id);
            rawSink = rawSink + c.visits.size();
            readAll(Sql::exec(
                db.connection(),
                QStringLiteral("SELECT a.id, a.at, u.display_name, a.entity, a.entity_id, a.action, "
                               "a.field, a.old_value, a.new_value FROM audit_log a LEFT JOIN users u "
                               "ON u.id = a.user_id WHERE a.case_id = ? ORDER BY a.id"),
                {id}));
        },
        [&] { raw.openCase(caseAt(nextRaw)); }));
}

void importPhase(const BenchOptions& o, BenchTable& table)
{
    BenchRow row {QStringLiteral("bulk import, per 1,000 cases (%1 cases)").arg(o.importCases),
                  {},
                  {},
                  BenchRow::Target::Import};
    const QString projectFile = QDir(o.workDir).filePath(QStringLiteral("import-project.sqlite"));
    const QString rawFile = QDir(o.workDir).filePath(QStringLiteral("import-raw.sqlite"));
    const double perThousand = 1000.0 / static_cast<double>(o.importCases);
    for (int run = 0; run < o.importRuns; ++run) {
        row.project.push_back(generateDatabase(projectFile, o.importCases, false) * perThousand);
        removeDatabase(rawFile);
        {
            const Database schema(rawFile);
        } // the schema, as the application makes it
        row.raw.push_back(rawImport(projectFile, rawFile) * perThousand);
        std::fprintf(stderr, "  import run %d: project %.0f cases/s, raw %.0f cases/s\n", run + 1,
                     1000.0 / row.project.back() * 1000.0, 1000.0 / row.raw.back() * 1000.0);
    }
    removeDatabase(projectFile);
    removeDatabase(rawFile);
    table.add(std::move(row));
}

void coldPhase(const BenchOptions& o, BenchTable& table)
{
    BenchRow row {QStringLiteral("open + first page, cold (fresh process, file not cached)"),
                  {},
                  {},
                  BenchRow::Target::Ratio3};
    const auto spawn = [&](const QString& mode) {
        Bench::evictFromPageCache(o.database);
        QElapsedTimer timer;
        timer.start();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(o.self, {QStringLiteral("--child-open"), mode, o.database});
        if (!child.waitForFinished(60000) || child.exitCode() != 0)
            throw std::runtime_error("the cold child process failed");
        return Bench::msSince(timer);
    };
    for (int run = 0; run < o.coldRuns; ++run) {
        row.project.push_back(spawn(QStringLiteral("project")));
        row.raw.push_back(spawn(QStringLiteral("raw")));
    }
    std::fprintf(stderr, "  %-44s project %9.3f ms  raw %9.3f ms\n", "cold open", Bench::median(row.project),
                 Bench::median(row.raw));
    table.add(std::move(row));
}

int runColdChild(const QString& mode, const QString& database)
{
    if (mode == QLatin1String("raw")) {
        RawDb db(database);
        return rawFirstPage(db.handle(), pageSize) == pageSize ? 0 : 1;
    }
    Database db(database);
    const CaseListQuery query(db.connection(), systemClock);
    return query.page({}, 0, pageSize).size() == pageSize ? 0 : 1;
}
