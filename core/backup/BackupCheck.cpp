#include "backup/BackupCheck.h"

#include "UserError.h"
#include "backup/SqliteFile.h"
#include "db/Database.h"

#include <QStringList>

#include <sqlite3.h>

namespace {
const char* sourceKey = "backup.source";
const char* madeAtKey = "backup.made_at";

QString settingText(const SqliteFile& file, const char* key)
{
    sqlite3_stmt* statement = nullptr;
    QString value;
    if (sqlite3_prepare_v2(file.handle(), "SELECT value FROM settings WHERE key = ?", -1, &statement, nullptr)
        == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, key, -1, SQLITE_STATIC);
        if (sqlite3_step(statement) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return value;
}
} // namespace

BackupFacts BackupCheck::inspect(const SqliteFile& file, const QString& shownName, Depth depth)
{
    const auto refuse = [&](const QString& why) { throw UserError(why); };
    const auto damaged
        = [&](const QString& detail) { refuse(tr("“%1” is damaged (%2).").arg(shownName, detail)); };
    BackupFacts facts;
    qint64 objects = 0;
    qint64 applicationId = 0;
    try {
        // The first read checks the file's header and reads the schema.
        objects = file.number("SELECT count(*) FROM sqlite_master");
        facts.schemaVersion = static_cast<int>(file.number("PRAGMA user_version"));
        applicationId = file.number("PRAGMA application_id");
        facts.pageSize = file.number("PRAGMA page_size");
        facts.pages = file.number("PRAGMA page_count");
    } catch (const SqliteFile::Failure& failure) {
        switch (failure.code & 0xff) {
        case SQLITE_NOTADB:
            refuse(tr("“%1” is not a QualityLoop backup: it is not a database file at all.").arg(shownName));
            break;
        case SQLITE_CORRUPT:
            damaged(failure.detail);
            break;
        default:
            refuse(tr("“%1” cannot be read (%2).").arg(shownName, failure.detail));
        }
    }
    if (facts.schemaVersion == 0 && objects == 0)
        refuse(tr("“%1” is an empty database, not a QualityLoop backup.").arg(shownName));
    if ((facts.schemaVersion > 0 && applicationId != Database::applicationId)
        || (facts.schemaVersion == 0 && objects > 0))
        refuse(tr("“%1” is a database of another program, not a QualityLoop backup.").arg(shownName));
    if (facts.schemaVersion > Database::latestSchemaVersion())
        refuse(tr("“%1” was made by a newer version of QualityLoop (database version %2; this version knows "
                  "up to %3). Install the newer QualityLoop to restore it.")
                   .arg(shownName)
                   .arg(facts.schemaVersion)
                   .arg(Database::latestSchemaVersion()));
    try {
        if (depth != Depth::Header) {
            const QStringList problems
                = file.lines(depth == Depth::Full ? "PRAGMA integrity_check" : "PRAGMA quick_check", 5);
            if (problems != QStringList {QStringLiteral("ok")})
                damaged(tr("SQLite's check found: %1").arg(problems.join(QStringLiteral("; "))));
        }
        facts.cases = file.number("SELECT count(*) FROM cases");
    } catch (const SqliteFile::Failure& failure) {
        damaged(failure.detail);
    }
    const BackupFacts stamp = stampOf(file);
    facts.source = stamp.source;
    facts.madeAt = stamp.madeAt;
    return facts;
}

BackupFacts BackupCheck::stampOf(const SqliteFile& file)
{
    BackupFacts facts;
    facts.source = settingText(file, sourceKey);
    const QString madeAt = settingText(file, madeAtKey);
    if (!madeAt.isEmpty())
        facts.madeAt = QDateTime::fromSecsSinceEpoch(madeAt.toLongLong(), Qt::UTC);
    return facts;
}

void BackupCheck::stamp(const SqliteFile& file, const QString& sourcePath, const QDateTime& madeAt)
{
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(file.handle(),
                                "INSERT INTO settings(key, value) VALUES (?1, ?2), (?3, ?4) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                -1, &statement, nullptr);
    if (rc != SQLITE_OK)
        file.fail(rc);
    const QByteArray source = sourcePath.toUtf8();
    const QByteArray time = QByteArray::number(madeAt.toSecsSinceEpoch());
    sqlite3_bind_text(statement, 1, sourceKey, -1, SQLITE_STATIC);
    sqlite3_bind_text(statement, 2, source.constData(), static_cast<int>(source.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 3, madeAtKey, -1, SQLITE_STATIC);
    sqlite3_bind_text(statement, 4, time.constData(), static_cast<int>(time.size()), SQLITE_STATIC);
    rc = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        file.fail(rc);
}

void BackupCheck::removeStamp(const SqliteFile& file)
{
    file.exec("DELETE FROM settings WHERE key IN ('backup.source', 'backup.made_at')");
}
