#pragma once

#include "backup/BackupCheck.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

struct RestoreResult
{
    QString databasePath;
    QString asidePath; // where the replaced file was kept; empty when there was none
    BackupFacts backup; // what the backup held, as it was made
    int schemaVersion = 0; // of the restored database (an older backup is brought up to date)
    qint64 cases = 0;
};

// Puts a backup back in place of a database, also of one that is damaged or open in other
// windows. In this order, and nothing is changed before the backup has passed every check:
//  1. the backup must be a sound QualityLoop database (BackupCheck: not another file, not
//     damaged, not another program's, not of a newer version) - a UserError otherwise;
//  2. it is copied to a staging file beside the database, checked page by page
//     (integrity_check) and brought up to this program's schema version;
//  3. the current database is copied aside to FILE.before-restore-YYYYMMDD-HHMMSS;
//  4. the staging copy is written INTO the database file through SQLite's backup API, in one
//     write transaction: every connection (other windows, other programs) sees the restored data
//     at its next read, and no -wal or -shm is ever touched outside SQLite. The file is never
//     renamed or copied over while a connection may be open on it.
// A database file SQLite cannot read at all (not a database; nothing beside it shows a program
// using it) is renamed aside instead, and the restored database made anew in its place.
// Problems with the database file itself are DatabaseErrors.
class RestoreService
{
    Q_DECLARE_TR_FUNCTIONS(RestoreService)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Only an administrator restores from the window: it replaces everyone's data. (The command
    // line runs with the rights of whoever may write the file.)
    static bool mayRestore(const User& user) { return user.role == Role::Administrator; }
    // The first check only (header, owner, version; instant): what the window shows before it asks.
    static BackupFacts inspect(const QString& backupPath);
    static RestoreResult restore(const QString& backupPath, const QString& databasePath, const QDateTime& now,
                                 const Progress& progress = {});

private:
    static void checkDatabasePath(const QString& databasePath);
};
