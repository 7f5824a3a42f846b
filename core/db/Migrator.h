#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Numbered schema migrations embedded as resources (:/qualityloop/migrations/NNN_name.sql),
// each applied in its own transaction. On an SQLite file PRAGMA user_version holds the number
// of the last one; on a PostgreSQL server the one-row table qualityloop_schema does.
//
// A server reads the same files, with the column types said the server's way (INTEGER ->
// BIGINT, INTEGER PRIMARY KEY -> an identity column, REAL -> DOUBLE PRECISION, BLOB -> BYTEA,
// WITHOUT ROWID dropped). Where the SQL itself must differ (triggers, full-text search, SQLite's
// functions) the server reads migrations/pg/NNN_name.sql instead: same number, same tables.
class Migrator
{
public:
    struct Migration
    {
        int version;
        QString resource;
    };
    static QList<Migration> migrations();
    static int latestVersion();
    // The version the database stands at (0: a new, empty one).
    static int currentVersion(const QSqlDatabase& db);
    // Brings the database up to targetVersion (default: the latest).
    static void migrate(const QSqlDatabase& db, int targetVersion = -1);
    // The migration's text as a server runs it (its pg/ file, or the shared file with the types mapped).
    static QByteArray serverScript(const Migration& migration);
};
