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
    // Prints the usage text and returns the matching exit code: asked for, on stdout; after a
    // problem, on stderr, the problem first, then only the lines of the command being run.
    int usage(const QString& problem = {});
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

private:
    int cases(const QStringList& args);
    int check(const QStringList& args);
    int print(const QStringList& args);

    // The usage text lists the commands by what an administrator comes to do.
    enum class Group
    {
        SetUp, // init, migrate, upgrade: on a server, the owner's
        Read,
        Print,
        Add, // as a QualityLoop user
        FileOnly
    };
    struct Command
    {
        Group group;
        QString name; // one word, or two ("print survey-letters")
        QString usage; // its lines in the usage text, translated
        std::function<int(const QStringList& args)> run; // args[0] is the command's name
    };
    static QString title(Group group);
    // The lines of the commands named so (all of print's for "print"), under their group's title;
    // `COMMAND --help` adds the footer.
    void printCommand(QTextStream& to, const QString& name);
    void printFooter(QTextStream& to);
    QList<Command> m_commands;
    QString m_running; // the command being run: a wrong use of it shows its lines only

    QTextStream& m_out;
    QTextStream& m_err;
};
