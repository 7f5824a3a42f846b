// A server database of an older version: a clerk's program says that its owner must bring it up
// to date and with which command, and changes nothing; the owner's `qualityloop-cli upgrade` does
// it and says from which version to which; then the clerk's program opens it. Before, the
// clerk's program started the upgrade, failed on its first table ("must be owner of table
// case_search") and blamed the clerk's rights.
#include "CliRun.h"
#include "PgServer.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <catch2/catch.hpp>

TEST_CASE("an older server database is upgraded by its owner's qualityloop-cli upgrade, never by a clerk",
          "[pg]")
{
    const OwnedOffice office;
    const QString ownersAddress = office.ownersUrl();
    const QString clerksAddress = office.clerksUrl();
    // The newest migration again, as after installing the next version (it can run twice).
    const int latest = Database::latestSchemaVersion();
    PgServer::adminExec(QStringLiteral("UPDATE qualityloop_schema SET version = %1").arg(latest - 1),
                        office.scratch().name());

    QString message;
    DatabaseError::Kind kind = DatabaseError::Kind::Query;
    try {
        const Database clerks(clerksAddress);
    } catch (const DatabaseError& error) {
        message = error.message();
        kind = error.kind();
    }
    CHECK(kind == DatabaseError::Kind::NoRights);
    CHECK(message.contains(QStringLiteral("older version")));
    CHECK(message.contains(QStringLiteral("qualityloop-cli upgrade --database %1").arg(ownersAddress)));
    CHECK_FALSE(message.contains(QStringLiteral("must be owner")));

    const CliRun upgraded = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), ownersAddress});
    INFO(upgraded.err.toStdString());
    REQUIRE(upgraded.code == 0);
    CHECK(upgraded.out.contains(QStringLiteral("database version %1 → %2").arg(latest - 1).arg(latest)));
    const CliRun again = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), ownersAddress});
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("is up to date (database version %1)").arg(latest)));
    {
        const Database clerks(clerksAddress);
        CHECK(clerks.schemaVersion() == latest);
    }
}
