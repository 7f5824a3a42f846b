#pragma once

#include <QCoreApplication>
#include <QString>

// The window's command line: which database to open and how.
struct AppOptions
{
    QString databasePath;
    bool demo = false;
    bool exitAfterShow = false;

    static QString defaultDatabasePath();
    static QString demoDatabasePath();
    // Parses the arguments; prints --help / --version itself and sets exitCode when the app should stop.
    static AppOptions parse(const QCoreApplication& app, int& exitCode);
};
