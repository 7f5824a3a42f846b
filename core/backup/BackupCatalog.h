#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct BackupEntry
{
    QString path;
    QDateTime madeAt; // UTC
};

// The backups of one database that this PC knows of: the daily ones in their folder and the last
// one made by hand (LocalBackupMemory). Read from the folder and the backups' own stamps, never
// from the database, which may be the damaged file that needs them.
class BackupCatalog
{
public:
    // The daily backups of the database in folder, newest first: files with a daily backup's name
    // whose stamp says they were made of this very database file (those alone may be deleted).
    static QList<BackupEntry> dailyBackups(const QString& databasePath, const QString& folder);
    // The newest backup of the database this PC knows of, if any.
    static std::optional<BackupEntry> newest(const QString& databasePath);
    // Deletes the daily backups of the database in folder beyond the newest keep. Returns their paths.
    static QStringList keepNewest(const QString& databasePath, const QString& folder, int keep);
};
