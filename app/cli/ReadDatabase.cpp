#include "ReadDatabase.h"

#include "ShellQuote.h"
#include "db/DatabaseError.h"
#include "db/ServerUpgrade.h"

#include <QDir>

ReadDatabase::ReadDatabase(const QString& path)
    : Database(path, options())
{
    const QString words = older(*this);
    if (!words.isEmpty())
        throw DatabaseError(DatabaseError::Kind::CannotOpen, words);
}

Database::Options ReadDatabase::options()
{
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    readOnly.create = false;
    return readOnly;
}

QString ReadDatabase::older(const Database& db)
{
    const int version = db.schemaVersion();
    const int latest = latestSchemaVersion();
    if (version >= latest)
        return {};
    if (db.isServer())
        return ServerUpgrade::olderForReader(db.connection(), db.path(), version, latest);
    return tr("“%1” is of an older version of QualityLoop (database version %2; this program needs %3). A "
              "command that only reads does not bring it up to date: run once “qualityloop-cli upgrade "
              "--database %4”, or open it once in the window. Nothing was changed.")
        .arg(QDir::toNativeSeparators(db.path()))
        .arg(version)
        .arg(latest)
        .arg(shellQuoted(db.path()));
}
