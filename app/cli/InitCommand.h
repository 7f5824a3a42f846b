#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli init --database FILE --admin NAME [--display-name TEXT]: makes a new database
// with its administrator, the password read from standard input (PasswordInput). Refuses an
// existing database that is not empty, and a password that breaks the rules (core's PasswordRules).
class InitCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    static QString usage(); // its lines in the usage text
    static int run(CliCommands& cli, const QStringList& args);
};
