#include "db/WriteScope.h"

#include "db/BulkStatement.h"
#include "db/Sql.h"

#include <sqlite3.h>

namespace {
void run(const QSqlDatabase& db, const QString& sql)
{
    if (Sql::isServer(db))
        Sql::exec(db, sql); // a transaction statement is not prepared on a server
    else
        Sql::prepared(db, sql).run();
}
} // namespace

WriteScope::WriteScope(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_server = Sql::isServer(m_db);
    sqlite3* handle = Sql::handle(m_db);
    m_nested
        = m_server ? Sql::serverTransactionDepth(m_db) > 0 : handle && sqlite3_get_autocommit(handle) == 0;
    run(m_db,
        m_nested ? QStringLiteral("SAVEPOINT ql_write")
                 : (m_server ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")));
    if (m_server)
        ++Sql::serverTransactionDepth(m_db);
    m_open = true;
}

WriteScope::~WriteScope()
{
    if (!m_open)
        return;
    if (m_server)
        --Sql::serverTransactionDepth(m_db);
    try {
        if (m_nested) {
            run(m_db, QStringLiteral("ROLLBACK TO ql_write"));
            run(m_db, QStringLiteral("RELEASE ql_write"));
        } else {
            run(m_db, QStringLiteral("ROLLBACK"));
        }
    } catch (...) { // a destructor must not throw; SQLite rolls back a failed transaction itself
    }
}

void WriteScope::commit()
{
    run(m_db, m_nested ? QStringLiteral("RELEASE ql_write") : QStringLiteral("COMMIT"));
    m_open = false;
    if (m_server)
        --Sql::serverTransactionDepth(m_db);
}
