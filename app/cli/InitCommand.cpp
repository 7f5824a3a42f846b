#include "InitCommand.h"

#include "CliCommands.h"
#include "GrantAdvice.h"
#include "PasswordInput.h"
#include "auth/PasswordRules.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/ServerAddress.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace {
// Removes a database file this command made and could not finish (no connection is open on it).
void removeUnfinished(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}
} // namespace

QString InitCommand::usage()
{
    return tr("  init --database DB --admin NAME [--display-name TEXT]   make a new database (on a server:\n"
              "        QualityLoop's tables in an empty database) and its first QualityLoop administrator,\n"
              "        NAME; NAME's password comes from standard input (asked twice on a terminal)");
}

int InitCommand::run(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The new database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption admin(QStringLiteral("admin"), tr("The administrator's user name."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         tr("The administrator's name as people read it."),
                                         QStringLiteral("TEXT"));
    parser.addOptions({database, admin, displayName});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    const QString name = parser.value(admin).trimmed();
    if (!parser.isSet(database) || name.isEmpty() || !parser.positionalArguments().isEmpty())
        return cli.usage(tr("init needs --database DB and --admin NAME."));

    const QString path = parser.value(database);
    // A server's database (postgresql://...) is no file: a second init there is refused by the
    // administrator it already has.
    const bool server = ServerAddress::isServer(path);
    const QFileInfo file(server ? QString() : path);
    if (!server && file.exists() && file.size() > 0) {
        cli.err() << tr("“%1” already exists and is not empty. init only makes a new database; the users "
                        "of an existing one are managed in the window (Administration > Users and roles).")
                         .arg(file.filePath())
                  << Qt::endl;
        return CliCommands::Refused;
    }
    if (PasswordInput::isTerminal())
        cli.err() << tr("The password: %1").arg(PasswordRules::description()) << Qt::endl;
    QString problem;
    const std::optional<QString> password = PasswordInput::read(cli.err(), tr("Password for %1: ").arg(name),
                                                                tr("The same password again: "), problem);
    if (!password) {
        cli.err() << problem << Qt::endl;
        return CliCommands::Refused;
    }
    const QString weak = PasswordRules::problem(*password, name);
    if (!weak.isEmpty()) {
        cli.err() << weak << Qt::endl
                  << tr("The password: %1").arg(PasswordRules::description()) << Qt::endl
                  << tr("Nothing was made.") << Qt::endl;
        return CliCommands::Refused;
    }

    User administrator;
    administrator.username = name;
    administrator.displayName = parser.value(displayName).trimmed();
    const bool existed = server || file.exists();
    User made;
    try {
        const Database db(path);
        made = UserService(db.connection()).createFirstAdministrator(administrator, *password);
    } catch (...) {
        if (!existed)
            removeUnfinished(path);
        throw;
    }
    if (!server) {
        cli.out() << tr("Made %1 with its administrator %2 (%3). Open it in the window and sign in; the "
                        "company and its working time are under Administration > Settings.")
                         .arg(file.filePath(), made.username, made.displayName)
                  << Qt::endl;
        return CliCommands::Ok;
    }
    cli.out() << tr("Made %1 with its administrator %2 (%3); the company and its working time are under "
                    "Administration > Settings in the window.")
                     .arg(ServerAddress::parse(path).text(), made.username, made.displayName)
              << Qt::endl
              << GrantAdvice::nextStep(path) << Qt::endl;
    return CliCommands::Ok;
}
