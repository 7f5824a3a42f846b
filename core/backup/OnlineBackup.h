#pragma once

#include "backup/BackupCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

// What a finished backup is: where, when, what it holds, and what it cost.
struct BackupResult
{
    QString path;
    QDateTime madeAt;
    BackupFacts facts;
    qint64 bytes = 0;
    qint64 copyMs = 0; // the copy of the pages
    qint64 checkMs = 0; // SQLite's integrity_check of the copy
};

// A backup of a QualityLoop database while people keep working in it: SQLite's online backup
// API copies the pages inside one read snapshot (PageCopy), so saves go on meanwhile; the copy
// is then checked (integrity_check, QualityLoop's application id and a schema version this
// program knows) and only then renamed to its final name: a half-written or unsound backup
// never has that name. The backup is one self-contained file (no -wal beside it).
class OnlineBackup
{
    Q_DECLARE_TR_FUNCTIONS(OnlineBackup)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    struct Options
    {
        int pagesPerStep = 1024; // 4 MB of 4 KB pages between two progress reports
        BackupCheck::Depth check = BackupCheck::Depth::Full;
        const std::atomic<bool>* stop = nullptr; // true: stop copying, keep nothing (window closing)
    };
    // Throws DatabaseError when the database cannot be read, UserError when the backup cannot be
    // written where asked (the database is never changed).
    static BackupResult make(const QString& databasePath, const QString& outputPath, const QDateTime& now,
                             const Progress& progress = {});
    static BackupResult make(const QString& databasePath, const QString& outputPath, const QDateTime& now,
                             const Progress& progress, const Options& options);

    // Moves a finished file to its final name in one step (rename), replacing what was there,
    // and makes the rename durable. Throws UserError when it cannot.
    static void commitFile(const QString& temporaryPath, const QString& finalPath);
    // Removes a file SQLite wrote that is not kept, with its journal files.
    static void discard(const QString& path);
    // True when both paths name the same file (also through links).
    static bool sameFile(const QString& a, const QString& b);
    // Throws UserError when the path is a server's address (postgresql://...): backup and restore
    // copy a database file; a server's database has pg_dump and pg_restore.
    static void refuseServer(const QString& databasePath);
    // Its words (what to do instead), empty for a file: the window says them before asking anything.
    static QString serverRefusal(const QString& databasePath);
};
