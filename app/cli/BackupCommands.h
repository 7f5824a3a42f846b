#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli backup and restore (README: "Backups").
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
public:
    static int backup(CliCommands& cli, const QStringList& args);
    static int restore(CliCommands& cli, const QStringList& args);
    // The restore command for a damaged database's newest backup, ready to paste into a shell.
    static QString restoreCommand(const QString& backupPath, const QString& databasePath);
};
