#pragma once

#include <QSqlDatabase>

// A write transaction taken with BEGIN IMMEDIATE, so two connections that save at the same
// time queue up instead of failing half-way. Rolls back unless commit() was reached.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
