#include "db/BulkStatement.h"

#include "db/Sql.h"

#include <sqlite3.h>

namespace {
[[noreturn]] void fail(sqlite3* db)
{
    Sql::raise(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), QStringLiteral("SQL"));
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

BulkStatement& BulkStatement::bind(int index, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return value.typeId() == QMetaType::QString ? bind(index, QByteArray("")) : bindNull(index);
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::QByteArray:
        return bind(index, value.toString());
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return *this;
    default:
        return bind(index, value.toLongLong());
    }
}

bool BulkStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE)
        fail(m_db);
    return false;
}

void BulkStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QVariant BulkStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return sqlite3_column_int64(m_stmt, column);
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    default:
        return textValue(column);
    }
}

bool BulkStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 BulkStatement::int64Value(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double BulkStatement::doubleValue(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString BulkStatement::textValue(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
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
