#include "db/ServerAddress.h"

#include "db/DatabaseError.h"

#include <QUrl>

bool ServerAddress::isServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ServerAddress ServerAddress::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString example = QStringLiteral("postgresql://USER@HOST:5432/DATABASE");
    if (!url.password().isEmpty())
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("Leave the password out of the server's address: QualityLoop never keeps "
                               "one. Put it in the PGPASSWORD environment variable or in the file "
                               "~/.pgpass (README: “A shared office”)."));
    ServerAddress a;
    a.user = url.userName();
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    if (!url.isValid() || a.user.isEmpty() || a.host.isEmpty() || a.database.isEmpty()
        || a.database.contains(u'/') || !url.query().isEmpty())
        throw DatabaseError(
            DatabaseError::Kind::CannotOpen,
            tr("“%1” is not the address of a database server. Write it as %2.").arg(text, example));
    return a;
}

QString ServerAddress::text() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}
