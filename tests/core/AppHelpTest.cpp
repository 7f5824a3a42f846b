// Issue 12.9: `qualityloop --help` and `--version` print and exit 0 on a machine without a
// display (a server, a packaging check over ssh), where the window cannot start.
#include "TestPaths.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runWithoutDisplay(const QStringList& arguments)
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The ordinary platform with nothing to show it on: a QApplication aborts here.
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(testPath("QL_APP_PATH"), arguments);
    REQUIRE(p.waitForFinished(30000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

TEST_CASE("Issue 12.9: qualityloop --help and --version answer without a display", "[window][cli]")
{
    const Run help = runWithoutDisplay({QStringLiteral("--help")});
    INFO(help.err.toStdString());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--database")));
    CHECK(help.out.contains(QStringLiteral("After-sales quality information")));

    const Run version = runWithoutDisplay({QStringLiteral("--version")});
    INFO(version.err.toStdString());
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("qualityloop " QL_VERSION));

    const Run shortHelp = runWithoutDisplay({QStringLiteral("-h")});
    CHECK(shortHelp.exitCode == 0);
    CHECK(shortHelp.out == help.out);

    // Without those, the window is asked for, and without a display it cannot start: it says so
    // and does not pretend to have worked.
    const Run window = runWithoutDisplay({QStringLiteral("--exit-after-show")});
    CHECK(window.exitCode != 0);
}
