// The count of all cases the case list's navigation shows with no filter ("1-200 of 1,000,000"):
// kept in case_count by migration 032's triggers instead of counted. Whatever writes cases must
// leave it equal to the cases there are: a new case, an import of past cases (and one refused),
// the sample writer, a restore, an older database brought up to date. The move to a server and
// 20 clients saving at once are in tests/pg (PgMigrateTest, PgNumberingTest).
#include "BackupWorld.h"
#include "FlowDriver.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "backup/OnlineBackup.h"
#include "backup/RestoreService.h"
#include "cases/CaseListQuery.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "transfer/ColumnMapping.h"
#include "transfer/CsvReader.h"
#include "transfer/ImportService.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
// What the navigation shows with no filter.
qint64 shown(const QSqlDatabase& db)
{
    const MockClock clock;
    return CaseListQuery(db, clock).count({});
}

// The cases there are, counted one by one.
qint64 counted(const QSqlDatabase& db)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
}

// The kept row itself (the navigation must not fall back to counting because it is missing).
qint64 kept(const QSqlDatabase& db)
{
    return Sql::scalar(db, QStringLiteral("SELECT total FROM case_count WHERE id = 1")).toLongLong();
}

ImportResult importCases(TestDatabase& t, const MockClock& clock, const QByteArray& bytes)
{
    const TransferKind& kind = *TransferKinds::find(QStringLiteral("cases"));
    const CsvTable table = CsvReader::parse(bytes, QStringLiteral("cases.csv"));
    ImportOptions options;
    options.source = QStringLiteral("cases.csv");
    return ImportService(t.connection(), clock)
        .run(t.admin, kind, table, ColumnMapping::fromHeader(kind, table.header()), options);
}
} // namespace

TEST_CASE("The total of all cases counts every new case at once, and a filter still counts its own",
          "[cases][count]")
{
    TestDatabase t;
    FlowDriver f(t);
    CHECK(shown(t.connection()) == 0);
    CHECK(kept(t.connection()) == 0);
    for (int i = 1; i <= 3; ++i) {
        f.log();
        CHECK(shown(t.connection()) == i);
        CHECK(kept(t.connection()) == i);
    }
    f.log(true);
    CHECK(shown(t.connection()) == 4);
    CHECK(counted(t.connection()) == 4);
    CaseFilter keyCustomers;
    keyCustomers.keyCustomersOnly = true;
    const qint64 key
        = Sql::scalar(
              t.connection(),
              QStringLiteral("SELECT count(*) FROM cases c JOIN customers cu ON cu.id = c.customer_id "
                             "WHERE cu.key_customer = 1"))
              .toLongLong();
    const MockClock clock;
    CHECK(CaseListQuery(t.connection(), clock).count(keyCustomers) == key);
    // A second connection (another window) reads the same total.
    t.reopen();
    CHECK(shown(t.connection()) == 4);
}

TEST_CASE("Past cases imported from a file are in the total, and a refused import adds none",
          "[cases][count][transfer]")
{
    TestDatabase t;
    FlowDriver f(t);
    f.log();
    Sql::exec(t.connection(), QStringLiteral("UPDATE customers SET code = 'C-1' WHERE id = ?"),
              {t.customerId});
    const QByteArray file = "number,status,received_at,logged_at,closed_at,channel,customer,symptom\n"
                            "QI-2019-00034,logged,2019-03-05 14:05,2019-03-05 14:30,,phone,"
                            "C-1,Stem packing leaks\n"
                            "QI-2021-00120,closed,2021/6/1 9:00,,2021-06-20 16:00,email,"
                            "C-1,Actuator hums\n"
                            "QI-2021-00121,closed,2021/6/2 9:00,,2021-06-21 16:00,email,"
                            "C-1,Positioner drifts\n";
    const ImportResult r = importCases(t, f.clock, file);
    INFO((r.problems.isEmpty() ? QString() : r.problems.first().message).toStdString());
    REQUIRE(r.committed);
    CHECK(r.added == 3);
    CHECK(shown(t.connection()) == 4);
    CHECK(kept(t.connection()) == counted(t.connection()));
    // The same file again: every row is already there, nothing is kept, and the total stays.
    const ImportResult again = importCases(t, f.clock, file);
    CHECK_FALSE(again.committed);
    CHECK(shown(t.connection()) == 4);
    CHECK(kept(t.connection()) == 4);
    f.log();
    CHECK(shown(t.connection()) == 5);
}

TEST_CASE("The sample writer's cases are all in the total", "[sqlite-file][cases][count][sample]")
{
    QTemporaryDir dir;
    BackupWorld::makeSampleDatabase(dir.filePath(QStringLiteral("sample.sqlite")), 400);
    const Database db(dir.filePath(QStringLiteral("sample.sqlite")));
    CHECK(counted(db.connection()) == 400);
    CHECK(kept(db.connection()) == 400);
    CHECK(shown(db.connection()) == 400);
}

TEST_CASE("A restore brings back the backup's total, and new cases count on from it",
          "[sqlite-file][cases][count][restore]")
{
    TestDatabase t;
    FlowDriver f(t);
    for (int i = 0; i < 3; ++i)
        f.log();
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("three.qlbackup"));
    OnlineBackup::make(t.path(), backup, QDateTime::currentDateTimeUtc());
    for (int i = 0; i < 4; ++i)
        f.log();
    REQUIRE(shown(t.connection()) == 7);
    RestoreService::restore(backup, t.path(), QDateTime::currentDateTimeUtc());
    CHECK(shown(t.connection()) == 3);
    f.log();
    CHECK(shown(t.connection()) == 4);
    CHECK(kept(t.connection()) == counted(t.connection()));
}

TEST_CASE("A database of the version before the kept total gets its cases counted once when it is brought up "
          "to date",
          "[cases][count][migrations]")
{
    TestDatabase t;
    {
        FlowDriver f(t);
        for (int i = 0; i < 3; ++i)
            f.log();
    }
    // Back to version 31, as the program before this one left it.
    const QSqlDatabase c = t.connection();
    const bool server = Sql::isServer(c);
    for (const char* trigger : {"cases_count_insert", "cases_count_delete"})
        Sql::exec(c,
                  QStringLiteral("DROP TRIGGER %1%2")
                      .arg(QLatin1String(trigger), server ? QStringLiteral(" ON cases") : QString()));
    Sql::exec(c, QStringLiteral("DROP TABLE case_count"));
    if (server) {
        Sql::exec(c, QStringLiteral("DROP FUNCTION ql_count_cases()"));
        Sql::exec(c, QStringLiteral("UPDATE qualityloop_schema SET version = 31"));
    } else {
        Sql::exec(c, QStringLiteral("PRAGMA user_version = 31"));
    }
    t.reopen();
    CHECK(t.db().schemaVersion() == Migrator::latestVersion());
    CHECK(kept(t.connection()) == 3);
    FlowDriver f(t);
    f.log();
    CHECK(shown(t.connection()) == 4);
}
