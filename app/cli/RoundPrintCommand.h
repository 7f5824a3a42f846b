#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli print round (issue 15, R17): the document of a whole round of return visits
// organised by the general manager, as the window prints it.
class RoundPrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(RoundPrintCommand)
public:
    static QString usage();
    static int run(CliCommands& cli, const QStringList& args);
};
