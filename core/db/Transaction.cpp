#include "db/Transaction.h"

#include "db/Sql.h"

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // On a server a plain BEGIN: a row a save changes is locked until the commit, so two saves
    // of one row queue up there too.
    const bool server = Sql::isServer(m_db);
    Sql::exec(m_db, server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    if (server)
        ++Sql::serverTransactionDepth(m_db);
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        if (Sql::isServer(m_db))
            --Sql::serverTransactionDepth(m_db);
    }
}

void Transaction::commit()
{
    Sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
    if (Sql::isServer(m_db))
        --Sql::serverTransactionDepth(m_db);
}
