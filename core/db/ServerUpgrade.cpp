#include "db/ServerUpgrade.h"

#include "db/DatabaseError.h"
#include "db/ServerAddress.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace {
// A query of (owner, allowed): the owner's name when the connection's role is not allowed, else empty.
QString ownerWhenRefused(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q = Sql::exec(db, sql);
    return q.next() && !q.value(1).toBool() ? q.value(0).toString() : QString();
}

QString addressAs(const QString& address, const QString& user)
{
    ServerAddress a = ServerAddress::parse(address);
    a.user = user;
    return a.text();
}

// The owner's name when the connection's role may not upgrade the database, else empty.
QString ownerWhenNotOwner(const QSqlDatabase& db)
{
    return ownerWhenRefused(
        db,
        QStringLiteral("SELECT tableowner, pg_has_role(current_user, tableowner, 'USAGE') "
                       "FROM pg_tables WHERE schemaname = current_schema() "
                       "AND tablename = 'qualityloop_schema'"));
}

QString askTheOwner(const QString& address, int version, int latest, const QString& owner)
{
    return ServerUpgrade::tr(
               "The database %1 is of an older version of QualityLoop (database version %2; this program "
               "needs %3). Only its owner, %4, may bring it up to date: ask your administrator to run once "
               "“qualityloop-cli upgrade --database %5” (README: “A shared office”). Nothing was changed.")
        .arg(address)
        .arg(version)
        .arg(latest)
        .arg(owner, addressAs(address, owner));
}
} // namespace

void ServerUpgrade::requireOwner(const QSqlDatabase& db, const QString& address, int version, int latest)
{
    const QString owner = ownerWhenNotOwner(db);
    if (!owner.isEmpty())
        throw DatabaseError(DatabaseError::Kind::NoRights, askTheOwner(address, version, latest, owner));
}

QString ServerUpgrade::olderForReader(const QSqlDatabase& db, const QString& address, int version, int latest)
{
    const QString owner = ownerWhenNotOwner(db);
    if (!owner.isEmpty())
        return askTheOwner(address, version, latest, owner);
    return tr("The database %1 is of an older version of QualityLoop (database version %2; this program "
              "needs %3). A command that only reads does not bring it up to date: run once "
              "“qualityloop-cli upgrade --database %1” (README: “A shared office”). Nothing was changed.")
        .arg(address)
        .arg(version)
        .arg(latest);
}

void ServerUpgrade::requireMaker(const QSqlDatabase& db, const QString& address)
{
    const QString owner = ownerWhenRefused(db,
                                           QStringLiteral("SELECT pg_catalog.pg_get_userbyid(datdba), "
                                                          "coalesce(has_schema_privilege(current_schema(), "
                                                          "'CREATE'), false) FROM pg_database "
                                                          "WHERE datname = current_database()"));
    if (owner.isEmpty())
        return;
    throw DatabaseError(DatabaseError::Kind::NoRights,
                        tr("The database %1 has no QualityLoop tables yet, and your database user may not "
                           "make them. Only its owner, %2, makes them: ask your administrator to run once "
                           "“qualityloop-cli init --database %3” (README: “A shared office”). Nothing was "
                           "changed.")
                            .arg(address, owner, addressAs(address, owner)));
}
