#include "db/BulkStatement.h"

#include "db/DatabaseError.h"

#include <sqlite3.h>

namespace {
[[noreturn]] void fail(sqlite3* db)
{
    const int code = sqlite3_errcode(db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
    if (code == SQLITE_FULL)
        throw DatabaseError(DatabaseError::Kind::DiskFull, detail);
    throw DatabaseError(DatabaseError::Kind::Query, detail);
}
} // namespace

BulkStatement::BulkStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
        fail(m_db);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_stmt);
}

BulkStatement& BulkStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

BulkStatement& BulkStatement::bind(int index, const QString& value)
{
    return bind(index, value.toUtf8());
}

BulkStatement& BulkStatement::bind(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement& BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

qint64 BulkStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(m_db);
    return sqlite3_last_insert_rowid(m_db);
}
