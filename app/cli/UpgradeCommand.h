#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli upgrade: brings a database made by an older version up to this version's
// schema, and says from which version to which. A file is upgraded by any program that opens it;
// a server database only by its owner, who runs this once after installing the new version on
// the first PC (README "A shared office").
class UpgradeCommand
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeCommand)
public:
    static QString usage();
    static int run(CliCommands& cli, const QStringList& args);
};
