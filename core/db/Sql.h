#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <optional>

class BulkStatement;
struct sqlite3;

// The one way core runs SQL: every value bound as a parameter, every failure turned into a
// DatabaseError a clerk can read.
namespace Sql {

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
// The same for a hot read path: the statement is prepared once per connection and kept.
// The caller must finish() the query when done, so that no read stays open.
QSqlQuery& cached(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
// The same through the SQLite C API, for the statements run once per row of an import (a
// lookup, a duplicate check, an insert, its audit row): prepared once per connection and kept,
// bound and stepped without Qt's per-call and per-value work (a tenth of the time). Bind, then
// run() or next(); a read must end with next() returning false or with reset().
BulkStatement& prepared(const QSqlDatabase& db, const QString& sql);
// Drops the statements kept for a connection (before it closes).
void forgetConnection(const QString& connectionName);
// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});
// Raises the DatabaseError that matches a failed query or connection.
[[noreturn]] void raise(const QSqlError& error, const QString& context);
// The same for a connection to a file: a damaged file's message names its newest backup.
[[noreturn]] void raise(const QSqlDatabase& db, const QSqlError& error, const QString& context);
// The same for an SQLite result code (the C API).
[[noreturn]] void raise(int sqliteCode, const QString& detail, const QString& context);
sqlite3* handle(const QSqlDatabase& db); // nullptr on a database server
// True for a connection to a PostgreSQL server (a shared office), false for an SQLite file.
bool isServer(const QSqlDatabase& db);
// On a server: how many Transaction/WriteScope levels are open on the connection (PostgreSQL
// has no sqlite3_get_autocommit); kept by those two classes.
int& serverTransactionDepth(const QSqlDatabase& db);
// Makes every statement on the connection fail ("interrupted") as soon as *stop is true, so
// another thread can stop a long read by setting the flag (also between two statements).
// On a server the running statement is cancelled by the server (ServerStop). Call on the
// connection's thread. The flag must outlive the connection or be cleared with a nullptr.
void stopWhen(const QSqlDatabase& db, const std::atomic<bool>* stop);

// Times are stored as whole seconds since the epoch; null stays null.
QVariant fromTime(const QDateTime& time);
QDateTime toTime(const QVariant& value);

} // namespace Sql
