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
// " INDEXED BY name" on SQLite, where a query names the index its plan needs; nothing on the
// server, whose planner chooses from its statistics.
QString indexedBy(const QSqlDatabase& db, const char* index);
// True when the database has an index of that name (sqlite_master; pg_indexes on the server).
bool hasIndex(const QSqlDatabase& db, const QString& name);
// A join whose tables SQLite must take in the order written (CROSS JOIN ... ON); a plain JOIN on
// the server, which knows no ON after CROSS JOIN.
QString joinInOrder(const QSqlDatabase& db);
// A placeholder for a whole number where the server cannot tell the type from the statement (a
// CASE's results, a value added to a CASE): "?" on SQLite, "CAST(? AS BIGINT)" on the server.
QString wholeNumber(const QSqlDatabase& db);
// A condition counted as 0 or 1 (sum of it): SQLite's comparisons are integers already; the
// server's are booleans and are cast.
QString asInteger(const QSqlDatabase& db, const QString& condition);
// LIKE that ignores the case of letters, as SQLite's LIKE does: ILIKE on the server.
QString likeAnyCase(const QSqlDatabase& db);
// The month (1-12, an integer) of a time in seconds since 1970 (an SQL expression), read in UTC:
// strftime on SQLite, EXTRACT on the server.
QString monthOfStamp(const QSqlDatabase& db, const QString& seconds);
// A column SQLite's planner must not look up in an index ("+c.next_due_at": the unary plus);
// the column as it is on the server, where the plus would hide it from every index.
QString notIndexed(const QSqlDatabase& db, const QString& column);
} // namespace Dialect
