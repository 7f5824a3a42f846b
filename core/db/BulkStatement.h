#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement run straight through the SQLite C API: the bulk import path and the
// hot reads (the case list), where Qt's per-call and per-value overhead would be most of the cost.
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
    // Binds a QVariant the way Sql::exec does: text, a whole number, or NULL when invalid.
    BulkStatement& bind(int index, const QVariant& value);
    // Steps the statement, resets it and returns the last inserted rowid.
    qint64 run();

    // Reading: steps to the next row; false at the end, when the statement is reset.
    bool next();
    // Ends a read before its last row (and forgets the bound values).
    void reset();
    // A column as Qt's SQLite driver reads it: NULL invalid, integers qint64, text QString.
    QVariant value(int column) const;
    bool isNull(int column) const;
    qint64 int64Value(int column) const;
    double doubleValue(int column) const;
    QString textValue(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};
