#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli migrate --from FILE --to postgresql://USER@HOST[:PORT]/DB (issue 16, item 4;
// README "A shared office"): an office's database file copied whole into an empty database on a
// PostgreSQL server (core's OfficeMove), the progress on standard error, then every table's rows
// and checksum on both sides on standard output. Exit 0 only when every table matches; 1 when
// the server database is not empty or a table differs (nothing is kept then); 2 wrong usage;
// 3 a database cannot be used.
class CliMigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliMigrateCommand)
public:
    static QString usage(); // its lines in the usage text
    static int run(CliCommands& cli, const QStringList& args);
};
