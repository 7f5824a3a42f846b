#include "CliRun.h"
#include "PgServer.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <catch2/catch.hpp>

TEST_CASE("qualityloop-cli init makes a server database with its administrator, and a second init refuses",
          "[pg]")
{
    ScratchDatabase scratch;
    const QStringList args {
        QStringLiteral("init"),     QStringLiteral("--database"), scratch.url(),
        QStringLiteral("--admin"),  QStringLiteral("boss"),       QStringLiteral("--display-name"),
        QStringLiteral("Zhang Min")};
    const CliRun made = runCli(args, "Valve-Office-2026\n");
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(made.out.contains(QStringLiteral("with its administrator boss (Zhang Min)")));

    const CliRun again = runCli(args, "Another-Pass-2026\n");
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("This database already has an administrator")));

    const Database db(scratch.url());
    const QSqlDatabase c = db.connection();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM users")).toInt() == 1);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT display_name FROM users WHERE username = 'boss'")).toString()
          == QStringLiteral("Zhang Min"));
    CHECK(Sql::scalar(c, QStringLiteral("SELECT password_hash FROM users WHERE username = 'boss'"))
              .toString()
              .startsWith(QStringLiteral("$argon2id$")));
    // The administrator's making is in the audit log, naming them.
    CHECK(Sql::scalar(c,
                      QStringLiteral("SELECT count(*) FROM audit_log a JOIN users u ON u.id = a.user_id "
                                     "WHERE u.username = 'boss' AND a.entity = 'users'"))
              .toInt()
          >= 3);
}

TEST_CASE("qualityloop-cli says clearly when the server cannot be reached", "[pg]")
{
    const CliRun run = runCli({QStringLiteral("init"), QStringLiteral("--database"),
                               QStringLiteral("postgresql://clerk@127.0.0.1:1/office"),
                               QStringLiteral("--admin"), QStringLiteral("boss")},
                              "Valve-Office-2026\n");
    CHECK(run.code == 3);
    CHECK(run.err.contains(QStringLiteral("cannot be reached")));
}
