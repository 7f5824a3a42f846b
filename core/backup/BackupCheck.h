#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class SqliteFile;

// What a sound QualityLoop backup holds, read from the file itself.
struct BackupFacts
{
    int schemaVersion = 0;
    qint64 cases = 0;
    qint64 pageSize = 0;
    qint64 pages = 0;
    QString source; // the database it was made of, when QualityLoop made it
    QDateTime madeAt; // when it was made (UTC), when QualityLoop made it
};

// Tells whether a file is a sound QualityLoop database: a database file at all, not damaged,
// QualityLoop's and not another program's, of a schema version this program knows (an older
// one is fine: it is brought up to date when opened). Each refusal is a UserError in a clerk's
// words naming the file, which the caller completes with what it means for its work; the file
// is only read.
class BackupCheck
{
    Q_DECLARE_TR_FUNCTIONS(BackupCheck)
public:
    enum class Depth
    {
        Header, // the kind of file and its version: instant
        Quick, // also SQLite's quick_check of every page (not the index contents): about 6x faster
        Full, // also SQLite's integrity_check of every page and index
    };
    // shownName: how the file is named in messages.
    static BackupFacts inspect(const SqliteFile& file, const QString& shownName, Depth depth);

    // The settings a backup carries about itself (written into the copy, never into a database).
    static void stamp(const SqliteFile& file, const QString& sourcePath, const QDateTime& madeAt);
    static void removeStamp(const SqliteFile& file);
    // The stamp alone (source and time; empty when the file has none or cannot be read).
    static BackupFacts stampOf(const SqliteFile& file);
};
