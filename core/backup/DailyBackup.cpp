#include "backup/DailyBackup.h"

#include "backup/BackupCatalog.h"
#include "backup/BackupNames.h"
#include "backup/LocalBackupMemory.h"
#include "db/ServerAddress.h"

#include <QDir>

bool DailyBackup::isDue(const QString& databasePath, const BackupSettings& settings, const QDateTime& now)
{
    if (settings.folder.isEmpty())
        return false;
    const QDateTime local = now.toLocalTime();
    if (settings.at.isValid() && local.time() < settings.at)
        return false;
    const QList<BackupEntry> daily = BackupCatalog::dailyBackups(databasePath, settings.folder);
    return daily.isEmpty() || daily.first().madeAt.toLocalTime().date() < local.date();
}

DailyBackup::Outcome DailyBackup::runIfDue(const QString& databasePath, const BackupSettings& settings,
                                           const QDateTime& now, const OnlineBackup::Progress& progress,
                                           const std::atomic<bool>* stop)
{
    Outcome outcome;
    if (settings.folder.isEmpty() || ServerAddress::isServer(databasePath)) // pg_dump's work there
        return outcome;
    // Remembered on this PC too: the way to the backups when the database cannot be read.
    LocalBackupMemory::setDailyFolder(databasePath, settings.folder);
    if (!isDue(databasePath, settings, now))
        return outcome;
    const QString path = QDir(settings.folder).filePath(BackupNames::dailyFileName(databasePath, now));
    // quick_check: the daily backup runs beside people's work, and integrity_check of a large
    // database takes minutes of a core (README, "Backups"); a restore checks every index anyway.
    OnlineBackup::Options options;
    options.check = BackupCheck::Depth::Quick;
    options.stop = stop;
    outcome.made = OnlineBackup::make(databasePath, path, now, progress, options);
    outcome.removed = BackupCatalog::keepNewest(databasePath, settings.folder, settings.keep);
    return outcome;
}
