#include "PgServer.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/ServerAddress.h"
#include "db/Sql.h"

#include <catch2/catch.hpp>

namespace {
// Opens the address and returns the refusal it gets (Kind::Query when it was not refused).
DatabaseError refusalOf(const QString& url)
{
    try {
        const Database db(url);
    } catch (const DatabaseError& error) {
        return error;
    }
    return {DatabaseError::Kind::Query, QStringLiteral("opened")};
}
} // namespace

TEST_CASE("a server that cannot be reached gets a clear message", "[pg]")
{
    // Port 1 on this machine: nothing listens there, the connection is refused at once.
    const DatabaseError error = refusalOf(QStringLiteral("postgresql://clerk@127.0.0.1:1/office"));
    CHECK(error.kind() == DatabaseError::Kind::Unreachable);
    CHECK(error.message().contains(
        QStringLiteral("The database server postgresql://clerk@127.0.0.1:1/office cannot "
                       "be reached")));
    CHECK(error.message().contains(QStringLiteral("Nothing was changed.")));
}

TEST_CASE("a user the server does not know, or who may not use the database, is told so", "[pg]")
{
    ScratchDatabase scratch;
    const DatabaseError unknown = refusalOf(PgServer::url(QStringLiteral("nobody_here"), scratch.name()));
    CHECK(unknown.kind() == DatabaseError::Kind::NoRights);
    CHECK(unknown.message().contains(QStringLiteral("refused the user “nobody_here”")));
    CHECK(unknown.message().contains(QStringLiteral("~/.pgpass")));

    const QString role = scratch.name() + QStringLiteral("_outsider");
    PgServer::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    PgServer::adminExec(QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(scratch.name()));
    const DatabaseError outsider = refusalOf(PgServer::url(role, scratch.name()));
    CHECK(outsider.kind() == DatabaseError::Kind::NoRights);
    CHECK(outsider.message().contains(QStringLiteral("may not use the database “%1”").arg(scratch.name())));

    const DatabaseError missing
        = refusalOf(PgServer::url(QStringLiteral("postgres"), scratch.name() + QStringLiteral("_gone")));
    CHECK(missing.kind() == DatabaseError::Kind::CannotOpen);
    CHECK(missing.message().contains(QStringLiteral("There is no database “%1_gone”").arg(scratch.name())));
    PgServer::adminExec(QStringLiteral("DROP ROLE %1").arg(role));
}

TEST_CASE("a PC the server's pg_hba.conf does not let in is told so, not that TLS failed", "[pg]")
{
    // pg-cluster.sh's first pg_hba.conf line rejects this database. libpq's words name the
    // encryption tried ("no encryption"), which read as a TLS problem in a README walk.
    const DatabaseError refused
        = refusalOf(PgServer::url(QStringLiteral("postgres"), QStringLiteral("ql_hba_refused")));
    CHECK(refused.kind() == DatabaseError::Kind::NoRights);
    CHECK(refused.message().contains(QStringLiteral("no line of its pg_hba.conf admits it")));
    CHECK_FALSE(refused.message().contains(QStringLiteral("TLS")));
}

TEST_CASE("a clerk's user on an empty server database is told that its owner makes the tables", "[pg]")
{
    ScratchDatabase scratch;
    const QString role = scratch.name() + QStringLiteral("_reader");
    PgServer::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    // PostgreSQL 15: only the database's owner may create tables in its public schema.
    const DatabaseError error = refusalOf(PgServer::url(role, scratch.name()));
    CHECK(error.kind() == DatabaseError::Kind::NoRights);
    CHECK(error.message().contains(QStringLiteral("has no QualityLoop tables yet")));
    // The command to give its owner (here the superuser who made the scratch database).
    CHECK(error.message().contains(QStringLiteral("qualityloop-cli init --database %1")
                                       .arg(PgServer::url(PgServer::adminUser(), scratch.name()))));
    CHECK(error.message().contains(QStringLiteral("A shared office")));
    CHECK_FALSE(error.message().contains(QStringLiteral("permission denied")));
    PgServer::adminExec(QStringLiteral("DROP OWNED BY %1").arg(role), scratch.name());
    PgServer::adminExec(QStringLiteral("DROP ROLE %1").arg(role));
}

TEST_CASE("a server database made by a newer QualityLoop is refused and left alone", "[pg]")
{
    ScratchDatabase scratch;
    {
        const Database db(scratch.url());
    }
    const int newer = Database::latestSchemaVersion() + 1;
    PgServer::adminExec(QStringLiteral("UPDATE qualityloop_schema SET version = %1").arg(newer),
                        scratch.name());
    const DatabaseError error = refusalOf(scratch.url());
    CHECK(error.kind() == DatabaseError::Kind::NewerVersion);
    CHECK(error.message().contains(
        QStringLiteral("made by a newer version of QualityLoop (database version %1; this "
                       "version knows up to %2)")
            .arg(newer)
            .arg(Database::latestSchemaVersion())));
}

TEST_CASE("a server database of another program is refused and left alone", "[pg]")
{
    ScratchDatabase scratch;
    PgServer::adminExec(QStringLiteral("CREATE TABLE invoices (id int PRIMARY KEY)"), scratch.name());
    const DatabaseError error = refusalOf(scratch.url());
    CHECK(error.kind() == DatabaseError::Kind::NotADatabase);
    CHECK(error.message().contains(QStringLiteral("tables of another program")));
}

TEST_CASE("a server's address is read as a clerk writes it, never with a password", "[pg]")
{
    const ServerAddress a = ServerAddress::parse(QStringLiteral("postgresql://li.wei@db.office.lan/quality"));
    CHECK(a.user == QStringLiteral("li.wei"));
    CHECK(a.host == QStringLiteral("db.office.lan"));
    CHECK(a.port == 5432);
    CHECK(a.database == QStringLiteral("quality"));
    CHECK(a.text() == QStringLiteral("postgresql://li.wei@db.office.lan:5432/quality"));
    CHECK_FALSE(ServerAddress::isServer(QStringLiteral("/home/li/quality.sqlite")));
    try {
        ServerAddress::parse(QStringLiteral("postgresql://li:secret@db/quality"));
        FAIL("a password in the address was taken");
    } catch (const DatabaseError& error) {
        CHECK(error.message().contains(QStringLiteral("Leave the password out")));
        CHECK_FALSE(error.message().contains(QStringLiteral("secret")));
    }
    CHECK_THROWS_AS(ServerAddress::parse(QStringLiteral("postgresql://db.office.lan")), DatabaseError);
}

TEST_CASE("an office that asks for more than TLS when offered sets libpq's PGSSLMODE, and it applies", "[pg]")
{
    // The test cluster offers no TLS: "prefer" (the default) connects without it; "require",
    // asked through the environment as libpq documents, is refused instead of silently ignored.
    ScratchDatabase scratch;
    CHECK(refusalOf(scratch.url()).message() == QStringLiteral("opened"));
    qputenv("PGSSLMODE", "require");
    const DatabaseError refused = refusalOf(scratch.url());
    qunsetenv("PGSSLMODE");
    CHECK(refused.kind() != DatabaseError::Kind::Query);
    // Said as a disagreement on TLS, not as "cannot be reached" or "the password is wrong".
    CHECK(refused.message().contains(QStringLiteral("do not agree on a safe connection (TLS)")));
    CHECK_FALSE(refused.message().contains(QStringLiteral("cannot be reached")));
}
