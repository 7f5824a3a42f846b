#include "CliCommands.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qualityloop"));
    QCoreApplication::setOrganizationName(QStringLiteral("QualityLoop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QL_VERSION));
    Translations::install(qEnvironmentVariable("QUALITYLOOP_LANGUAGE"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliCommands commands(out, err);
    return commands.run(QCoreApplication::arguments());
}
