#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement run many times straight through the SQLite C API: the bulk import
// path, where Qt's per-call overhead would be most of the cost.
class BulkStatement
{
public:
    BulkStatement(sqlite3* db, const char* sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    BulkStatement& bind(int index, qint64 value);
    BulkStatement& bind(int index, const QString& value);
    BulkStatement& bind(int index, const QByteArray& utf8);
    BulkStatement& bindNull(int index);
    // Steps the statement, resets it and returns the last inserted rowid.
    qint64 run();

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};
