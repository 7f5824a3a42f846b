#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Numbered schema migrations embedded as resources (:/qualityloop/migrations/NNN_name.sql),
// each applied in its own transaction; PRAGMA user_version holds the number of the last one.
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
    // Brings the database up to targetVersion (default: the latest).
    static void migrate(const QSqlDatabase& db, int targetVersion = -1);
};
