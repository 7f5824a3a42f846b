#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Numbered schema migrations embedded as resources (:/qualityloop/migrations/NNN_name.sql),
// each applied in its own transaction. On an SQLite file PRAGMA user_version holds the number
// of the last one; on a PostgreSQL server the one-row table qualityloop_schema does.
//
// A server runs the same numbered migrations, each as ServerSchema says it: SQLite's text
// translated, or migrations/pg/NNN_name.sql where the SQL must differ (same number, same tables).
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
    // The text of a migration's file (a resource); throws when it is missing.
    static QByteArray read(const QString& resource);
};
