#include "RawSqlite.h"

#include <sqlite3.h>
#include <stdexcept>
#include <string>

volatile qint64 rawSink = 0;

void rawFail(sqlite3* db, const char* what)
{
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

RawStatement::RawStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        rawFail(m_db, sql);
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

RawStatement& RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

RawStatement& RawStatement::bind(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

RawStatement& RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    rawFail(m_db, sqlite3_sql(m_stmt));
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray RawStatement::text(int column) const
{
    return QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column)),
                      sqlite3_column_bytes(m_stmt, column));
}

int RawStatement::readAll()
{
    int rows = 0;
    qint64 sum = 0;
    const int columns = sqlite3_column_count(m_stmt);
    while (step()) {
        ++rows;
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(m_stmt, c)) {
            case SQLITE_INTEGER:
                sum += sqlite3_column_int64(m_stmt, c);
                break;
            case SQLITE_FLOAT:
                sum += static_cast<qint64>(sqlite3_column_double(m_stmt, c));
                break;
            case SQLITE_NULL:
                break;
            default:
                sum += sqlite3_column_bytes(m_stmt, c);
                sum += *sqlite3_column_text(m_stmt, c);
            }
        }
    }
    reset();
    rawSink = rawSink + sum;
    return rows;
}

void RawStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

RawDb::RawDb(const QString& path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        rawFail(m_db, "open");
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
         "PRAGMA cache_size = -32000");
}

RawDb::~RawDb()
{
    sqlite3_close_v2(m_db);
}

void RawDb::exec(const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "error";
        sqlite3_free(error);
        throw std::runtime_error(std::string(sql).substr(0, 60) + ": " + message);
    }
}
