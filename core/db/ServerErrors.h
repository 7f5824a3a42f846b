#pragma once

#include "db/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

// PostgreSQL's failures in a clerk's words: a refused connection, a refused password, a
// missing right, a lost connection, a save that met another one (by the SQLSTATE codes).
class ServerErrors
{
    Q_DECLARE_TR_FUNCTIONS(ServerErrors)
public:
    // For a connection that could not be opened to the server at address (as shown).
    static DatabaseError connectionFailed(const QSqlError& error, const QString& address, const QString& user,
                                          const QString& database);
    // For a statement the server refused.
    static DatabaseError queryFailed(const QSqlError& error, const QString& context);
    // The session with the server is gone (Kind::Unreachable, in a clerk's words).
    static DatabaseError connectionLost();
    // True for the failures a save may simply run again (serialization failure, deadlock).
    static bool isRetryable(const QSqlError& error);
};
