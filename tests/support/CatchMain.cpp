#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// One runner for every test executable: a QApplication on the offscreen platform (no display
// is needed, also when ctest lists the tests at build time), private standard paths and a
// private runtime folder.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QFile::setPermissions(runtime.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    }
    // Each test process gets its own data, config and cache folders, so tests running side by
    // side never share a draft or a setting, and none touches the user's real data.
    QTemporaryDir home;
    for (const char* var : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        qputenv(var, (home.path() + u'/' + QString::fromLatin1(var)).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QualityLoopTests"));
    QApplication::setApplicationName(QStringLiteral("qualityloop-tests"));
    return Catch::Session().run(argc, argv);
}
