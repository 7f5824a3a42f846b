// Issue 16: what a clerk reads when the server refuses a connection, from libpq's own words. With
// sslmode=prefer libpq tries again without TLS and names both refusals; a README walk with the
// README's hostssl lines read a wrong password as a pg_hba.conf refusal (the second attempt's).
#include "db/ServerErrors.h"

#include <QSqlError>

#include <catch2/catch.hpp>

namespace {
// As Qt's PostgreSQL driver reports a failed open: its own words and libpq's message.
DatabaseError refused(const char* libpq)
{
    return ServerErrors::connectionFailed(
        QSqlError(QStringLiteral("Unable to connect"), QString::fromUtf8(libpq), QSqlError::ConnectionError),
        QStringLiteral("postgresql://li_wei@192.0.2.2:5444/quality"), QStringLiteral("li_wei"),
        QStringLiteral("quality"));
}
} // namespace

TEST_CASE("a wrong password is said to be wrong, also when libpq's second try met pg_hba.conf", "[db]")
{
    const DatabaseError e = refused(
        "connection to server at \"192.0.2.2\", port 5444 failed: FATAL:  password authentication failed for "
        "user \"li_wei\"\nconnection to server at \"192.0.2.2\", port 5444 failed: FATAL:  no pg_hba.conf "
        "entry "
        "for host \"192.0.2.2\", user \"li_wei\", database \"quality\", no encryption\n");
    CHECK(e.kind() == DatabaseError::Kind::NoRights);
    CHECK(e.message().contains(QStringLiteral("refused the password of the user “li_wei”: it is wrong")));
    CHECK_FALSE(e.message().contains(QStringLiteral("no line of its pg_hba.conf")));
    CHECK_FALSE(e.message().contains(QStringLiteral("may not use the database"))); // the server said which
}

TEST_CASE("no password given is said so, with where to give one", "[db]")
{
    const DatabaseError e = refused(
        "connection to server at \"192.0.2.2\", port 5444 failed: fe_sendauth: no password supplied\n");
    CHECK(e.message().contains(QStringLiteral("none was given")));
    CHECK(e.message().contains(QStringLiteral("Connect to a server…")));
    CHECK_FALSE(e.message().contains(QStringLiteral("wrong")));
}

TEST_CASE("a database pg_hba.conf does not name is said so, not a TLS problem", "[db]")
{
    const DatabaseError e = refused(
        "connection to server at \"192.0.2.2\", port 5444 failed: FATAL:  no pg_hba.conf entry for host "
        "\"192.0.2.2\", user \"li_wei\", database \"quality_restored\", SSL encryption\nconnection to server "
        "at "
        "\"192.0.2.2\", port 5444 failed: FATAL:  no pg_hba.conf entry for host \"192.0.2.2\", user "
        "\"li_wei\", "
        "database \"quality_restored\", no encryption\n");
    CHECK(e.message().contains(QStringLiteral("no line of its pg_hba.conf admits it")));
    CHECK_FALSE(e.message().contains(QStringLiteral("TLS")));
}

TEST_CASE("a server certificate that cannot be checked is a TLS problem", "[db]")
{
    const DatabaseError e
        = refused("connection to server at \"192.0.2.2\", port 5444 failed: root certificate file "
                  "\"/root/.postgresql/root.crt\" does not exist\nEither provide the file, use the system's "
                  "trusted roots "
                  "with sslrootcert=system, or change sslmode to disable server certificate verification.\n");
    CHECK(e.message().contains(QStringLiteral("do not agree on a safe connection (TLS)")));
}
