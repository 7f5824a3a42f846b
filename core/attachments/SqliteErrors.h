#pragma once

#include <QSqlDatabase>
#include <QString>

// A result code of a direct call of SQLite's C API (the blob I/O), raised as the DatabaseError
// Sql::raise makes of a failed query: the same words for a full disk, a lock or a damaged file.
namespace SqliteErrors {
[[noreturn]] void raise(const QSqlDatabase& db, int resultCode, const QString& context);
} // namespace SqliteErrors
