#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// What `qualityloop-cli check` reports: schema version, SQLite's quick_check, and counts.
struct DatabaseReport
{
    int schemaVersion = 0;
    int latestVersion = 0;
    QStringList integrityProblems; // empty when quick_check says ok
    QList<QPair<QString, qint64>> counts;
    bool ok() const { return integrityProblems.isEmpty() && schemaVersion == latestVersion; }
};

class DatabaseCheck
{
public:
    static DatabaseReport run(const QSqlDatabase& db);
};
