#include "CliCommands.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // Printing lays out text and embeds fonts, which needs a QGuiApplication; without a screen
    // it runs on the offscreen platform. Every other command stays a plain QCoreApplication.
    const bool printing = argc > 1 && std::strcmp(argv[1], "print") == 0;
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtime; // a private runtime folder, so Qt does not warn about a missing one
    if (printing && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.isValid()) {
        QFile::setPermissions(runtime.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    }
    std::unique_ptr<QCoreApplication> app;
    if (printing)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qualityloop"));
    QCoreApplication::setOrganizationName(QStringLiteral("QualityLoop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QL_VERSION));
    Translations::install(qEnvironmentVariable("QUALITYLOOP_LANGUAGE"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliCommands commands(out, err);
    return commands.run(QCoreApplication::arguments());
}
