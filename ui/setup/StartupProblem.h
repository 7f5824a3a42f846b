#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The box at start-up when the database cannot be opened (the server is down, the password is
// wrong, the file is not there): the problem in words with "Try again", "Connect to a server…"
// (the address that failed filled in, a password to type), "Open a file…" and "Quit", instead
// of an OK that ends the program.
class StartupProblem
{
    Q_DECLARE_TR_FUNCTIONS(StartupProblem)
public:
    // The database to try next (the same one for "Try again"); nothing when the person quits.
    static std::optional<QString> ask(const QString& problem, const QString& databasePath);
};
