#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

// qualityloop-cli: reports, samples and checks without a screen. Links core alone.
// Exit codes: 0 done, 1 refused or not found, 2 wrong usage, 3 the database file is unusable.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    CliCommands(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

    enum ExitCode
    {
        Ok = 0,
        Refused = 1,
        Usage = 2,
        BadDatabase = 3
    };
    // Prints the usage text (after the problem, if any) and returns the matching exit code.
    int usage(const QString& problem = {});
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

private:
    int sample(const QStringList& args);
    int cases(const QStringList& args);
    int check(const QStringList& args);
    int print(const QStringList& args);

    struct Command
    {
        QString name; // one word, or two ("print survey-letters")
        QString usage; // its lines in the usage text, translated
        std::function<int(const QStringList& args)> run; // args[0] is the command's name
    };
    QList<Command> m_commands;

    QTextStream& m_out;
    QTextStream& m_err;
};
