#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli and the improvement loop (issue 14, R11-R12): the corrective actions, one line
// each, a page at a time by key (--open: not closed; --overdue: open past their due day); and
// the prints "print 8d CASE" and "print rectification-notice NUMBER", which the print command
// hands here.
class ImprovementCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImprovementCommands)
public:
    static QString actionsUsage();
    static int actions(CliCommands& cli, const QStringList& args);
    static QString printUsage();
    static bool printsDocument(const QString& document); // "8d", "rectification-notice"
    static int print(CliCommands& cli, const QStringList& args);
};
