#include "db/BulkStatement.h"

#include "db/ServerStop.h"
#include "db/Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

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

BulkStatement::BulkStatement(const QSqlDatabase& db, const QString& sql)
{
    if (sqlite3* handle = Sql::handle(db)) {
        m_db = handle;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
            fail(m_db);
        return;
    }
    m_server = db;
    m_query = std::make_unique<QSqlQuery>(db);
    QString text = sql.trimmed();
    m_returnsId = text.startsWith(QLatin1String("INSERT"), Qt::CaseInsensitive)
        && !text.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive);
    if (m_returnsId)
        text += QStringLiteral(" RETURNING *");
    // Not forward-only: Qt's PostgreSQL driver reads a forward-only result a row at a time from
    // the connection (single-row mode), and a statement run while it is read (a name looked up
    // for each row, NameCache) makes it drop the rest of its rows. The whole result comes at once.
    m_query->setForwardOnly(false);
    if (!m_query->prepare(text))
        Sql::raise(m_server, m_query->lastError(), sql.left(60));
}

BulkStatement::~BulkStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

BulkStatement& BulkStatement::bind(int index, qint64 value)
{
    if (m_query) {
        while (m_binds.size() < index)
            m_binds.append(QVariant());
        m_binds[index - 1] = value;
        return *this;
    }
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

BulkStatement& BulkStatement::bind(int index, const QString& value)
{
    return bind(index, value.toUtf8());
}

BulkStatement& BulkStatement::bind(int index, const QByteArray& utf8)
{
    if (m_query) {
        while (m_binds.size() < index)
            m_binds.append(QVariant());
        // Empty text stays empty text: a null QString would reach the server as NULL.
        m_binds[index - 1] = utf8.isEmpty() ? QStringLiteral("") : QString::fromUtf8(utf8);
        return *this;
    }
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

BulkStatement& BulkStatement::bindNull(int index)
{
    if (m_query) {
        while (m_binds.size() < index)
            m_binds.append(QVariant());
        m_binds[index - 1] = QVariant();
        return *this;
    }
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
        if (m_query) {
            bindNull(index);
            m_binds[index - 1] = value.toDouble();
            return *this;
        }
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return *this;
    default:
        return bind(index, value.toLongLong());
    }
}

bool BulkStatement::next()
{
    if (m_query)
        return serverNext();
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
    if (m_query) {
        m_query->finish();
        m_binds.clear();
        m_running = false;
        return;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QVariant BulkStatement::value(int column) const
{
    if (m_query) {
        const QVariant v = m_query->value(column);
        return v.isNull() ? QVariant() : v;
    }
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
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 BulkStatement::int64Value(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

double BulkStatement::doubleValue(int column) const
{
    if (m_query)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_stmt, column);
}

QString BulkStatement::textValue(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

qint64 BulkStatement::run()
{
    if (m_query)
        return serverRun();
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(m_db);
    return sqlite3_last_insert_rowid(m_db);
}

qint64 BulkStatement::changes() const
{
    return m_query ? m_changes : sqlite3_changes64(m_db);
}

bool BulkStatement::serverNext()
{
    if (!m_running) {
        for (int i = 0; i < m_binds.size(); ++i)
            m_query->bindValue(i, m_binds.at(i));
        bool ok = false;
        {
            const ServerStop::Statement running(m_server, m_query->lastQuery());
            ok = m_query->exec();
        }
        if (!ok) {
            const QSqlError error = m_query->lastError();
            reset();
            Sql::raise(m_server, error, QStringLiteral("SQL"));
        }
        m_running = true;
    }
    if (m_query->next())
        return true;
    reset();
    return false;
}

qint64 BulkStatement::serverRun()
{
    for (int i = 0; i < m_binds.size(); ++i)
        m_query->bindValue(i, m_binds.at(i));
    bool ok = false;
    {
        const ServerStop::Statement running(m_server, m_query->lastQuery());
        ok = m_query->exec();
    }
    const QSqlError error = m_query->lastError();
    m_changes = ok ? m_query->numRowsAffected() : 0;
    qint64 id = 0;
    if (ok && m_returnsId && m_query->next()) {
        const int column = m_query->record().indexOf(QStringLiteral("id"));
        id = column < 0 ? 0 : m_query->value(column).toLongLong();
    }
    reset();
    if (!ok)
        Sql::raise(m_server, error, QStringLiteral("SQL"));
    return id;
}
