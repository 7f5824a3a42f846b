// A database file of an older version, opened by a command that only reads it: the command says
// that the file is older and which `qualityloop-cli upgrade` brings it up to date, and changes
// nothing; `check` reports it beside the versions; after the upgrade the command runs. Before,
// `cases` or `actions` ran on the older tables and failed in SQLite's words ("no such table:
// corrective_actions"), or printed what the older tables held. A newer file is refused in words.
#include "CliRun.h"
#include "ReadingCommands.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace {
constexpr int olderVersion = 20; // before the improvement tables (021) and the clock days (023)

// A file as version 20 of QualityLoop left it: its migrations, no later ones.
void makeOlderFile(const QString& path)
{
    const QString name = QStringLiteral("older-file");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        Migrator::migrate(db, olderVersion);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void setVersion(const QString& path, int version)
{
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    REQUIRE(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}

QByteArray digest(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("A command that only reads an older database file says how to upgrade it and changes nothing",
          "[cli][sqlite-file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("older office.sqlite"));
    makeOlderFile(path);
    const QByteArray before = digest(path);
    const int latest = Database::latestSchemaVersion();
    const QString older = QStringLiteral("is of an older version of QualityLoop (database version %1; this "
                                         "program needs %2)")
                              .arg(olderVersion)
                              .arg(latest);
    // Ready to paste: the path has a space.
    const QString upgrade = QStringLiteral("qualityloop-cli upgrade --database '%1'").arg(path);

    checkEachRefuses(path, {older, upgrade});
    // Moved to a server only once up to date: said before any server is asked.
    const CliRun moved
        = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), path, QStringLiteral("--to"),
                  QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
    CHECK(moved.code == 3);
    CHECK(moved.err.contains(older));
    CHECK(moved.err.contains(upgrade));
    CHECK(digest(path) == before);

    const CliRun checked = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    INFO(checked.err.toStdString());
    CHECK(checked.code == 0);
    CHECK(checked.out.contains(
        QStringLiteral("Schema version: %1 (this program: %2)").arg(olderVersion).arg(latest)));
    CHECK(checked.out.contains(upgrade));
    CHECK(checked.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(digest(path) == before);

    const CliRun upgraded = runCli({QStringLiteral("upgrade"), QStringLiteral("--database"), path});
    INFO(upgraded.err.toStdString());
    REQUIRE(upgraded.code == 0);
    CHECK(upgraded.out.contains(QStringLiteral("database version %1 → %2").arg(olderVersion).arg(latest)));
    const CliRun listed = runCli({QStringLiteral("cases"), QStringLiteral("--database"), path});
    CHECK(listed.code == 0);
    CHECK_FALSE(listed.err.contains(QStringLiteral("older version")));
    const CliRun checkedAgain = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    CHECK_FALSE(checkedAgain.out.contains(QStringLiteral("upgrade")));
}

TEST_CASE("A command that only reads a database file of a newer version says to install the newer one",
          "[cli][sqlite-file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        const Database made(path);
    }
    const int newer = Database::latestSchemaVersion() + 1;
    setVersion(path, newer);
    const QByteArray before = digest(path);
    checkEachRefuses(path, {newerVersionWords(newer)}, true);
    CHECK(digest(path) == before);
}
