// Issue 10, item 7: the daily backup keeps the last N it made, and the message for a damaged
// database names the newest backup, in core and on the command line.
#include "backup/DailyBackup.h"

#include "BackupWorld.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "UserError.h"
#include "admin/SettingsService.h"
#include "backup/BackupCatalog.h"
#include "backup/BackupNames.h"
#include "backup/LocalBackupMemory.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace BackupWorld;

TEST_CASE("The daily backup is made once a day and keeps the last N it made itself",
          "[sqlite-file][backup][daily]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("office.sqlite"));
    makeSampleDatabase(database, 20);
    const QString folder = dir.filePath(QStringLiteral("daily"));
    BackupSettings settings;
    settings.folder = folder;
    settings.keep = 3;
    // Files in the folder that are not this database's daily backups: never deleted.
    REQUIRE(QDir().mkpath(folder));
    const QString notes = QDir(folder).filePath(QStringLiteral("notes.qlbackup"));
    QFile(notes).open(QIODevice::WriteOnly);
    const QString lookalike = QDir(folder).filePath(QStringLiteral("office-daily-20200101-080000.qlbackup"));
    {
        // Same name pattern, made of another database called office.sqlite elsewhere.
        QTemporaryDir elsewhere;
        const QString other = elsewhere.filePath(QStringLiteral("office.sqlite"));
        makeSampleDatabase(other, 1);
        OnlineBackup::make(other, lookalike, QDateTime(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC));
    }

    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(7, 0)).toUTC()); // 07:00 on this PC
    for (int day = 0; day < 5; ++day) {
        const DailyBackup::Outcome first = DailyBackup::runIfDue(database, settings, clock.now());
        REQUIRE(first.made.has_value());
        CHECK(first.made->facts.cases == 20);
        clock.advanceHours(3);
        CHECK_FALSE(DailyBackup::runIfDue(database, settings, clock.now()).made.has_value());
        clock.advanceHours(21);
    }
    const QList<BackupEntry> kept = BackupCatalog::dailyBackups(database, folder);
    REQUIRE(kept.size() == 3);
    CHECK(kept.first().madeAt.toLocalTime().date() == QDate(2026, 3, 6));
    CHECK(kept.last().madeAt.toLocalTime().date() == QDate(2026, 3, 4));
    CHECK(QFileInfo::exists(notes));
    CHECK(QFileInfo::exists(lookalike));
    CHECK(QDir(folder).entryList(QDir::Files).size() == 5);
    CHECK(LocalBackupMemory::dailyFolder(database) == folder);

    // At a set time: not before it.
    settings.at = QTime(12, 30);
    clock.set(QDateTime(QDate(2026, 3, 7), QTime(9, 0)).toUTC());
    CHECK_FALSE(DailyBackup::isDue(database, settings, clock.now()));
    clock.set(QDateTime(QDate(2026, 3, 7), QTime(12, 31)).toUTC());
    CHECK(DailyBackup::isDue(database, settings, clock.now()));
    settings.folder.clear();
    CHECK_FALSE(DailyBackup::isDue(database, settings, clock.now()));
}

TEST_CASE("The daily backup's folder and count are settings an administrator saves",
          "[sqlite-file][backup][daily][settings]")
{
    TestDatabase t;
    const SettingsService service(t.connection());
    CHECK(service.backups().folder.isEmpty());
    CHECK(service.backups().keep == 14);
    BackupSettings b;
    b.folder = QDir(t.dir()).filePath(QStringLiteral("daily"));
    b.keep = 0;
    try {
        service.save(t.admin, service.company(), service.deadlines(), b);
        FAIL("keeping no backup was accepted");
    } catch (const UserError& error) {
        CHECK(error.fieldErrors().contains(QStringLiteral("backupKeep")));
    }
    b.keep = 7;
    b.at = QTime(18, 0);
    CompanySettings company = service.company();
    company.name = QStringLiteral("Hengli Valve");
    service.save(t.admin, company, service.deadlines(), b);
    CHECK(service.backups().folder == b.folder);
    CHECK(service.backups().keep == 7);
    CHECK(service.backups().at == QTime(18, 0));
    b.folder = QStringLiteral("relative/folder");
    CHECK_THROWS_AS(service.save(t.admin, company, service.deadlines(), b), UserError);
    CHECK_THROWS_AS(service.save(t.sales, company, service.deadlines(), service.backups()), UserError);
}

TEST_CASE("The message for a damaged database names its newest backup and how to restore it",
          "[sqlite-file][backup][baddb]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("plant.sqlite"));
    makeSampleDatabase(database, 30);
    BackupSettings settings;
    settings.folder = dir.filePath(QStringLiteral("daily"));
    const QDateTime monday = QDateTime(QDate(2026, 3, 2), QTime(8, 15)).toUTC();
    DailyBackup::runIfDue(database, settings, monday);
    const DailyBackup::Outcome tuesday = DailyBackup::runIfDue(database, settings, monday.addDays(1));
    REQUIRE(tuesday.made.has_value());

    damageTheSchema(database);
    const QByteArray damaged = digest(database);
    try {
        Database db(database);
        FAIL("a damaged database opened");
    } catch (const DatabaseError& error) {
        CHECK(error.kind() == DatabaseError::Kind::Corrupt);
        CHECK(error.message().contains(QStringLiteral("damaged")));
        CHECK(error.message().contains(QDir::toNativeSeparators(tuesday.made->path)));
        CHECK(error.message().contains(QStringLiteral("2026-03-03 08:15")));
        CHECK(error.newestBackup().path == tuesday.made->path);
    }
    CHECK(digest(database) == damaged);

    // The command line prints the command that restores it, and that command works.
    QString err;
    CHECK(cli({QStringLiteral("cases"), QStringLiteral("--database"), database}, nullptr, &err) == 3);
    const QString command = QStringLiteral("qualityloop-cli restore --backup %1 --database %2")
                                .arg(tuesday.made->path, QFileInfo(database).absoluteFilePath());
    CHECK(err.contains(command));
    CHECK(digest(database) == damaged);
    QStringList args = command.split(u' ');
    args.removeFirst();
    CHECK(cli(args) == 0);
    CHECK(caseCount(database) == 30);
}
