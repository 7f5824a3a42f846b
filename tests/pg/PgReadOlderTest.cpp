// A server database of an older version, read by a command that only reads it (cases, print,
// export, ...): a clerk reads the window's words, that only the owner may bring it up to date and
// with which command; the owner reads the command to run; neither changes it; `check` says the
// same beside the versions. Before, these commands ran on the older tables (and failed in the
// server's words on the first missing column or table). A newer one is refused in words.
#include "CliRun.h"
#include "PgServer.h"
#include "ReadingCommands.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <catch2/catch.hpp>

namespace {
int versionOf(const QString& address)
{
    const Database db(address, [] {
        Database::Options readOnly;
        readOnly.access = Database::Access::ReadOnly;
        return readOnly;
    }());
    return db.schemaVersion();
}

CliRun read(QStringList command, const QString& address)
{
    command << QStringLiteral("--database") << address;
    return runCli(command);
}
} // namespace

TEST_CASE("a command that only reads an older server database says who upgrades it with which command",
          "[pg]")
{
    const OwnedOffice office;
    const QString owners = office.ownersUrl();
    const QString clerks = office.clerksUrl();
    const int latest = Database::latestSchemaVersion();
    PgServer::adminExec(QStringLiteral("UPDATE qualityloop_schema SET version = %1").arg(latest - 1),
                        office.scratch().name());
    const QString older = QStringLiteral("is of an older version of QualityLoop (database version %1; this "
                                         "program needs %2)")
                              .arg(latest - 1)
                              .arg(latest);
    const QString upgrade = QStringLiteral("“qualityloop-cli upgrade --database %1”").arg(owners);

    checkEachRefuses(clerks, {older, QStringLiteral("Only its owner"), upgrade});
    const CliRun checked = read({QStringLiteral("check")}, clerks);
    CHECK(checked.code == 0);
    CHECK(checked.out.contains(
        QStringLiteral("Schema version: %1 (this program: %2)").arg(latest - 1).arg(latest)));
    CHECK(checked.out.contains(upgrade));
    CHECK(checked.out.contains(QStringLiteral("Integrity: not checked for a server's database")));

    const CliRun byOwner = read({QStringLiteral("cases")}, owners);
    CHECK(byOwner.code == 3);
    CHECK(byOwner.err.contains(older));
    CHECK(byOwner.err.contains(QStringLiteral("A command that only reads does not bring it up to date: run "
                                              "once %1")
                                   .arg(upgrade)));
    CHECK_FALSE(byOwner.err.contains(QStringLiteral("ask your administrator")));
    CHECK(versionOf(owners) == latest - 1);

    REQUIRE(read({QStringLiteral("upgrade")}, owners).code == 0);
    const CliRun listed = read({QStringLiteral("cases")}, clerks);
    INFO(listed.err.toStdString());
    CHECK(listed.code == 0);
    CHECK_FALSE(read({QStringLiteral("check")}, clerks).out.contains(QStringLiteral("upgrade")));
}

TEST_CASE("a command that only reads a server database of a newer version says to install the newer one",
          "[pg]")
{
    const OwnedOffice office;
    const int newer = Database::latestSchemaVersion() + 1;
    PgServer::adminExec(QStringLiteral("UPDATE qualityloop_schema SET version = %1").arg(newer),
                        office.scratch().name());
    checkEachRefuses(office.clerksUrl(), {newerVersionWords(newer)}, true);
}
