#include "backup/RestoreService.h"

#include "UserError.h"
#include "backup/BackupNames.h"
#include "backup/OnlineBackup.h"
#include "backup/PageCopy.h"
#include "backup/SqliteFile.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/FileSystemKind.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using Kind = DatabaseError::Kind;

namespace {
constexpr qint64 total = 1000;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Progress of one stage mapped into [from, to) of the whole.
RestoreService::Progress stage(const RestoreService::Progress& progress, qint64 from, qint64 to)
{
    return [progress, from, to](qint64 done, qint64 all) {
        if (progress && all > 0)
            progress(from + (to - from) * done / all, total);
    };
}

QString unchanged()
{
    return RestoreService::tr("Nothing was changed.");
}

void refuseBackup(const UserError& problem, const QString& advice = {})
{
    QString message = problem.message();
    if (!advice.isEmpty())
        message += u' ' + advice;
    throw UserError(message + u' ' + unchanged());
}

// True when a process holds a POSIX lock on the file (Linux: /proc/locks): SQLite keeps one on
// the -shm of every open WAL connection. Read without opening the file itself.
bool lockedByAProcess(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    const QByteArray id = QByteArray::number(major(info.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(minor(info.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(static_cast<qulonglong>(info.st_ino));
    for (const QByteArray& line : locks.readAll().split('\n'))
        if (line.simplified().split(' ').contains(id))
            return true;
    return false;
}

// Raises what a failed copy into a file means for a clerk.
[[noreturn]] void copyFailed(int rc, const QString& what)
{
    if ((rc & 0xff) == SQLITE_FULL)
        throw UserError(
            RestoreService::tr("The disk is full, so %1 could not be written. Free some space and "
                               "restore again. Nothing was restored.")
                .arg(what));
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        throw DatabaseError(Kind::Locked,
                            RestoreService::tr("The database is busy: another program kept saving in it for "
                                               "half a minute. Ask everyone to close QualityLoop and restore "
                                               "again. Nothing was restored."));
    throw UserError(RestoreService::tr("%1 could not be written (%2). Nothing was restored.")
                        .arg(what, QString::fromUtf8(sqlite3_errstr(rc))));
}
} // namespace

BackupFacts RestoreService::inspect(const QString& backupPath)
{
    const QFileInfo info(backupPath);
    if (!info.exists())
        throw UserError(tr("There is no backup at “%1”.").arg(shown(backupPath)) + u' ' + unchanged());
    if (info.isDir())
        throw UserError(tr("“%1” is a folder. Choose a backup file.").arg(shown(backupPath)) + u' '
                        + unchanged());
    try {
        const SqliteFile file(info.absoluteFilePath(), SqliteFile::Mode::ReadOnly);
        return BackupCheck::inspect(file, shown(info.absoluteFilePath()), BackupCheck::Depth::Header);
    } catch (const SqliteFile::Failure& failure) {
        throw UserError(tr("“%1” cannot be read (%2).").arg(shown(backupPath), failure.detail) + u' '
                        + unchanged());
    } catch (const UserError& problem) {
        refuseBackup(problem);
    }
    return {};
}

void RestoreService::checkDatabasePath(const QString& databasePath)
{
    // stat() and access() only: the database may be open in this very process.
    const QFileInfo info(databasePath);
    const QString name = shown(databasePath);
    const QString network = FileSystemKind::networkFileSystem(databasePath);
    if (!network.isEmpty())
        throw DatabaseError(
            Kind::NetworkShare,
            tr("“%1” is on a network drive (%2), where QualityLoop keeps no database. Restore "
               "to a file on this PC's own disk. Nothing was changed.")
                .arg(name, network));
    if (info.isDir())
        throw DatabaseError(Kind::CannotOpen, tr("“%1” is a folder, not a database file.").arg(name));
    if (!QFileInfo(info.absolutePath()).isDir())
        throw DatabaseError(Kind::CannotOpen, tr("The folder of “%1” does not exist.").arg(name));
    if ((info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable())
        throw DatabaseError(Kind::ReadOnly,
                            tr("“%1” or its folder is read-only, so the backup cannot be put in its place. "
                               "Nothing was changed.")
                                .arg(name));
}

RestoreResult RestoreService::restore(const QString& backupPath, const QString& databasePath,
                                      const QDateTime& now, const Progress& progress)
{
    OnlineBackup::refuseServer(databasePath);
    RestoreResult result;
    result.databasePath = QFileInfo(databasePath).absoluteFilePath();
    const QString db = result.databasePath;
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    checkDatabasePath(db);
    if (QFileInfo::exists(backup) && OnlineBackup::sameFile(backup, db))
        throw UserError(tr("“%1” is the database itself, not a backup of it.").arg(shown(backup)) + u' '
                        + unchanged());
    result.backup = inspect(backup);

    // 2. A staging copy of the backup beside the database, checked and brought up to date.
    const QString staging = BackupNames::temporaryPath(db);
    try {
        {
            const SqliteFile source(backup, SqliteFile::Mode::ReadOnly);
            const SqliteFile copy(staging, SqliteFile::Mode::Create);
            const int rc = PageCopy::run(source.handle(), copy.handle(), 1024, stage(progress, 0, 300));
            if (rc != SQLITE_DONE)
                copyFailed(rc, tr("the copy of the backup"));
            copy.exec("PRAGMA journal_mode = DELETE");
            try {
                BackupCheck::inspect(copy, shown(backup), BackupCheck::Depth::Full);
            } catch (const UserError& problem) {
                refuseBackup(problem, tr("It cannot be restored; choose another backup."));
            }
            BackupCheck::removeStamp(copy);
        }
        if (progress)
            progress(450, total);
        try {
            Database::Options options;
            options.create = false;
            options.backgroundCheckpoint = false;
            const Database migrated(staging, options); // migrations of an older backup run here
        } catch (const UserError& problem) {
            throw UserError(tr("The backup could not be brought up to this version of QualityLoop: %1")
                                .arg(problem.message())
                            + u' ' + unchanged());
        }

        // 3. The database as it is now, kept aside.
        const bool existed = QFileInfo::exists(db) && QFileInfo(db).size() > 0;
        std::unique_ptr<SqliteFile> live;
        try {
            live = std::make_unique<SqliteFile>(
                db, existed ? SqliteFile::Mode::ReadWrite : SqliteFile::Mode::Create);
        } catch (const SqliteFile::Failure& failure) {
            throw DatabaseError(
                Kind::CannotOpen,
                tr("“%1” cannot be opened (%2). Nothing was changed.").arg(shown(db), failure.detail));
        }
        bool notADatabase = false;
        if (existed) {
            try {
                const qint64 objects = live->number("SELECT count(*) FROM sqlite_master");
                const qint64 version = live->number("PRAGMA user_version");
                const qint64 appId = live->number("PRAGMA application_id");
                if ((version > 0 && appId != Database::applicationId) || (version == 0 && objects > 0))
                    throw DatabaseError(
                        Kind::NotADatabase,
                        tr("“%1” is a database of another program. QualityLoop does not write "
                           "over it: name another file to restore to. Nothing was changed.")
                            .arg(shown(db)));
            } catch (const SqliteFile::Failure& failure) {
                const int code = failure.code & 0xff;
                if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
                    throw DatabaseError(Kind::Locked,
                                        tr("The database is locked by another program. Close it and restore "
                                           "again. Nothing was changed."));
                notADatabase = code == SQLITE_NOTADB;
                // A damaged database (SQLITE_CORRUPT) is what a restore is for: SQLite still writes it.
                if (code != SQLITE_NOTADB && code != SQLITE_CORRUPT)
                    throw DatabaseError(
                        Kind::CannotOpen,
                        tr("“%1” cannot be read (%2). Nothing was changed.").arg(shown(db), failure.detail));
            }
        }
        if (existed)
            result.asidePath = BackupNames::asidePath(db, now);
        if (notADatabase) {
            // SQLite cannot write into a file without a database header. Nobody can be using it as
            // a database, unless a lock on it or on its -shm, or a log with content, says otherwise.
            // (A stale empty -wal and -shm are left: the next first connection starts them afresh.)
            live->close();
            if (lockedByAProcess(db) || lockedByAProcess(db + QStringLiteral("-shm"))
                || QFileInfo(db + QStringLiteral("-wal")).size() > 0
                || QFileInfo(db + QStringLiteral("-journal")).size() > 0)
                throw DatabaseError(
                    Kind::CannotOpen,
                    tr("“%1” is not a database file, and a program seems to have it open. Close "
                       "every program using it and restore again. Nothing was changed.")
                        .arg(shown(db)));
            OnlineBackup::commitFile(db, result.asidePath);
            live = std::make_unique<SqliteFile>(db, SqliteFile::Mode::Create);
        } else if (existed) {
            const QString asideTemporary = BackupNames::temporaryPath(result.asidePath);
            try {
                const SqliteFile aside(asideTemporary, SqliteFile::Mode::Create);
                const int rc = PageCopy::run(live->handle(), aside.handle(), 1024, stage(progress, 450, 700));
                if (rc != SQLITE_DONE)
                    copyFailed(rc, tr("the copy of the current database"));
                sqlite3_exec(aside.handle(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
            } catch (...) {
                OnlineBackup::discard(asideTemporary);
                throw;
            }
            OnlineBackup::commitFile(asideTemporary, result.asidePath);
        }

        // 4. The backup written into the database file, in one transaction.
        const SqliteFile restored(staging, SqliteFile::Mode::ReadOnly);
        const int rc = PageCopy::run(restored.handle(), live->handle(), 1024, stage(progress, 700, 980));
        if (rc != SQLITE_DONE)
            copyFailed(rc, shown(db));
        result.schemaVersion = static_cast<int>(live->number("PRAGMA user_version"));
        result.cases = live->number("SELECT count(*) FROM cases");
        live->exec("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (const SqliteFile::Failure& failure) {
        OnlineBackup::discard(staging);
        throw UserError(tr("The restore stopped (%1). Nothing was restored.").arg(failure.detail));
    } catch (...) {
        OnlineBackup::discard(staging);
        throw;
    }
    OnlineBackup::discard(staging);
    if (progress)
        progress(total, total);
    return result;
}
