#include "UpgradeCommand.h"

#include "CliCommands.h"
#include "ReadDatabase.h"
#include "db/Database.h"

#include <QCommandLineParser>

QString UpgradeCommand::usage()
{
    return tr("  upgrade --database DB   bring a database of an older version up to this version (on a\n"
              "        server: as the owner of its tables)");
}

int UpgradeCommand::run(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("The database FILE, or postgresql://USER@HOST[:PORT]/DB."),
                                      QStringLiteral("ADDRESS"));
    parser.addOption(database);
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    if (!parser.isSet(database) || !parser.positionalArguments().isEmpty())
        return cli.usage(tr("upgrade needs --database DB."));
    const int before = Database(parser.value(database), ReadDatabase::options()).schemaVersion();
    Database::Options options;
    options.create = false;
    const Database db(parser.value(database), options); // opening it read-write upgrades it
    const int after = db.schemaVersion();
    if (before == after)
        cli.out() << tr("%1 is up to date (database version %2).").arg(parser.value(database)).arg(after)
                  << '\n';
    else
        cli.out() << tr("%1 is brought up to date: database version %2 → %3.")
                         .arg(parser.value(database))
                         .arg(before)
                         .arg(after)
                  << '\n';
    cli.out().flush();
    return CliCommands::Ok;
}
