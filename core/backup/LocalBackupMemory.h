#pragma once

#include <QString>

// What this PC remembers about the backups of each database file, in the user's own settings
// (QSettings of QualityLoop, shared by the window and qualityloop-cli): the folder of the daily
// backups and the last backup made by hand. It is the way to the newest backup when the
// database itself is damaged and its settings table cannot be read.
class LocalBackupMemory
{
public:
    static QString dailyFolder(const QString& databasePath);
    static void setDailyFolder(const QString& databasePath, const QString& folder);
    static QString lastBackup(const QString& databasePath);
    static void setLastBackup(const QString& databasePath, const QString& backupPath);
};
