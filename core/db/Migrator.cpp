#include "db/Migrator.h"

#include "db/DatabaseError.h"
#include "db/ServerErrors.h"
#include "db/ServerSchema.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <sqlite3.h>

namespace {
constexpr int applicationId = 0x514c4f4f; // "QLOO", as Database::applicationId

void runScript(sqlite3* handle, const QByteArray& script, const QString& name)
{
    char* error = nullptr;
    if (sqlite3_exec(handle, script.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(error ? error : "unknown error");
        sqlite3_free(error);
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        throw DatabaseError(DatabaseError::Kind::Query,
                            QStringLiteral("Schema migration %1 failed: %2").arg(name, detail));
    }
}

// A whole script on a server, in the open transaction (several statements in one simple query).
void runServerScript(const QSqlDatabase& db, const QByteArray& script, const QString& name)
{
    QSqlQuery query(db);
    if (!query.exec(QString::fromUtf8(script))) {
        const QSqlError error = query.lastError();
        const QString detail = error.databaseText();
        query.finish();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        if (error.nativeErrorCode() == QLatin1String("42501")) // a user without the right to make tables
            throw ServerErrors::queryFailed(error, name);
        throw DatabaseError(DatabaseError::Kind::Query,
                            QStringLiteral("Schema migration %1 failed: %2").arg(name, detail));
    }
}

bool hasServerSchema(const QSqlDatabase& db)
{
    return Sql::scalar(db, QStringLiteral("SELECT to_regclass('qualityloop_schema') IS NOT NULL")).toBool();
}

void migrateServer(const QSqlDatabase& db, int targetVersion)
{
    int current = Migrator::currentVersion(db);
    for (const Migrator::Migration& migration : Migrator::migrations()) {
        if (migration.version > targetVersion)
            break;
        if (migration.version <= current)
            continue;
        // One program migrates at a time; another that waited finds the work done.
        Sql::exec(db, QStringLiteral("BEGIN"));
        Sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(applicationId));
        current = Migrator::currentVersion(db);
        if (migration.version <= current) {
            Sql::exec(db, QStringLiteral("COMMIT"));
            continue;
        }
        if (current == 0 && !hasServerSchema(db))
            runServerScript(db, ServerSchema::setup(), QStringLiteral("server_setup.sql"));
        runServerScript(db, ServerSchema::script(migration), migration.resource);
        // Tables whose ids a program may give itself keep their id sequence ahead of them.
        runServerScript(db, ServerSchema::afterEach(), QStringLiteral("ids_follow.sql"));
        Sql::exec(db, QStringLiteral("UPDATE qualityloop_schema SET version = %1").arg(migration.version));
        Sql::exec(db, QStringLiteral("COMMIT"));
        current = migration.version;
    }
}
} // namespace

QList<Migrator::Migration> Migrator::migrations()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/qualityloop/migrations"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        list.append({name.section(u'_', 0, 0).toInt(), dir.filePath(name)});
    std::sort(list.begin(), list.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion()
{
    const QList<Migration> list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

int Migrator::currentVersion(const QSqlDatabase& db)
{
    if (!Sql::isServer(db))
        return Sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (!hasServerSchema(db))
        return 0;
    return Sql::scalar(db, QStringLiteral("SELECT version FROM qualityloop_schema")).toInt();
}

QByteArray Migrator::read(const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(DatabaseError::Kind::Query, QStringLiteral("Missing migration ") + resource);
    return file.readAll();
}

void Migrator::migrate(const QSqlDatabase& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    if (Sql::isServer(db)) {
        migrateServer(db, targetVersion);
        return;
    }
    sqlite3* handle = Sql::handle(db);
    const int current = currentVersion(db);
    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        const QByteArray script = "BEGIN IMMEDIATE;\n" + read(migration.resource)
            + "\nPRAGMA user_version = " + QByteArray::number(migration.version)
            + ";\nPRAGMA application_id = " + QByteArray::number(applicationId) + ";\nCOMMIT;";
        runScript(handle, script, migration.resource);
    }
}
