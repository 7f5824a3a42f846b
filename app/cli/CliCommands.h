#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

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

private:
    int sample(const QStringList& args);
    int cases(const QStringList& args);
    int check(const QStringList& args);
    int print(const QStringList& args);
    int usage(const QString& problem = {});

    QTextStream& m_out;
    QTextStream& m_err;
};
