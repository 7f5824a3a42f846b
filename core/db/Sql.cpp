#include "db/Sql.h"

#include "backup/DamageAdvice.h"
#include "db/BulkStatement.h"
#include "db/DatabaseError.h"
#include "db/MovedFile.h"
#include "db/Reconnect.h"
#include "db/ServerErrors.h"
#include "db/ServerStop.h"
#include "db/ServerText.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <map>
#include <memory>
#include <set>
#include <sqlite3.h>

namespace {

class SqlMessages
{
    Q_DECLARE_TR_FUNCTIONS(SqlMessages)
public:
    static DatabaseError fromCode(int code, const QString& detail, const QString& context)
    {
        using K = DatabaseError::Kind;
        if (std::optional<DatabaseError> moved = MovedFile::refusal(detail)) // its triggers' RAISE
            return *moved;
        switch (code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return {K::Locked,
                    tr("The database is in use by another program and is locked. Close the "
                       "other program, or wait a moment, and try again. Nothing was changed.")};
        case SQLITE_READONLY:
            return {K::ReadOnly,
                    tr("The database file is read-only, so nothing can be saved in it. "
                       "Ask your administrator for write access. Nothing was changed.")};
        case SQLITE_FULL:
            return {K::DiskFull,
                    tr("The disk is full, so this could not be saved. Free some space and "
                       "save again; everything saved before is safe.")};
        case SQLITE_CORRUPT:
            return {K::Corrupt,
                    tr("The database file is damaged. Restore it from a backup; "
                       "QualityLoop did not change it.")};
        case SQLITE_NOTADB:
            return {K::NotADatabase, tr("The file is not a QualityLoop database. Nothing was changed.")};
        case SQLITE_CANTOPEN:
            return {K::CannotOpen,
                    tr("The database file cannot be opened. Check that the folder exists "
                       "and that you may use it.")};
        case SQLITE_IOERR:
            return {K::CannotOpen,
                    tr("The database file could not be read or written (%1). Check the "
                       "disk; everything saved before is safe.")
                        .arg(detail)};
        default:
            return {K::Query, tr("The database refused the operation (%1: %2).").arg(context, detail)};
        }
    }
};

} // namespace

namespace Sql {

void raise(const QSqlError& error, const QString& context)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    throw SqlMessages::fromCode(ok ? code : SQLITE_ERROR, error.databaseText(), context);
}

void raise(int sqliteCode, const QString& detail, const QString& context)
{
    throw SqlMessages::fromCode(sqliteCode, detail, context);
}

namespace {
// Server connections that were lost (the network, a restarted server): opened again before the
// next statement outside a transaction, so the clerk's next Save works once the server is back.
thread_local std::set<QString> t_lostConnections;
// Connections opened again only after a probe reached their server (the window's), and those of
// them whose server was reached since they were lost.
thread_local std::set<QString> t_waitForAnswer;
thread_local std::set<QString> t_answered;

void reconnectIfLost(const QSqlDatabase& db)
{
    const QString name = db.connectionName();
    if (t_lostConnections.count(name) == 0)
        return;
    if (t_waitForAnswer.count(name) != 0 && t_answered.count(name) == 0) // no blocking open
        throw ServerErrors::queryFailed(QSqlError({}, {}, QSqlError::ConnectionError),
                                        QStringLiteral("reconnect"));
    if (serverTransactionDepth(db) != 0)
        return;
    t_answered.erase(name); // one try per answer: a server gone again is probed again first
    const ServerStop::KeepWatch keep(name); // the stop flag applies to the new session too
    forgetConnection(name); // statements prepared on the lost session
    QSqlDatabase same = db;
    same.close();
    if (!same.open())
        throw ServerErrors::queryFailed(same.lastError(), QStringLiteral("reconnect"));
    t_lostConnections.erase(name);
}
} // namespace

void reconnectOnlyWhenAnswered(const QSqlDatabase& db, bool on)
{
    if (on) {
        t_waitForAnswer.insert(db.connectionName());
        return;
    }
    t_waitForAnswer.erase(db.connectionName());
    t_answered.erase(db.connectionName());
}

void serverAnswered(const QSqlDatabase& db)
{
    if (t_lostConnections.count(db.connectionName()) != 0)
        t_answered.insert(db.connectionName());
}

bool isLost(const QSqlDatabase& db)
{
    return t_lostConnections.count(db.connectionName()) != 0;
}

bool checkLost(const QSqlDatabase& db)
{
    if (isLost(db))
        return true;
    if (!isServer(db) || serverTransactionDepth(db) != 0 || !ServerStop::isBroken(db))
        return false;
    t_lostConnections.insert(db.connectionName());
    t_answered.erase(db.connectionName());
    return true;
}

void raise(const QSqlDatabase& db, const QSqlError& error, const QString& context)
{
    if (isServer(db)) {
        DatabaseError failed = ServerErrors::queryFailed(error, context);
        if (failed.kind() != DatabaseError::Kind::Unreachable && ServerStop::isBroken(db))
            failed = ServerErrors::connectionLost();
        if (failed.kind() == DatabaseError::Kind::Unreachable) {
            t_lostConnections.insert(db.connectionName());
            t_answered.erase(db.connectionName());
        }
        throw failed;
    }
    try {
        raise(error, context);
    } catch (const DatabaseError& e) {
        if (e.kind() != DatabaseError::Kind::Corrupt)
            throw;
        throw DamageAdvice::withNewestBackup(e, db.databaseName());
    }
}

namespace {
// Runs a statement prepared (given false) or given as its text on the connection; on a server the
// watcher may cancel it or break it off while it runs (Sql::stopWhen, ServerStop::breakOffSilence).
bool run(const QSqlDatabase& db, QSqlQuery& query, const QString& sql, bool given)
{
    std::optional<ServerStop::Statement> running;
    if (isServer(db))
        running.emplace(db, sql);
    return given ? query.exec(sql) : query.exec();
}

QVariant bindable(const QVariant& value)
{
    // A null QString means "empty text" here; NULL is bound with an invalid QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}
} // namespace

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    if (isServer(db))
        reconnectIfLost(db);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (isServer(db)) {
        // One round trip: the values written into the statement by the driver, as Qt's
        // PostgreSQL driver writes them into the EXECUTE of a prepared statement (which would
        // cost a PREPARE and a DEALLOCATE more). Without values it runs as it is: PostgreSQL
        // prepares only queries and changes of rows, not BEGIN, COMMIT or a table's definition.
        QString text = sql;
        if (!binds.isEmpty()) {
            QVariantList values;
            for (const QVariant& value : binds)
                values.append(bindable(value));
            const std::optional<QString> written = ServerText::withValues(*db.driver(), sql, values);
            if (!written)
                raise(db,
                      QSqlError(QStringLiteral("Parameter count mismatch"), {}, QSqlError::StatementError),
                      sql.left(60));
            text = *written;
        }
        if (!run(db, query, text, true))
            raise(db, query.lastError(), sql.left(60));
        return query;
    }
    if (!query.prepare(sql))
        raise(db, query.lastError(), sql.left(60));
    for (const QVariant& value : binds)
        query.addBindValue(bindable(value));
    if (!run(db, query, sql, false))
        raise(db, query.lastError(), sql.left(60));
    return query;
}

namespace {
// Per thread, because a connection is used only by the thread that opened it.
// std::map and unique_ptr: a reference handed out stays valid while more statements are added.
thread_local std::map<QString, std::map<QString, std::unique_ptr<QSqlQuery>>> t_statements;
} // namespace

QSqlQuery& cached(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    if (isServer(db))
        reconnectIfLost(db);
    std::unique_ptr<QSqlQuery>& slot = t_statements[db.connectionName()][sql];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            const QSqlError error = query->lastError();
            t_statements[db.connectionName()].erase(sql);
            raise(db, error, sql.left(60));
        }
        slot = std::move(query);
    }
    QSqlQuery& query = *slot;
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, bindable(binds.at(i)));
    if (!run(db, query, sql, false)) {
        const QSqlError error = query.lastError();
        query.finish();
        raise(db, error, sql.left(60));
    }
    return query;
}

namespace {
// Keyed by the connection's handle: a handle is not freed while statements of it are kept.
thread_local std::map<sqlite3*, std::map<QString, std::unique_ptr<BulkStatement>>> t_prepared;
// On a server, by connection name: the same statements through Qt's PostgreSQL driver.
thread_local std::map<QString, std::map<QString, std::unique_ptr<BulkStatement>>> t_serverPrepared;
thread_local std::map<QString, int> t_serverDepth;
} // namespace

BulkStatement& prepared(const QSqlDatabase& db, const QString& sql)
{
    if (isServer(db)) {
        reconnectIfLost(db);
        std::unique_ptr<BulkStatement>& slot = t_serverPrepared[db.connectionName()][sql];
        if (!slot) {
            try {
                slot = std::make_unique<BulkStatement>(db, sql);
            } catch (...) {
                t_serverPrepared[db.connectionName()].erase(sql);
                throw;
            }
        }
        return *slot;
    }
    sqlite3* h = handle(db);
    if (!h)
        raise(SQLITE_MISUSE, QStringLiteral("no SQLite connection"), sql.left(60));
    std::unique_ptr<BulkStatement>& slot = t_prepared[h][sql];
    if (!slot) {
        try {
            slot = std::make_unique<BulkStatement>(h, sql.toUtf8().constData());
        } catch (...) {
            t_prepared[h].erase(sql);
            throw;
        }
    }
    return *slot;
}

void forgetConnection(const QString& connectionName)
{
    t_statements.erase(connectionName);
    t_serverPrepared.erase(connectionName);
    t_serverDepth.erase(connectionName);
    ServerStop::forget(connectionName);
    if (!QSqlDatabase::contains(connectionName))
        return;
    if (sqlite3* h = handle(QSqlDatabase::database(connectionName, false)))
        t_prepared.erase(h);
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query = exec(db, sql, binds);
    QVariant value = query.next() ? query.value(0) : QVariant();
    query.finish();
    return value;
}

sqlite3* handle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

bool isServer(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

int& serverTransactionDepth(const QSqlDatabase& db)
{
    return t_serverDepth[db.connectionName()];
}

QVariant fromTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

QDateTime toTime(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace Sql

void Sql::stopWhen(const QSqlDatabase& db, const std::atomic<bool>* stop)
{
    if (isServer(db)) {
        ServerStop::watch(db, stop);
        return;
    }
    sqlite3* h = handle(db);
    if (!h)
        return;
    // SQLite calls the handler every 1,000 virtual-machine steps (well under a millisecond);
    // a non-zero answer interrupts the statement.
    sqlite3_progress_handler(
        h, stop ? 1000 : 0,
        [](void* flag) -> int { return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0; },
        const_cast<std::atomic<bool>*>(stop));
}
