#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli attach and attachments (issue 17): files added to a case, listed, and copied
// out byte for byte.
class AttachCommands
{
    Q_DECLARE_TR_FUNCTIONS(AttachCommands)
public:
    static QString attachUsage();
    static QString listUsage();
    static int attach(CliCommands& cli, const QStringList& args);
    static int list(CliCommands& cli, const QStringList& args);
};
