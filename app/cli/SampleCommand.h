#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli sample: a new database file filled with sample cases and the sample users (a
// file only: sample data never goes into a server's database, nor into one that holds cases).
class SampleCommand
{
    Q_DECLARE_TR_FUNCTIONS(SampleCommand)
public:
    static QString usage();
    static int run(CliCommands& cli, const QStringList& args);
};
