#include "PgServer.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"

#include <QDateTime>

#include <catch2/catch.hpp>

namespace {
QString refusalOf(const QSqlDatabase& db, const QString& sql, DatabaseError::Kind* kind = nullptr)
{
    try {
        Sql::exec(db, sql);
    } catch (const DatabaseError& error) {
        if (kind)
            *kind = error.kind();
        return error.message();
    }
    return {};
}

int auditRows(const QSqlDatabase& db)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}
} // namespace

TEST_CASE("the server refuses any change of the audit log, also its owner's", "[pg]")
{
    ScratchDatabase scratch;
    const Database db(scratch.url());
    const QSqlDatabase c = db.connection();
    RecordWriter(c, 0, QDateTime::currentDateTimeUtc())
        .insert(QStringLiteral("units"), 0,
                {{QStringLiteral("code"), QStringLiteral("LAB")},
                 {QStringLiteral("name"), QStringLiteral("Lab")}});
    const int rows = auditRows(c);
    REQUIRE(rows == 2); // code and name, each its own row
    CHECK(refusalOf(c, QStringLiteral("UPDATE audit_log SET new_value = 'forged'"))
              .contains(QStringLiteral("The audit log cannot be changed")));
    CHECK(refusalOf(c, QStringLiteral("DELETE FROM audit_log"))
              .contains(QStringLiteral("The audit log cannot be changed")));
    CHECK(refusalOf(c, QStringLiteral("TRUNCATE audit_log"))
              .contains(QStringLiteral("The audit log cannot be changed")));
    CHECK(auditRows(c) == rows);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value = 'forged'")).toInt()
          == 0);
}

TEST_CASE("the program's users may add to the audit log but have no right to change it", "[pg]")
{
    ScratchDatabase scratch;
    const QString role = scratch.name() + QStringLiteral("_clerk");
    {
        const Database owner(scratch.url());
    }
    // As README "A shared office" sets a server up: a login for the clerk, the rights from the owner.
    PgServer::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    PgServer::adminExec(QStringLiteral("SELECT qualityloop_grant('%1')").arg(role), scratch.name());
    {
        const Database db(PgServer::url(role, scratch.name()));
        const QSqlDatabase c = db.connection();
        const qint64 unit = RecordWriter(c, 0, QDateTime::currentDateTimeUtc())
                                .insert(QStringLiteral("units"), 0,
                                        {{QStringLiteral("code"), QStringLiteral("LAB")},
                                         {QStringLiteral("name"), QStringLiteral("Lab")}});
        CHECK(unit > 7); // after the seven units of a new database
        CHECK(auditRows(c) == 2);
        DatabaseError::Kind kind = DatabaseError::Kind::Query;
        const QString update
            = refusalOf(c, QStringLiteral("UPDATE audit_log SET new_value = 'forged'"), &kind);
        CHECK(kind == DatabaseError::Kind::NoRights);
        CHECK(update.contains(QStringLiteral("Your database user may not do this on the server")));
        CHECK(update.contains(QStringLiteral("audit_log")));
        kind = DatabaseError::Kind::Query;
        refusalOf(c, QStringLiteral("DELETE FROM audit_log"), &kind);
        CHECK(kind == DatabaseError::Kind::NoRights);
        CHECK(auditRows(c) == 2);
        // Other tables are the clerk's to change.
        Sql::exec(c, QStringLiteral("UPDATE units SET name = ? WHERE id = ?"),
                  {QStringLiteral("Test lab"), unit});
    }
    PgServer::adminExec(QStringLiteral("DROP OWNED BY %1").arg(role), scratch.name());
    PgServer::adminExec(QStringLiteral("DROP ROLE %1").arg(role));
}

TEST_CASE("the people's rights cover the tables a later upgrade makes, also when a superuser gave them",
          "[pg]")
{
    // As README "A shared office": the owner makes the tables; the administrator, connected as
    // postgres, gives the group its rights; a later version's migration (as the owner) makes a
    // table: the clerks may use it without anyone granting again.
    const OwnedOffice office;
    {
        const Database upgrade(office.ownersUrl());
        Sql::exec(upgrade.connection(),
                  QStringLiteral("CREATE TABLE next_version_list (id BIGINT PRIMARY KEY, name TEXT)"));
    }
    {
        const Database db(office.clerksUrl());
        const QSqlDatabase c = db.connection();
        Sql::exec(c, QStringLiteral("INSERT INTO next_version_list (id, name) VALUES (1, 'new')"));
        CHECK(Sql::scalar(c, QStringLiteral("SELECT name FROM next_version_list")).toString()
              == QStringLiteral("new"));
    }
}
