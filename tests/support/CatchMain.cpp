#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// One runner for every test executable: a QApplication on the offscreen platform (no display
// is needed, also when ctest lists the tests at build time), test-mode standard paths so no
// test touches the user's real data, and a private runtime folder.
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
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QualityLoopTests"));
    QApplication::setApplicationName(QStringLiteral("qualityloop-tests"));
    return Catch::Session().run(argc, argv);
}
