// A clerk's PC of a shared office: the window started from the menu (no --database) opens the
// server it last signed in to, not a new empty file of its own. Before, every start of such a PC
// began with the first-start setup of a new file (a README walk), and Cancel quit.
#include "PgServer.h"
#include "TestPaths.h"
#include "db/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The window of one PC (its own settings and data folders), opened and closed at once.
Run window(const QTemporaryDir& pc, const QStringList& arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), pc.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), pc.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(testPath("QL_APP_PATH"), arguments + QStringList {QStringLiteral("--exit-after-show")});
    Run r;
    if (p.waitForFinished(60000))
        r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

TEST_CASE("a PC's window started with no database opens the office's server it last used", "[pg][window]")
{
    ScratchDatabase scratch;
    {
        const Database made(scratch.url());
    } // QualityLoop's tables, as init makes them
    const QTemporaryDir pc;
    const Run first = window(pc, {QStringLiteral("--database"), scratch.url()});
    INFO(first.err.toStdString());
    REQUIRE(first.code == 0);

    const Run next = window(pc, {}); // from the menu
    INFO(next.err.toStdString());
    CHECK(next.code == 0);
    CHECK(next.out.contains(QStringLiteral("window opened")));
    // No database of its own was made on this PC.
    CHECK_FALSE(
        QFile::exists(pc.filePath(QStringLiteral("share/QualityLoop/qualityloop/qualityloop.sqlite"))));
}
