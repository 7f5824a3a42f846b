#pragma once

#include <QCoreApplication>
#include <QString>

// Where a shared office's database lives: postgresql://USER@HOST[:PORT]/DB (postgres:// too).
// No password in it: libpq reads it from PGPASSWORD or ~/.pgpass, so QualityLoop never
// stores or shows one.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    // True when the text names a server, not a file.
    static bool isServer(const QString& text);
    // Throws DatabaseError (CannotOpen) with a clerk's message for an address that is not one.
    static ServerAddress parse(const QString& text);
    // The address as it is shown and stored (never with a password).
    QString text() const;

    QString user;
    QString host;
    int port = 5432;
    QString database;
};
