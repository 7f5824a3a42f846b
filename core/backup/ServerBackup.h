#pragma once

#include <QCoreApplication>
#include <QString>

// A database on a PostgreSQL server is backed up by its administrator with pg_dump and
// restored with pg_restore on the server (README: "A shared office"). QualityLoop's own
// backups (OnlineBackup, DailyBackup, RestoreService) copy a SQLite file and refuse a server's
// address with these words instead of running SQLite's backup on a server connection.
class ServerBackup
{
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)
public:
    // True when the database is on a server: no backup file is made or restored for it.
    static bool applies(const QString& databasePath);
    // What to do instead, in a clerk's words.
    static QString advice();
    // Throws UserError with the advice for a server's address; does nothing for a file.
    static void refuseServer(const QString& databasePath);
};
