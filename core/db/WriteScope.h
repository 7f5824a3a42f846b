#pragma once

#include <QSqlDatabase>

// The transaction of one save that may also run inside a caller's transaction: on its own it
// is a BEGIN IMMEDIATE transaction (like Transaction); inside an open transaction (an import
// writing many rows) it is a SAVEPOINT, so a refused row takes back only its own changes and
// the caller's transaction goes on. Rolls back unless commit() was reached.
class WriteScope
{
public:
    explicit WriteScope(QSqlDatabase db);
    ~WriteScope();
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_server = false;
    bool m_nested = false;
    bool m_open = false;
};
