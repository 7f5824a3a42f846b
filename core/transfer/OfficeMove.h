#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

struct MoveTable;
class QSqlDatabase;
class RowDigest;

// Moving an office from its database file to a PostgreSQL server (issue 16, item 4;
// `qualityloop-cli migrate`). The server database must be empty: no tables, or QualityLoop's
// tables with nobody's work in them (no users, no cases, no audit log); anything else is
// refused (UserError) and left as it is. The server gets the schema by the same migrations as
// any new server database; then, in ONE transaction on the server: the rows the migrations put
// in the lists are replaced by the file's, every table is copied in the order of its foreign
// keys (which stay on), in batches of prepared multi-row inserts, the id sequences are set past
// the highest id, and every table is read back and compared with the file (RowDigest). Only
// when every table matches is the transaction committed; on any failure or difference it is
// rolled back and the server database holds the empty schema again, so the command can simply
// be run again. The file is read under its write lock (BEGIN IMMEDIATE, refused when another
// program holds it): one consistent moment, and nothing saved there meanwhile. Before the
// server's commit the file is marked as moved in that transaction (MovedFile), committed after
// the server's: from then on the file refuses every change, for every program, and says where
// the office went. A file marked so, or read-only, is refused at the start.
//
// The server's triggers that act on an INSERT (ids following the rows, list codes filled in,
// the on-time counts of clock_days) are paused during the copy, inside the transaction, so every
// row arrives exactly as in the file (clock_days included); the refusals of changes to the audit
// log stay in force throughout: the copy only adds rows. The search index is copied as its text
// (case_search: id, body) and compared as moved; then, before the commit, every moved row is
// indexed again the way the server's own save writes it (MoveReindex: lower case, no accents),
// and the server makes its own word index (tokens) from that.
class OfficeMove
{
    Q_DECLARE_TR_FUNCTIONS(OfficeMove)
public:
    enum class Phase
    {
        Copy,
        Check,
        Index, // the search text indexed again as the server stores it (MoveReindex)
        Analyze // the server's statistics of the moved rows, after the commit
    };
    using Progress = std::function<void(Phase phase, const QString& table, qint64 done, qint64 total)>;

    struct TableResult
    {
        QString table;
        qint64 fileRows = 0;
        qint64 serverRows = 0;
        QByteArray fileSum; // RowDigest::hex()
        QByteArray serverSum;
        QString note; // how the table was copied when not as it is, else empty
        bool matches() const { return fileRows == serverRows && fileSum == serverSum; }
    };
    struct Result
    {
        QList<TableResult> tables;
        QStringList fileOnly; // SQLite's own tables, not copied
        qint64 rows = 0;
        qint64 bytes = 0; // of the values copied
        qint64 copyMs = 0;
        qint64 checkMs = 0;
        qint64 reindexed = 0; // search rows indexed again as the server stores them
        qint64 indexMs = 0;
        qint64 analyzeMs = 0; // ANALYZE after the commit
        bool kept = false; // committed: every table matched
    };

    OfficeMove(const QString& file, const QString& server);
    // Throws UserError (the server is not empty, the file is of another version) or
    // DatabaseError (either database cannot be used; the copy failed and was rolled back).
    Result run(const Progress& progress = {}) const;

private:
    void refuseIfFileNotReady() const; // of an older version, moved already, read-only
    void refuseIfServerNotEmpty() const;
    static void refuseWork(const QSqlDatabase& server, const QString& address);
    static void copyTable(const QSqlDatabase& file, const QSqlDatabase& server, const MoveTable& table,
                          RowDigest& digest, const Progress& progress);
    // MoveReindex after the check; false when it did not index every moved row once.
    static bool reindexSearch(const QSqlDatabase& server, Result& result, const Progress& progress);
    static void analyze(const QSqlDatabase& server, Result& result, const Progress& progress);
    static void readBack(const QSqlDatabase& server, const MoveTable& table, RowDigest& digest,
                         const Progress& progress);

    QString m_file;
    QString m_server;
};
