#include "db/Database.h"
#include "db/FileSystemKind.h"
#include "db/Sql.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

namespace {

// The files of this process that are open but deleted: what SQLite's log looks like after
// another program wrongly believed it was the last user and removed it.
QStringList deletedOpenFiles()
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    // Files too: a descriptor's link to a deleted file still stat()s as that file, not as a broken link.
    for (const QString& fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.endsWith(QLatin1String(" (deleted)")))
            deleted.append(target);
    }
    return deleted;
}

// The POSIX locks this process holds (lines of /proc/locks with our pid).
int locksHeldByThisProcess()
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = ' ' + QByteArray::number(QCoreApplication::applicationPid()) + ' ';
    int held = 0;
    for (const QByteArray& line : locks.readAll().split('\n'))
        if (line.contains("POSIX") && line.contains(pid))
            ++held;
    return held;
}

void otherProgramOpensAndCloses(const QString& path)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM cases;")});
    REQUIRE(shell.waitForFinished(30000));
    REQUIRE(shell.exitCode() == 0);
}

} // namespace

TEST_CASE("Opening a second connection never drops the window's locks, so another program cannot "
          "delete the log under it",
          "[sqlite-file][shared]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    Database window(path);
    Sql::exec(window.connection(), QStringLiteral("INSERT INTO settings(key, value) VALUES ('a', '1')"));
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));
    const int locksBefore = locksHeldByThisProcess();
    REQUIRE(locksBefore > 0); // the open WAL connection holds its shared lock

    // What the window does after sign-in: a worker opens its own read-only connection.
    {
        Database::Options readOnly;
        readOnly.access = Database::Access::ReadOnly;
        Database worker(path, readOnly);
        CHECK(Sql::scalar(worker.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'a'"))
                  .toString()
              == QStringLiteral("1"));
    }
    CHECK(locksHeldByThisProcess() == locksBefore);

    otherProgramOpensAndCloses(path);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(deletedOpenFiles().filter(QStringLiteral("shared.sqlite")).isEmpty());

    // A save after the other program left is in the file another program reads.
    Sql::exec(window.connection(), QStringLiteral("INSERT INTO settings(key, value) VALUES ('b', '2')"));
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"),
                {path, QStringLiteral("SELECT value FROM settings WHERE key = 'b';")});
    REQUIRE(shell.waitForFinished(30000));
    CHECK(QString::fromUtf8(shell.readAllStandardOutput()).trimmed() == QStringLiteral("2"));
}

TEST_CASE("A database on a network drive is told apart from one on a local disk", "[sqlite-file][shared]")
{
    CHECK(FileSystemKind::classify(0x6969, QStringLiteral("nfs4")) == QStringLiteral("NFS"));
    CHECK(FileSystemKind::classify(0xFF534D42, QStringLiteral("cifs")) == QStringLiteral("SMB/CIFS"));
    CHECK(FileSystemKind::classify(0xFE534D42, QStringLiteral("smb3")) == QStringLiteral("SMB/CIFS"));
    CHECK(FileSystemKind::classify(0x65735546, QStringLiteral("fuse.sshfs")) == QStringLiteral("sshfs"));
    CHECK(FileSystemKind::classify(0x65735546, QStringLiteral("fuse.gvfsd-fuse"))
              .contains(QStringLiteral("SMB")));
    CHECK(FileSystemKind::classify(0xEF53, QStringLiteral("ext4")).isEmpty());
    CHECK(FileSystemKind::classify(0x01021994, QStringLiteral("tmpfs")).isEmpty());
    CHECK(FileSystemKind::classify(0x65735546, QStringLiteral("fuse.bindfs")).isEmpty());

    const QByteArray mountInfo = "26 1 254:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw\n"
                                 "40 26 0:40 / /mnt/office\\040share rw,relatime shared:5 - cifs //srv/q rw\n"
                                 "41 26 0:41 / /home/li/remote rw,nosuid - fuse.sshfs li@srv:/data rw\n";
    CHECK(FileSystemKind::mountTypeOf(QStringLiteral("/mnt/office share/q.sqlite"), mountInfo)
          == QStringLiteral("cifs"));
    CHECK(FileSystemKind::mountTypeOf(QStringLiteral("/home/li/remote/a/q.sqlite"), mountInfo)
          == QStringLiteral("fuse.sshfs"));
    CHECK(FileSystemKind::mountTypeOf(QStringLiteral("/home/li/remoteX/q.sqlite"), mountInfo)
          == QStringLiteral("ext4"));

    QTemporaryDir dir; // this machine's own disk
    CHECK(FileSystemKind::networkFileSystem(dir.filePath(QStringLiteral("new/sub/q.sqlite"))).isEmpty());
}

TEST_CASE("The background checkpoint copies the log back into the database file",
          "[sqlite-file][shared][checkpoint]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checkpoint.sqlite"));
    Database db(path); // its saves leave the copying to BackgroundCheckpoint's thread
    const qint64 before = QFileInfo(path).size();
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO settings(key, value) VALUES ('big', ?)"),
              {QString(400000, u'x')});
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 400000);
    // Seen from outside with stat() alone: the file grows once the log is copied back.
    QDeadlineTimer deadline(15000);
    while (QFileInfo(path).size() < before + 400000 && !deadline.hasExpired())
        QThread::msleep(50);
    CHECK(QFileInfo(path).size() >= before + 400000);
}
