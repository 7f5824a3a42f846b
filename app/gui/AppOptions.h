#pragma once

#include <QCoreApplication>
#include <QString>

// The window's command line: which database to open and how.
struct AppOptions
{
    QString databasePath;
    bool demo = false;
    bool exitAfterShow = false;
    QString startPage; // "work", "cases" or "flow"; empty: My work
    bool reportStartup = false; // print when the first page is on screen and the counts arrive
    int scrollRows = 0; // after the first page, scroll the list through this many rows, then quit

    static QString defaultDatabasePath();
    // The database the window opens when none is named: the office's server this PC last
    // connected to (ConnectServerDialog::lastAddress; asked only for what ~/.pgpass lacks), else
    // this PC's own file.
    static QString startDatabase();
    static QString demoDatabasePath();
    // Parses the arguments; prints --help / --version itself and sets exitCode when the app should stop.
    static AppOptions parse(const QCoreApplication& app, int& exitCode);
    // The arguments ask only for text (--help, --help-all, -h, -?, --version, -v): no window, no display.
    static bool asksOnlyForText(int argc, char* argv[]);
};
