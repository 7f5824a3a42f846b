#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;
class Session;

// File > Back up now… and File > Restore…: a file dialog, what will happen in words, the work on a
// thread of its own with a progress dialog (BackgroundTask), and a clear message at the end.
// Core does the work (OnlineBackup, RestoreService); these only ask and tell.
class BackupActions
{
    Q_DECLARE_TR_FUNCTIONS(BackupActions)
public:
    // Asks where, backs up, says where it went. True when a backup was made.
    static bool backUpNow(QWidget* parent, const QString& databasePath);
    // Asks for a backup, explains and asks again, restores. True when the database was replaced
    // (the window then reads everything again).
    static bool restore(QWidget* parent, const QString& databasePath);
    // Restores a known backup after asking (the damaged-file prompt uses it). True when restored.
    static bool restoreFile(QWidget* parent, const QString& backupPath, const QString& databasePath);
};
