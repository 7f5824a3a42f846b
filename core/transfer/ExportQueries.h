#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The query that reads a kind's entries for export, with how each column is written.
struct ExportQuery
{
    enum class Format
    {
        Text,
        Integer, // empty when NULL
        YesNo,
        Date, // a day stored as 12:00 UTC
        Time, // a moment, in the company's time zone
    };
    QString sql; // columns in the kind's order
    QList<Format> formats;
    QString countSql;

    // The SQL of the engine db is on (the file's or the server's).
    static ExportQuery of(const QString& kindId, const QSqlDatabase& db);
};
