#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// A server database of an older version is brought up to date by the role that owns its tables
// (README "A shared office": the owner makes and upgrades the schema; the people's roles may use
// the tables, not change them). Opened by anyone else, the upgrade would fail half-way on the
// first table it alters ("must be owner of table ...", which reads like a missing right of the
// clerk's): this says at once who must do what.
class ServerUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(ServerUpgrade)
public:
    // Throws DatabaseError (NoRights) when the connection's role may not upgrade the database at
    // address from version to latest: neither the tables' owner, a member of it, nor a superuser.
    static void requireOwner(const QSqlDatabase& db, const QString& address, int version, int latest);
    // What a command that only reads (and so never upgrades) says of a server database of an older
    // version: to a clerk the words of requireOwner, the window's; to its owner, the command to run.
    static QString olderForReader(const QSqlDatabase& db, const QString& address, int version, int latest);
    // The same for an empty database (no QualityLoop tables yet): throws DatabaseError (NoRights)
    // naming the database's owner and its `qualityloop-cli init` when this role may not make them.
    static void requireMaker(const QSqlDatabase& db, const QString& address);
};
