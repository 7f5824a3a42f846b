#include "backup/ServerBackup.h"

#include "UserError.h"
#include "db/ServerAddress.h"

bool ServerBackup::applies(const QString& databasePath)
{
    return ServerAddress::isServer(databasePath);
}

QString ServerBackup::advice()
{
    return tr("This database is on a PostgreSQL server. Its backups are made on the server by its "
              "administrator with pg_dump and restored there with pg_restore (README: “A shared "
              "office”). QualityLoop makes and restores backup files only of a database file on "
              "this PC. Nothing was written.");
}

void ServerBackup::refuseServer(const QString& databasePath)
{
    if (applies(databasePath))
        throw UserError(advice());
}
