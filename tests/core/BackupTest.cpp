// Issue 10, item 7: an online backup while people work, checked and written under its final name
// only when sound.
#include "BackupWorld.h"
#include "UserError.h"
#include "backup/BackupCheck.h"
#include "backup/OnlineBackup.h"
#include "backup/SqliteFile.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace BackupWorld;

TEST_CASE("A backup made while another program keeps saving holds every case saved before it began",
          "[sqlite-file][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    makeSampleDatabase(path, 1500);
    SaveLoop saver(path);
    REQUIRE(saver.waitForSaves(20));
    const QStringList before = saver.acknowledged(); // acknowledged before the backup began

    // Small steps so that the copy spans many of them; half-way, the other program must still
    // be able to save: the backup does not hold writers up.
    const QString output = dir.filePath(QStringLiteral("backups/busy.qlbackup"));
    OnlineBackup::Options options;
    options.pagesPerStep = 8;
    bool savedDuringBackup = false;
    bool halfWay = false;
    const BackupResult made = OnlineBackup::make(
        path, output, QDateTime::currentDateTimeUtc(),
        [&](qint64 done, qint64 total) {
            if (!halfWay && done * 2 >= total && done < total) {
                halfWay = true;
                savedDuringBackup = saver.waitForSaves(3);
            }
        },
        options);
    CHECK(halfWay);
    CHECK(savedDuringBackup);
    saver.stop();

    CHECK(made.path == QFileInfo(output).absoluteFilePath());
    CHECK(made.facts.schemaVersion == Database::latestSchemaVersion());
    CHECK(made.facts.cases >= 1500 + before.size());
    // One file on its own, nothing half-written left beside it.
    CHECK_FALSE(QFileInfo::exists(output + QStringLiteral("-wal")));
    CHECK(filesContaining(dir.filePath(QStringLiteral("backups")), QStringLiteral(".part-")).isEmpty());

    const SqliteFile backup(output, SqliteFile::Mode::ReadOnly);
    CHECK(backup.lines("PRAGMA integrity_check") == QStringList {QStringLiteral("ok")});
    CHECK(backup.number("PRAGMA application_id") == Database::applicationId);
    QSet<QString> inBackup;
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    const Database opened(output, readOnly); // QualityLoop opens it as any database
    QSqlQuery numbers = Sql::exec(opened.connection(), QStringLiteral("SELECT number FROM cases"));
    while (numbers.next())
        inBackup.insert(numbers.value(0).toString());
    QStringList missing;
    for (const QString& number : before)
        if (!inBackup.contains(number))
            missing.append(number);
    CHECK(missing.isEmpty());
    CHECK(inBackup.size() == made.facts.cases);
}

TEST_CASE("A backup that does not pass its check is not kept, and an older backup of the same name stays",
          "[sqlite-file][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("flawed.sqlite"));
    makeSampleDatabase(path, 300);
    damageAnIndex(path);
    const QString output = dir.filePath(QStringLiteral("flawed.qlbackup"));
    QFile old(output);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("yesterday's backup");
    old.close();
    const QByteArray oldDigest = digest(output);
    const QByteArray databaseDigest = digest(path);
    try {
        OnlineBackup::make(path, output, QDateTime::currentDateTimeUtc());
        FAIL("a backup of a damaged database was kept");
    } catch (const UserError& error) {
        CHECK(error.message().contains(QStringLiteral("did not pass its check")));
    }
    CHECK(digest(output) == oldDigest);
    CHECK(digest(path) == databaseDigest);
    CHECK(filesContaining(dir.path(), QStringLiteral(".part-")).isEmpty());
}

TEST_CASE("A backup is refused over the database itself or where it cannot be written",
          "[sqlite-file][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.sqlite"));
    makeSampleDatabase(path, 10);
    const QByteArray before = digest(path);
    CHECK_THROWS_WITH(OnlineBackup::make(path, path, QDateTime::currentDateTimeUtc()),
                      Catch::Contains("over the database itself"));
    CHECK_THROWS_WITH(OnlineBackup::make(path, dir.path(), QDateTime::currentDateTimeUtc()),
                      Catch::Contains("is a folder"));
    const QString locked = dir.filePath(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(locked));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (!QFileInfo(locked).isWritable()) // root may write anyway
        CHECK_THROWS_WITH(
            OnlineBackup::make(path, locked + QStringLiteral("/b.qlbackup"), QDateTime::currentDateTimeUtc()),
            Catch::Contains("may not write"));
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK(digest(path) == before);
}

TEST_CASE("A backup stopped half-way (the window closing) leaves no file behind", "[sqlite-file][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.sqlite"));
    makeSampleDatabase(path, 300);
    const QString output = dir.filePath(QStringLiteral("q.qlbackup"));
    std::atomic<bool> stop {false};
    OnlineBackup::Options options;
    options.pagesPerStep = 4;
    options.stop = &stop;
    CHECK_THROWS_WITH(OnlineBackup::make(
                          path, output, QDateTime::currentDateTimeUtc(),
                          [&stop](qint64 done, qint64 total) {
                              if (done * 2 >= total)
                                  stop = true;
                          },
                          options),
                      Catch::Contains("stopped"));
    CHECK_FALSE(QFileInfo::exists(output));
    CHECK(filesContaining(dir.path(), QStringLiteral(".part-")).isEmpty());
}
