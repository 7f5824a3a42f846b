#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

// The names a long listing shows on every row (customer, model, person), read once per id
// through a prepared statement: a report of sixty thousand rows names a few hundred entries,
// and each row then shares the same text instead of a copy of its own.
class NameCache
{
public:
    // sql selects the columns (so many) of one entry by "id = ?".
    NameCache(QSqlDatabase db, const char* sql, int columns = 1);
    // The entry's columns as text; empty when there is no such entry.
    const QStringList& values(qint64 id);
    QString name(qint64 id) { return values(id).value(0); }

private:
    QSqlDatabase m_db;
    QString m_sql;
    int m_columns;
    QHash<qint64, QStringList> m_names;
};
