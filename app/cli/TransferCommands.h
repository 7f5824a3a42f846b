#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli import and export (issue 11, item 4; README "Import and export").
//
// An import runs as a QualityLoop user who proves who they are: --user NAME, the password on
// standard input (the first line from a pipe; asked without echo on a terminal). Its rows are
// checked with that user's rights (the office or an administrator) and every entry it makes
// names that user in the audit log, as the same import in the window would.
class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(TransferCommands)
public:
    static QString importUsage();
    static QString exportUsage();
    static int importFile(CliCommands& cli, const QStringList& args);
    static int exportFile(CliCommands& cli, const QStringList& args);
};
