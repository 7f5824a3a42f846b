#include "db/Transaction.h"

#include "db/Sql.h"

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    Sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    Sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}
