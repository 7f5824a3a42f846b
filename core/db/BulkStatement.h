#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlQuery;

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement run straight through the SQLite C API: the bulk import path and the
// hot reads (the case list), where Qt's per-call and per-value overhead would be most of the cost.
class BulkStatement
{
public:
    BulkStatement(sqlite3* db, const char* sql);
    // The statement on either back end: the C API on a file; on a database server Qt's driver
    // (no SQLite C API there), where an INSERT returns the new row's id (RETURNING), as run()
    // returns SQLite's rowid. Placeholders: plain ?, in order (the server knows no ?NNN).
    BulkStatement(const QSqlDatabase& db, const QString& sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    BulkStatement& bind(int index, qint64 value);
    BulkStatement& bind(int index, const QString& value);
    BulkStatement& bind(int index, const QByteArray& utf8);
    BulkStatement& bindNull(int index);
    // Binds a QVariant the way Sql::exec does: text, a whole number, or NULL when invalid.
    BulkStatement& bind(int index, const QVariant& value);
    // Steps the statement, resets it and returns the last inserted rowid (on a server: the id
    // of the row an INSERT made, 0 when it has none).
    qint64 run();
    // How many rows the last run() inserted, changed or deleted (0 for an INSERT ... ON CONFLICT
    // DO NOTHING that met its conflict).
    qint64 changes() const;

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
    bool serverNext();
    qint64 serverRun();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    // On a server:
    QSqlDatabase m_server;
    std::unique_ptr<QSqlQuery> m_query;
    QVariantList m_binds;
    bool m_returnsId = false;
    bool m_running = false;
    qint64 m_changes = 0; // on a server, of the last run()
};
