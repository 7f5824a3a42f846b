#include "MockClock.h"
#include "cases/CaseListQuery.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Sql.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
// Makes a database as an earlier version of the program left it, with one case in it.
void makeAtVersion(const QString& path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        Migrator::migrate(db, version);
        if (version >= 1) {
            Sql::exec(db,
                      QStringLiteral("INSERT INTO users(id, username, display_name, role, created_at) VALUES "
                                     "(50, 'old', 'Old clerk', 'sales', 0)"));
            Sql::exec(db, QStringLiteral("INSERT INTO customers(id, name) VALUES (7, '北方煤化工集团')"));
            Sql::exec(db,
                      QStringLiteral(
                          "INSERT INTO cases(number, status, received_at, channel, customer_id, symptom, "
                          "logged_at, logged_by) VALUES ('QI-2025-00009', 'logged', 1700000000, "
                          "'phone', 7, 'Gate valve leaks at the bonnet 阀盖泄漏', 1700000000, 50)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}
} // namespace

TEST_CASE("A database of every earlier version is brought up to date without losing its cases",
          "[sqlite-file][migrations]")
{
    const int latest = Migrator::latestVersion();
    REQUIRE(latest >= 4);
    for (int version = 0; version < latest; ++version) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        makeAtVersion(path, version);
        Database db(path);
        CHECK(db.schemaVersion() == latest);
        // The defaults, the audit protection and the search index are there.
        CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM grades")).toInt() == 3);
        Sql::exec(db.connection(),
                  QStringLiteral("INSERT INTO audit_log(at, entity, entity_id, action, field) "
                                 "VALUES (1, 'cases', 1, 'create', 'number')"));
        CHECK_THROWS(Sql::exec(db.connection(), QStringLiteral("DELETE FROM audit_log")));
        if (version >= 1) {
            const MockClock clock;
            const CaseListQuery query(db.connection(), clock);
            CaseFilter f;
            f.search = QStringLiteral("泄漏");
            const QList<CaseListRow> rows = query.page(f, 0, 10);
            REQUIRE(rows.size() == 1);
            CHECK(rows.first().number == QStringLiteral("QI-2025-00009"));
            CHECK(rows.first().customer == QStringLiteral("北方煤化工集团"));
        }
    }
}

TEST_CASE("Each migration runs in its own transaction and the version counts them",
          "[sqlite-file][migrations]")
{
    const QList<Migrator::Migration> list = Migrator::migrations();
    // Numbered from 1, each number once (helpers working at the same time hold numbers given
    // to them, so a branch may have a gap until all are merged).
    REQUIRE_FALSE(list.isEmpty());
    CHECK(list.first().version == 1);
    for (int i = 1; i < list.size(); ++i)
        CHECK(list[i].version > list[i - 1].version);
    QTemporaryDir dir;
    makeAtVersion(dir.filePath(QStringLiteral("v2.sqlite")), 2);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(dir.filePath(QStringLiteral("v2.sqlite")));
    REQUIRE(db.open());
    CHECK(Sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == 2);
    CHECK_FALSE(
        Sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'case_search'")).isValid());
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}
