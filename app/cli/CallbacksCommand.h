#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli callbacks (issue 15, R16): the call-backs Sales owes after deliveries, one
// line per batch, a page at a time by key; --due only those to call now (due and overdue).
class CallbacksCommand
{
    Q_DECLARE_TR_FUNCTIONS(CallbacksCommand)
public:
    static QString usage();
    static int run(CliCommands& cli, const QStringList& args);
};
