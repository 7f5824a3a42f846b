// Issue 10: the versions of cases in a database made before them, in sample data, and the
// database's identity that drafts belong to.
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "drafts/FormDraft.h"
#include "sample/SampleData.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("A database from before versions: its cases stand at version 1 and it gets an identity",
          "[conflict][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        Migrator::migrate(db, 9);
        Sql::exec(db,
                  QStringLiteral("INSERT INTO users(id, username, display_name, role, created_at) VALUES "
                                 "(50, 'old', 'Old clerk', 'sales', 0)"));
        Sql::exec(db, QStringLiteral("INSERT INTO customers(id, name) VALUES (7, 'Old customer')"));
        Sql::exec(db,
                  QStringLiteral("INSERT INTO cases(id, number, status, received_at, channel, customer_id, "
                                 "symptom, logged_at, logged_by) VALUES (3, 'QI-2025-00003', 'logged', "
                                 "1700000000, 'phone', 7, 'Leaks', 1700000000, 50)"));
        Sql::exec(db,
                  QStringLiteral("INSERT INTO audit_log(at, user_id, case_id, entity, entity_id, action, "
                                 "field, new_value) VALUES (1700000000, 50, 3, 'cases', 3, 'create', "
                                 "'number', 'QI-2025-00003')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v9"));
    Database db(path);
    const QSqlDatabase c = db.connection();
    CHECK(Sql::scalar(c, QStringLiteral("SELECT version FROM cases WHERE id = 3")).toInt() == 1);
    // The history before versions keeps no version: the audit log is never rewritten.
    CHECK(Sql::scalar(c, QStringLiteral("SELECT case_version FROM audit_log WHERE case_id = 3")).isNull());
    const QString id = FormDraft::databaseId(c);
    const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    CHECK(uuid.match(id).hasMatch());
    // It stays the same when the database is opened again; another new database has its own.
    {
        Database again(path);
        CHECK(FormDraft::databaseId(again.connection()) == id);
    }
    Database other(dir.filePath(QStringLiteral("new.sqlite")));
    const QString otherId = FormDraft::databaseId(other.connection());
    CHECK(uuid.match(otherId).hasMatch());
    CHECK(otherId != id);
}

TEST_CASE("Sample cases carry the versions their audit rows name", "[conflict][sample]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("sample.sqlite")));
    SampleOptions options;
    options.cases = 500;
    options.seed = 11;
    options.now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    SampleData::generate(db.connection(), options);
    const QSqlDatabase c = db.connection();
    // Each case's version is the highest version of its audit rows, every version from 1 up has
    // rows, and no row of a sample case lacks its version.
    CHECK(Sql::scalar(c,
                      QStringLiteral("SELECT count(*) FROM cases c WHERE c.version <> (SELECT "
                                     "max(a.case_version) FROM audit_log a WHERE a.case_id = c.id)"))
              .toInt()
          == 0);
    CHECK(Sql::scalar(c,
                      QStringLiteral("SELECT count(*) FROM cases c WHERE c.version <> (SELECT count(DISTINCT "
                                     "a.case_version) FROM audit_log a WHERE a.case_id = c.id)"))
              .toInt()
          == 0);
    CHECK(Sql::scalar(c,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE case_id IS NOT NULL AND "
                                     "case_version IS NULL"))
              .toInt()
          == 0);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT max(version) FROM cases")).toInt() >= 9);
}
