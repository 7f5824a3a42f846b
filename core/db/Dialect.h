#pragma once

#include <QSqlDatabase>
#include <QString>

// The few places where SQLite's SQL and PostgreSQL's differ and no form is accepted by both, one
// function each. Everything else is written once, in SQL both engines accept (ON CONFLICT upserts,
// 1 = 1, integer flags compared with = 1).
namespace Dialect {
// Joins the texts of a group with a separator (an SQL literal such as ' '): group_concat on
// SQLite 3.40 (string_agg came with 3.44), string_agg on the server.
QString groupConcat(const QSqlDatabase& db, const QString& expression, const QString& separator);
// The column the search index is keyed by (= cases.id): the FTS5 table's rowid on SQLite, id on
// the server (migration pg/003).
QString searchKey(const QSqlDatabase& db);
// The month (1-12, an integer) of a time in seconds since 1970 (an SQL expression), read in UTC:
// strftime on SQLite, EXTRACT on the server.
QString monthOfStamp(const QSqlDatabase& db, const QString& seconds);
} // namespace Dialect
