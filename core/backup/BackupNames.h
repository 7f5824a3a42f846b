#pragma once

#include <QDateTime>
#include <QString>

// The names of the files backups make, in one place: the daily backups (so that they can be
// told from every other file in their folder), the file kept aside by a restore, the name a
// person is offered for a backup, and the temporary name a file is written under before it is
// renamed to its final name (so no half-written file ever has that name).
class BackupNames
{
public:
    static QString extension() { return QStringLiteral("qlbackup"); }
    // "quality-daily-20261120-083000.qlbackup" for quality.sqlite, in this PC's local time.
    static QString dailyFileName(const QString& databasePath, const QDateTime& madeAt);
    // When fileName is a daily backup of that database, the time in its name; else invalid.
    static QDateTime dailyTime(const QString& databasePath, const QString& fileName);
    // What "Back up now" offers: "quality-2026-11-20-0830.qlbackup".
    static QString suggestedFileName(const QString& databasePath, const QDateTime& now);
    // FILE.before-restore-YYYYMMDD-HHMMSS next to the database (a number added if it exists).
    static QString asidePath(const QString& databasePath, const QDateTime& now);
    // A name next to finalPath that no file has: FINAL.part-XXXXXX.
    static QString temporaryPath(const QString& finalPath);
};
