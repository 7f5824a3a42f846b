#include "PgBenchPhases.h"

#include "RawPgOps.h"
#include "RawSqlite.h" // rawSink
#include "cases/CaseListQuery.h"
#include "cases/CaseRepository.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QRegularExpression>
#include <QSqlRecord>

#include <cstdio>

namespace {

constexpr int pageSize = 200; // CaseListModel::pageSize
const SystemClock systemClock;

qint64 scalar(const Database& db, const char* sql)
{
    return Sql::scalar(db.connection(), QString::fromLatin1(sql)).toLongLong();
}

int backendPid(const Database& db)
{
    return static_cast<int>(scalar(db, "SELECT pg_backend_pid()"));
}

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

struct Sides
{
    explicit Sides(const PgBenchOptions& o)
        : db(o.address)
        , rawDb(o.address)
        , raw(rawDb.handle())
        , projectClock(backendPid(db))
        , rawClock(rawDb.backendPid())
    {
    }
    Database db;
    RawPgDb rawDb;
    RawPgOps raw;
    PgProcessorClock projectClock;
    PgProcessorClock rawClock;
};

PgRow pair(const PgBenchOptions& o, const Sides& s, const QString& name, const std::function<void()>& project,
           const std::function<void()>& raw)
{
    PgRow row;
    row.operation = name;
    timePgPair(o.warmup, o.runs, project, raw, s.projectClock, s.rawClock, row);
    return row;
}

} // namespace

void pgReadPhase(const PgBenchOptions& o, PgBenchTable& table)
{
    Sides s(o);
    const CaseListQuery query(s.db.connection(), systemClock);
    const qint64 maxId = scalar(s.db, "SELECT max(id) FROM cases");
    const qint64 gradeA = scalar(s.db, "SELECT id FROM grades WHERE code = 'A'");

    {
        PgRow row;
        row.operation = QStringLiteral("connect + first page");
        row.cpuClientOnly = true; // a new server process each run
        timePgPair(
            o.warmup, o.runs,
            [&] {
                Database other(o.address);
                const CaseListQuery q(other.connection(), systemClock);
                rawSink = rawSink + q.page({}, 0, pageSize).size();
            },
            [&] {
                RawPgDb other(o.address);
                rawPgFirstPage(other.handle(), pageSize);
            },
            PgProcessorClock(), PgProcessorClock(), row);
        table.add(std::move(row));
    }
    table.add(pair(
        o, s, QStringLiteral("first page (connected)"), [&] { query.page({}, 0, pageSize); },
        [&] { s.raw.page(0, pageSize); }));
    table.add(pair(
        o, s, QStringLiteral("page deep in the list (keyset, id < N/10)"),
        [&] { query.page({}, maxId / 10, pageSize); }, [&] { s.raw.page(maxId / 10, pageSize); }));
    CaseFilter overdueA;
    overdueA.gradeId = gradeA;
    overdueA.overdueOnly = true;
    table.add(pair(
        o, s, QStringLiteral("filter change: overdue grade A, first page"),
        [&] { query.page(overdueA, 0, pageSize); },
        [&] { s.raw.overduePage(gradeA, QDateTime::currentSecsSinceEpoch(), pageSize); }));
    table.add(pair(
        o, s, QStringLiteral("count for the navigation: all cases"), [&] { query.count({}); },
        [&] { s.raw.countAll(); }));
    table.add(pair(
        o, s, QStringLiteral("count for the navigation: overdue grade A"), [&] { query.count(overdueA); },
        [&] { s.raw.countOverdue(gradeA, QDateTime::currentSecsSinceEpoch()); }));

    // Opening a case: the whole aggregate and its audit timeline, for a spread of cases.
    const CaseRepository repository(s.db.connection());
    int next = 0;
    int nextRaw = 0;
    const auto caseAt = [&](int& i) { return std::max<qint64>(1, maxId / 3 + (i++ % 16) * (maxId / 50)); };
    PgBenchOptions everyCaseWarm = o; // the 16 cases are read once before timing, on both sides alike
    everyCaseWarm.warmup = 16;
    table.add(pair(
        everyCaseWarm, s, QStringLiteral("open one case with its timeline"),
        [&] {
            const qint64 id = caseAt(next);
            const QualityCase c = repository.load(id);
            rawSink = rawSink + c.visits.size();
            readAll(Sql::exec(
                s.db.connection(),
                QStringLiteral("SELECT a.id, a.at, u.display_name, a.entity, a.entity_id, a.action, "
                               "a.field, a.old_value, a.new_value FROM audit_log a LEFT JOIN users u "
                               "ON u.id = a.user_id WHERE a.case_id = ? ORDER BY a.id"),
                {id}));
        },
        [&] { s.raw.openCase(caseAt(nextRaw)); }));
}

void pgSearchPhase(const PgBenchOptions& o, PgBenchTable& table)
{
    Sides s(o);
    const CaseListQuery query(s.db.connection(), systemClock);
    const qint64 maxId = scalar(s.db, "SELECT max(id) FROM cases");
    const QString serial
        = Sql::scalar(s.db.connection(), QStringLiteral("SELECT serial_no FROM cases WHERE id = ?"),
                      {maxId / 2})
              .toString();
    // The serial number's tokens as the 'simple' parser splits it, one after the other.
    const QByteArray serialPhrase
        = serial.toLower()
              .split(QRegularExpression(QStringLiteral("[^[:alnum:]]+")), Qt::SkipEmptyParts)
              .join(QStringLiteral(" <-> "))
              .toUtf8();
    struct Search
    {
        QString name, typed;
        QByteArray tsquery;
    };
    const Search searches[] = {
        {QStringLiteral("search a word (packing)"), QStringLiteral("packing"), "packing"},
        {QStringLiteral("search a prefix (posit…)"), QStringLiteral("posit"), "posit:*"},
        {QStringLiteral("search a phrase (\"seat leakage\")"), QStringLiteral("\"seat leakage\""),
         "seat <-> leakage"},
        {QStringLiteral("search a serial number"), serial, serialPhrase},
        {QStringLiteral("search a Chinese substring (填料处)"), QStringLiteral("填料处"), "填料 <-> 料处"},
    };
    for (const Search& search : searches) {
        CaseFilter f;
        f.search = search.typed;
        const bool prefix = search.tsquery.endsWith(":*");
        const auto raw = [&] {
            return prefix ? s.raw.searchPrefix(search.tsquery.chopped(2), pageSize)
                          : s.raw.search(search.tsquery, pageSize);
        };
        if (raw() == 0)
            std::fprintf(stderr, "  warning: %s finds nothing on the raw side\n", qPrintable(search.name));
        PgRow row;
        row.operation = search.name + QStringLiteral(", newest first");
        try {
            if (query.page(f, 0, pageSize).isEmpty())
                std::fprintf(stderr, "  warning: %s finds nothing through the project\n",
                             qPrintable(search.name));
        } catch (const std::exception& e) {
            std::fprintf(stderr, "  the project's search fails on the server: %s\n", e.what());
            row.pending = QStringLiteral("pending the server search");
        }
        if (row.pending.isEmpty())
            timePgPair(
                o.warmup, o.runs, [&] { query.page(f, 0, pageSize); }, raw, s.projectClock, s.rawClock, row);
        else
            timePgRaw(o.warmup, o.runs, raw, s.rawClock, row);
        table.add(std::move(row));
    }
}
