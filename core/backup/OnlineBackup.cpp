#include "backup/OnlineBackup.h"

#include "UserError.h"
#include "backup/BackupNames.h"
#include "backup/PageCopy.h"
#include "backup/SqliteFile.h"
#include "db/Database.h"
#include "db/ServerAddress.h"
#include "db/Sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
// The share of the progress bar the copy takes; the check takes the rest.
constexpr qint64 copyShare = 850;
constexpr qint64 progressTotal = 1000;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

bool OnlineBackup::sameFile(const QString& a, const QString& b)
{
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0
        || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void OnlineBackup::discard(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void OnlineBackup::commitFile(const QString& temporaryPath, const QString& finalPath)
{
    // rename() replaces the final name in one step: a reader sees the old file or the new one.
    if (::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(finalPath).constData()) != 0)
        throw UserError(tr("The backup could not be given its name “%1” (%2).")
                            .arg(shown(finalPath), QString::fromLocal8Bit(std::strerror(errno))));
    // The rename itself is on disk once the folder is synced (a folder, never a database file).
    const int folder = ::open(QFile::encodeName(QFileInfo(finalPath).absolutePath()).constData(), O_RDONLY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

QString OnlineBackup::serverRefusal(const QString& databasePath)
{
    if (!ServerAddress::isServer(databasePath))
        return {};
    return tr("%1 is a database on a PostgreSQL server: QualityLoop's backup and restore copy a "
              "database file only. Back up a server's database with pg_dump and put it back "
              "with pg_restore (README: “A shared office”). Nothing was written.")
        .arg(databasePath);
}

void OnlineBackup::refuseServer(const QString& databasePath)
{
    const QString refusal = serverRefusal(databasePath);
    if (!refusal.isEmpty())
        throw UserError(refusal);
}

BackupResult OnlineBackup::make(const QString& databasePath, const QString& outputPath, const QDateTime& now,
                                const Progress& progress)
{
    return make(databasePath, outputPath, now, progress, Options());
}

BackupResult OnlineBackup::make(const QString& databasePath, const QString& outputPath, const QDateTime& now,
                                const Progress& progress, const Options& options)
{
    refuseServer(databasePath);
    const QFileInfo output(outputPath);
    const QString finalPath = output.absoluteFilePath();
    if (outputPath.trimmed().isEmpty())
        throw UserError(tr("Name the file the backup is written to."));
    if (output.isDir())
        throw UserError(tr("“%1” is a folder. Name a file for the backup.").arg(shown(finalPath)));
    if (sameFile(databasePath, finalPath))
        throw UserError(tr("The backup cannot be written over the database itself. Name another file."));
    // A journal beside the name means a program has that file open as a database, or crashed in it.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")})
        if (QFileInfo::exists(finalPath + suffix))
            throw UserError(tr("“%1” is in use by a program (there is a “%2” beside it). Name another file "
                               "for the backup.")
                                .arg(shown(finalPath), QFileInfo(finalPath + suffix).fileName()));
    if (!QDir().mkpath(output.absolutePath()))
        throw UserError(tr("The folder “%1” cannot be made. Choose another folder for the backup.")
                            .arg(shown(output.absolutePath())));
    if (!QFileInfo(output.absolutePath()).isWritable())
        throw UserError(
            tr("QualityLoop may not write in the folder “%1”. Choose another folder for the backup.")
                .arg(shown(output.absolutePath())));

    // The database is opened as every reader opens it: a file that is damaged, not QualityLoop's or
    // of a newer version is refused here with its usual message (and the newest backup named).
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    readOnly.create = false;
    const Database database(databasePath, readOnly);

    BackupResult result;
    result.path = finalPath;
    result.madeAt = now;
    const QString temporary = BackupNames::temporaryPath(finalPath);
    try {
        SqliteFile copy(temporary, SqliteFile::Mode::Create);
        QElapsedTimer timer;
        timer.start();
        const int rc = PageCopy::run(
            Sql::handle(database.connection()), copy.handle(), options.pagesPerStep,
            [&progress](qint64 done, qint64 total) {
                if (progress && total > 0)
                    progress(done * copyShare / total, progressTotal);
            },
            30000, options.stop);
        result.copyMs = timer.elapsed();
        if (rc != SQLITE_DONE) {
            if (rc == SQLITE_INTERRUPT)
                throw UserError(tr("The backup was stopped before it was done; none was kept."));
            if ((rc & 0xff) == SQLITE_FULL)
                throw UserError(tr("The disk of “%1” is full, so the backup could not be written. Free some "
                                   "space or choose another place. The database was not changed.")
                                    .arg(shown(output.absolutePath())));
            throw UserError(tr("The backup could not be written to “%1” (%2). The database was not changed.")
                                .arg(shown(finalPath), QString::fromUtf8(sqlite3_errstr(rc))));
        }
        // One file on its own: the copy took the database's WAL mode along.
        copy.exec("PRAGMA journal_mode = DELETE");
        BackupCheck::stamp(copy, QFileInfo(databasePath).absoluteFilePath(), now);
        timer.restart();
        try {
            result.facts = BackupCheck::inspect(copy, shown(finalPath), options.check);
        } catch (const UserError& problem) {
            throw UserError(
                tr("The copy did not pass its check, so no backup was kept: %1 The database itself "
                   "may be damaged: “qualityloop-cli check --database FILE” shows what SQLite finds.")
                    .arg(problem.message()));
        }
        result.checkMs = timer.elapsed();
        copy.close();
        if (progress)
            progress(progressTotal, progressTotal);
        commitFile(temporary, finalPath);
    } catch (const SqliteFile::Failure& failure) {
        discard(temporary);
        throw UserError(tr("The backup could not be written to “%1” (%2). The database was not changed.")
                            .arg(shown(finalPath), failure.detail));
    } catch (...) {
        discard(temporary);
        throw;
    }
    result.bytes = QFileInfo(finalPath).size();
    return result;
}
