// Issue 10, item 7: a restore refuses anything but a sound QualityLoop backup and changes
// nothing then; it keeps the replaced file aside and writes through SQLite, so that connections
// open on the database see the restored data.
#include "BackupWorld.h"
#include "FlowDriver.h"
#include "TestDatabase.h"
#include "UserError.h"
#include "backup/OnlineBackup.h"
#include "backup/RestoreService.h"
#include "db/DatabaseError.h"
#include "db/Migrator.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace BackupWorld;

namespace {
QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

void sqlite(const QString& path, const char* sql)
{
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}

qint64 count(const QSqlDatabase& db)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
}

// The bad backups a person might pick, each with the words its refusal must say.
struct BadBackup
{
    const char* name;
    const char* says;
    std::function<void(const QString& path)> make;
};
} // namespace

TEST_CASE("A restore refuses every file that is not a sound QualityLoop backup and changes nothing",
          "[sqlite-file][restore]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("live.sqlite"));
    makeSampleDatabase(database, 50);
    const QList<BadBackup> bad {
        {"spreadsheet.xlsx", "not a database file at all",
         [](const QString& p) {
             QFile f(p);
             REQUIRE(f.open(QIODevice::WriteOnly));
             f.write(QByteArray("PK\x03\x04 a spreadsheet; ").repeated(300));
         }},
        {"empty.qlbackup", "empty database",
         [](const QString& p) {
             QFile f(p);
             REQUIRE(f.open(QIODevice::WriteOnly));
         }},
        {"other.sqlite", "database of another program",
         [](const QString& p) {
             sqlite(p, "CREATE TABLE prices(item TEXT, price REAL); INSERT INTO prices VALUES ('x', 1);");
         }},
        {"newer.qlbackup", "newer version of QualityLoop",
         [](const QString& p) {
             makeSampleDatabase(p, 5);
             sqlite(p,
                    QByteArray("PRAGMA user_version = " + QByteArray::number(Migrator::latestVersion() + 1))
                        .constData());
         }},
        {"damaged.qlbackup", "damaged",
         [](const QString& p) {
             makeSampleDatabase(p, 200);
             damageAnIndex(p); // opens fine; only SQLite's check of every page finds it
         }},
        {"schema-damaged.qlbackup", "damaged",
         [](const QString& p) {
             makeSampleDatabase(p, 5);
             damageTheSchema(p);
         }},
        {"missing.qlbackup", "There is no backup", [](const QString&) {}},
    };
    const QByteArray before = digest(database);
    for (const BadBackup& b : bad) {
        const QString backup = dir.filePath(QString::fromLatin1(b.name));
        b.make(backup);
        INFO(b.name);
        try {
            RestoreService::restore(backup, database, now());
            FAIL("the restore went ahead");
        } catch (const DatabaseError& error) {
            FAIL("a bad backup was blamed on the database: " << error.message().toStdString());
        } catch (const UserError& error) {
            CHECK(error.message().contains(QString::fromLatin1(b.says)));
            CHECK(error.message().contains(QStringLiteral("Nothing was changed")));
        }
        CHECK(digest(database) == before);
        CHECK(filesContaining(dir.path(), QStringLiteral("before-restore")).isEmpty());
        CHECK(filesContaining(dir.path(), QStringLiteral(".part-")).isEmpty());

        // The command line says the same, exits 1 and changes nothing.
        {
            QString err;
            CHECK(cli({QStringLiteral("restore"), QStringLiteral("--backup"), backup,
                       QStringLiteral("--database"), database},
                      nullptr, &err)
                  == 1);
            CHECK(err.contains(QString::fromLatin1(b.says)));
            CHECK(digest(database) == before);
        }
    }
    // The database itself is no backup of itself.
    CHECK_THROWS_WITH(RestoreService::restore(database, database, now()),
                      Catch::Contains("the database itself"));
    CHECK(digest(database) == before);
}

TEST_CASE("A restore keeps the replaced file aside, and a connection open meanwhile sees the restored data",
          "[sqlite-file][restore]")
{
    TestDatabase t; // its connection stays open, as a window's would
    FlowDriver f(t);
    for (int i = 0; i < 3; ++i)
        f.flow.logCase(t.sales, f.intake());
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("three.qlbackup"));
    OnlineBackup::make(t.path(), backup, now());
    for (int i = 0; i < 4; ++i)
        f.flow.logCase(t.sales, f.intake());
    REQUIRE(count(t.connection()) == 7);

    const RestoreResult done = RestoreService::restore(backup, t.path(), now());
    CHECK(done.cases == 3);
    CHECK(done.schemaVersion == Migrator::latestVersion());
    // The open connection reads the restored cases, and saves go on from there.
    CHECK(count(t.connection()) == 3);
    const qint64 next = f.flow.logCase(t.sales, f.intake());
    CHECK(f.flow.load(next).number.endsWith(QStringLiteral("00004")));
    CHECK(Sql::scalar(t.connection(), QStringLiteral("PRAGMA quick_check")).toString()
          == QStringLiteral("ok"));

    // The file as it was, seven cases, is kept aside under a name that says so.
    REQUIRE(QFileInfo::exists(done.asidePath));
    CHECK(QFileInfo(done.asidePath).fileName().startsWith(QStringLiteral("test.sqlite.before-restore-")));
    CHECK(caseCount(done.asidePath) == 7);
    CHECK(filesContaining(t.dir(), QStringLiteral(".part-")).isEmpty());
}

TEST_CASE("A restore by another program reaches the connections of this one", "[sqlite-file][restore]")
{
    TestDatabase t;
    FlowDriver f(t);
    f.flow.logCase(t.sales, f.intake());
    const QString backup = QDir(t.dir()).filePath(QStringLiteral("one.qlbackup"));
    QString out;
    REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("--database"), t.path(), QStringLiteral("--output"),
                 backup},
                &out)
            == 0);
    CHECK(out.contains(QStringLiteral("Backed up 1 case")));
    f.flow.logCase(t.sales, f.intake());
    f.flow.logCase(t.sales, f.intake());
    REQUIRE(count(t.connection()) == 3);

    QString err;
    REQUIRE(cli({QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--database"),
                 t.path()},
                &out, &err)
            == 0);
    CHECK(out.contains(QStringLiteral("Restored 1 case")));
    CHECK(out.contains(QStringLiteral("before-restore-")));
    CHECK(count(t.connection()) == 1);
    // The log under this process's connection was never removed by the other program.
    CHECK(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
    f.flow.logCase(t.sales, f.intake());
    CHECK(count(t.connection()) == 2);
}

TEST_CASE("A damaged database, or a file that is no database any more, is restored from its backup",
          "[sqlite-file][restore]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("q.sqlite"));
    makeSampleDatabase(database, 40);
    const QString backup = dir.filePath(QStringLiteral("q.qlbackup"));
    OnlineBackup::make(database, backup, now());

    damageTheSchema(database);
    CHECK_THROWS_AS(Database(database), DatabaseError);
    const RestoreResult fixed = RestoreService::restore(backup, database, now());
    CHECK(fixed.cases == 40);
    CHECK(caseCount(database) == 40);
    CHECK(QFileInfo(fixed.asidePath).size() > 0);

    // Zeros over the whole header: SQLite cannot write into it, so it is moved aside whole.
    QFile f(database);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.write(QByteArray(4096, '\0'));
    f.close();
    const QByteArray junk = digest(database);
    const RestoreResult again = RestoreService::restore(backup, database, now().addSecs(1));
    CHECK(again.cases == 40);
    CHECK(caseCount(database) == 40);
    CHECK(digest(again.asidePath) == junk);
}

TEST_CASE("A backup of an older version is restored and brought up to this version", "[sqlite-file][restore]")
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.qlbackup"));
    // The version before the latest migration (numbers may have gaps: each helper has its own).
    const QList<Migrator::Migration> all = Migrator::migrations();
    const int previous = all.at(all.size() - 2).version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-version"));
        db.setDatabaseName(old);
        REQUIRE(db.open());
        Migrator::migrate(db, previous);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-version"));
    const QString database = dir.filePath(QStringLiteral("q.sqlite"));
    makeSampleDatabase(database, 5);
    const RestoreResult done = RestoreService::restore(old, database, now());
    CHECK(done.backup.schemaVersion == previous);
    CHECK(done.schemaVersion == Migrator::latestVersion());
    CHECK(done.cases == 0);
    Database reopened(database);
    CHECK(reopened.schemaVersion() == Migrator::latestVersion());
}

TEST_CASE("The command line's backup and restore exit codes", "[sqlite-file][restore][cli]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("q.sqlite"));
    makeSampleDatabase(database, 5);
    const QString backup = dir.filePath(QStringLiteral("q.qlbackup"));
    QString err;
    CHECK(cli({QStringLiteral("backup"), QStringLiteral("--database"), database}) == 2);
    CHECK(cli({QStringLiteral("restore"), QStringLiteral("--backup"), backup}) == 2);
    CHECK(cli({QStringLiteral("backup"), QStringLiteral("--database"),
               dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("--output"), backup},
              nullptr, &err)
          == 3);
    CHECK(err.contains(QStringLiteral("There is no database")));
    CHECK(cli({QStringLiteral("backup"), QStringLiteral("--database"), database, QStringLiteral("--output"),
               database},
              nullptr, &err)
          == 1);
    REQUIRE(cli({QStringLiteral("backup"), QStringLiteral("--database"), database, QStringLiteral("--output"),
                 backup})
            == 0);
    // The database file cannot be used: its folder is missing, or it is a folder.
    CHECK(cli({QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--database"),
               dir.filePath(QStringLiteral("no/such/folder/q.sqlite"))},
              nullptr, &err)
          == 3);
    CHECK(cli({QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--database"),
               dir.path()},
              nullptr, &err)
          == 3);
    CHECK(err.contains(QStringLiteral("is a folder")));
    // Restoring into a new file makes it.
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    CHECK(cli({QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--database"),
               fresh})
          == 0);
    CHECK(caseCount(fresh) == 5);
}
