#include "AppOptions.h"

#include "db/ServerAddress.h"
#include "main/ConnectServerDialog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

QString AppOptions::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("qualityloop.sqlite"));
}

QString AppOptions::startDatabase()
{
    const QString server = ConnectServerDialog::lastAddress();
    return ServerAddress::isServer(server) ? server : defaultDatabasePath();
}

QString AppOptions::demoDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}

bool AppOptions::asksOnlyForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String arg(argv[i]);
        if (arg == QLatin1String("--help") || arg == QLatin1String("--help-all") || arg == QLatin1String("-h")
            || arg == QLatin1String("-?") || arg == QLatin1String("--version") || arg == QLatin1String("-v"))
            return true;
        if (arg == QLatin1String("--"))
            return false;
    }
    return false;
}

AppOptions AppOptions::parse(const QCoreApplication& app, int& exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions",
                                    "After-sales quality information: cases from the customer's call "
                                    "to the written feedback."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("AppOptions",
                                    "Open the database DB: a file (made if it does not exist), or a "
                                    "database on a PostgreSQL server, postgresql://USER@HOST[:PORT]/DB."),
        QStringLiteral("DB"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("AppOptions",
                                    "Open the demonstration database, filled with sample data "
                                    "(kept apart from real data)."));
    const QCommandLineOption exitAfterShow(
        QStringLiteral("exit-after-show"),
        QCoreApplication::translate("AppOptions", "Open the window, then quit (for installation checks)."));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("AppOptions", "Open the window on PAGE: work, cases or flow."),
        QStringLiteral("PAGE"));
    const QCommandLineOption reportStartup(
        QStringLiteral("report-startup"),
        QCoreApplication::translate("AppOptions",
                                    "Print how long the window took to show its first page and its "
                                    "counts (also when QL_REPORT_STARTUP is set)."));
    QCommandLineOption scrollRows(
        QStringLiteral("scroll-rows"),
        QCoreApplication::translate("AppOptions",
                                    "After the first page, scroll the list through N rows, then quit "
                                    "(for the benchmark)."),
        QStringLiteral("N"));
    scrollRows.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({database, demo, exitAfterShow, page, reportStartup, scrollRows});
    parser.process(app);
    AppOptions options;
    options.demo = parser.isSet(demo);
    options.exitAfterShow = parser.isSet(exitAfterShow);
    options.startPage = parser.value(page);
    options.reportStartup = parser.isSet(reportStartup) || qEnvironmentVariableIsSet("QL_REPORT_STARTUP");
    options.scrollRows = parser.value(scrollRows).toInt();
    options.databasePath = parser.isSet(database) ? parser.value(database)
                                                  : (options.demo ? demoDatabasePath() : startDatabase());
    exitCode = -1;
    return options;
}
