#include "db/Migrator.h"

#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <sqlite3.h>

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

static void runScript(sqlite3* handle, const QByteArray& script, const QString& name)
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

void Migrator::migrate(const QSqlDatabase& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    sqlite3* handle = Sql::handle(db);
    const int current = Sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            throw DatabaseError(DatabaseError::Kind::Query,
                                QStringLiteral("Missing migration ") + migration.resource);
        const QByteArray script = "BEGIN IMMEDIATE;\n" + file.readAll()
            + "\nPRAGMA user_version = " + QByteArray::number(migration.version)
            + ";\nPRAGMA application_id = " + QByteArray::number(0x514c4f4f) + ";\nCOMMIT;";
        runScript(handle, script, migration.resource);
    }
}
