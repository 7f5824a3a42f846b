#include "db/MovedFile.h"

#include "db/Database.h"
#include "db/ServerAddress.h"
#include "db/Sql.h"

#include <QDir>
#include <QUrl>

namespace {
// The text of the triggers' RAISE, followed by the server: English, since SQLite itself says it
// to any program (also the sqlite3 shell); core reads it back and says it in the clerk's language.
const QString refusalText = QStringLiteral("QualityLoop: this office has moved to the server ");

QString quotedText(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}
} // namespace

QString MovedFile::settingsKey()
{
    return QStringLiteral("office.moved_to");
}

QString MovedFile::serverOf(const QString& address)
{
    const ServerAddress a = ServerAddress::parse(address);
    return QStringLiteral("postgresql://%1:%2/%3").arg(a.host).arg(a.port).arg(a.database);
}

void MovedFile::mark(const QSqlDatabase& file, const QString& address)
{
    const QString server = serverOf(address);
    Sql::exec(file, QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"),
              {settingsKey(), server});
    // Ordinary tables only: a virtual table (the search index) takes no trigger, and its own
    // storage ("shadow" tables) is written only with the cases, which are refused.
    QSqlQuery tables = Sql::exec(file,
                                 QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                                                "AND type = 'table' AND name NOT LIKE 'sqlite_%' "
                                                "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();
    const QString raise = QStringLiteral("SELECT RAISE(ABORT, %1);").arg(quotedText(refusalText + server));
    for (const QString& table : names)
        for (const QString& event :
             {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")})
            Sql::exec(file,
                      QStringLiteral("CREATE TRIGGER \"moved_%1_%2\" BEFORE %3 ON \"%1\" BEGIN %4 END")
                          .arg(table, event.toLower(), event, raise));
}

QString MovedFile::movedTo(const QSqlDatabase& db)
{
    if (Sql::isServer(db)
        || Sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                      "name = 'settings'"))
                .toInt()
            == 0)
        return {};
    return Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {settingsKey()})
        .toString();
}

QString MovedFile::movedTo(const QString& path)
{
    if (ServerAddress::isServer(path))
        return {};
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    readOnly.create = false;
    readOnly.backgroundCheckpoint = false;
    try {
        const Database db(path, readOnly);
        return movedTo(db.connection());
    } catch (const UserError&) { // not there, not a database: nothing to say about a move
        return {};
    }
}

std::optional<ServerAddress> MovedFile::movedServer(const QString& path)
{
    const QString server = movedTo(path);
    if (server.isEmpty())
        return std::nullopt;
    const QUrl url(server);
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    return address;
}

std::optional<DatabaseError> MovedFile::refusal(const QString& detail)
{
    const qsizetype at = detail.indexOf(refusalText);
    if (at < 0)
        return std::nullopt;
    const QString server = detail.mid(at + refusalText.size()).section(u' ', 0, 0);
    return DatabaseError(
        DatabaseError::Kind::Moved,
        tr("This office has moved to the server %1: File > Connect to server… (nothing was saved here).")
            .arg(server));
}

DatabaseError MovedFile::openRefused(const QString& path, const QString& server)
{
    return DatabaseError(
        DatabaseError::Kind::Moved,
        tr("This office has moved to the server %1 (qualityloop-cli migrate): “%2” refuses every change "
           "and stays as the record of the move; it can still be read. Work on the server: Connect to a "
           "server… with your login there, or --database postgresql://LOGIN@%3. Nothing was changed.")
            .arg(server, QDir::toNativeSeparators(path), server.mid(QStringLiteral("postgresql://").size())));
}
