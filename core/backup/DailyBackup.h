#pragma once

#include "backup/BackupSettings.h"
#include "backup/OnlineBackup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

// The automatic backup: the first of each day (this PC's days) into the folder of the settings,
// once the time of the settings has come, checked with quick_check; then only the newest `keep`
// daily backups of this database stay, and only files it made itself are ever deleted
// (BackupCatalog).
class DailyBackup
{
    Q_DECLARE_TR_FUNCTIONS(DailyBackup)
public:
    struct Outcome
    {
        std::optional<BackupResult> made; // empty when none was due
        QStringList removed;
    };
    // True when a backup is due at now (none of today in the folder, and the time has come).
    static bool isDue(const QString& databasePath, const BackupSettings& settings, const QDateTime& now);
    // Makes the backup when it is due. Throws as OnlineBackup::make does.
    static Outcome runIfDue(const QString& databasePath, const BackupSettings& settings, const QDateTime& now,
                            const OnlineBackup::Progress& progress = {},
                            const std::atomic<bool>* stop = nullptr);
};
