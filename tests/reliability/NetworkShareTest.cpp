#include "SaverWorld.h"
#include "SshfsMount.h"
#include "TestPaths.h"
#include "Wait.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/FileSystemKind.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

struct Run
{
    int exitCode = -1;
    QString errorOutput;
};

Run runProgram(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run run;
    if (process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.errorOutput = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// What a clerk must read: where the file is, that it is a network drive, and what to do instead.
void checkMessage(const QString& message)
{
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("network drive")));
    CHECK(message.contains(QStringLiteral("sshfs")));
    CHECK(message.contains(QStringLiteral("PostgreSQL")));
    CHECK(message.contains(QStringLiteral("Nothing was changed")));
}

} // namespace

// Issue 10: core, the command line and the window refuse it, and nothing there is changed.
TEST_CASE("A database on a real network file system (sshfs) is refused", "[reliability][network]")
{
    SshfsMount share;
    if (!share.skipReason().isEmpty()) {
        WARN("QL-SKIPPED: " << share.skipReason().toStdString());
        return;
    }
    const QString mountPoint = share.mountPoint();
    REQUIRE(FileSystemKind::networkFileSystem(mountPoint) == QStringLiteral("sshfs"));

    // A sound database that someone put on the share.
    QTemporaryDir local;
    const QString made = local.filePath(QStringLiteral("office.sqlite"));
    SaverWorld::create(made);
    REQUIRE(QFile::copy(made, share.serverFolder() + QStringLiteral("/office.sqlite")));
    const QString onShare = mountPoint + QStringLiteral("/office.sqlite");
    const QString newOnShare = mountPoint + QStringLiteral("/new.sqlite");
    REQUIRE(QFileInfo::exists(onShare));
    const QByteArray before = [&]() {
        QFile f(share.serverFolder() + QStringLiteral("/office.sqlite")); // the server's side, not the mount
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    for (const QString& path : {onShare, newOnShare}) {
        INFO(path.toStdString());
        try {
            Database db(path);
            FAIL("opened a database on sshfs");
        } catch (const DatabaseError& error) {
            CHECK(error.kind() == DatabaseError::Kind::NetworkShare);
            checkMessage(error.message());
        }

        const Run check = runProgram(testPath("QL_CLI_PATH"),
                                     {QStringLiteral("check"), QStringLiteral("--database"), path});
        CHECK(check.exitCode == 3);
        checkMessage(check.errorOutput);

        const Run window
            = runProgram(testPath("QL_APP_PATH"),
                         {QStringLiteral("--database"), path, QStringLiteral("--exit-after-show")});
        CHECK(window.exitCode == 1);
        checkMessage(window.errorOutput);
    }

    CHECK_FALSE(QFileInfo::exists(newOnShare));
    CHECK_FALSE(QFileInfo::exists(onShare + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(onShare + QStringLiteral("-journal")));
    QFile after(share.serverFolder() + QStringLiteral("/office.sqlite"));
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
}
