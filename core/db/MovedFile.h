#pragma once

#include "db/DatabaseError.h"
#include "db/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// A database file whose office moved to a server (`qualityloop-cli migrate`): once the copy is
// verified, migrate writes into the file, in the write transaction it held during the copy, a
// settings row naming the server (postgresql://HOST:PORT/DB: no login, no password) and, on
// every table, triggers that refuse INSERT, UPDATE and DELETE with RAISE(ABORT) and a text of
// their own. So whatever would still save in the file afterwards is refused by SQLite itself:
// a window left signed in on it, a command, another copy of the program, an older version.
// Core turns that refusal into a DatabaseError (Kind::Moved) a clerk reads (Sql's messages);
// opening the file to write is refused with the same news (Database), reading it still works
// (cases, export, print, check), as the record of the move.
class MovedFile
{
    Q_DECLARE_TR_FUNCTIONS(MovedFile)
public:
    // The settings row of the marker.
    static QString settingsKey();
    // postgresql://HOST:PORT/DB of a full address: what the marker keeps and the words show.
    static QString serverOf(const QString& address);

    // Inside the caller's write transaction on the file: the marker and the triggers.
    static void mark(const QSqlDatabase& file, const QString& address);
    // The server the file moved to (postgresql://HOST:PORT/DB), or empty: not moved, or a server.
    static QString movedTo(const QSqlDatabase& db);
    // The same for a file by its path, read on a connection of its own (the window's start-up
    // box fills the server's address from it); empty when it cannot be read.
    static QString movedTo(const QString& path);

    // The server of a moved file as the connect dialog is filled: host, port and database, no
    // login (each clerk types their own); nothing when the file did not move.
    static std::optional<ServerAddress> movedServer(const QString& path);

    // The error of a refused change, when detail is the triggers' text; else nothing.
    static std::optional<DatabaseError> refusal(const QString& detail);
    // Opening a moved file to write: what the window's start-up box and a command say.
    static DatabaseError openRefused(const QString& path, const QString& server);
};
