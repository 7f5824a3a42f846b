#include "db/Dialect.h"

#include "db/Sql.h"

namespace Dialect {

QString groupConcat(const QSqlDatabase& db, const QString& expression, const QString& separator)
{
    return QStringLiteral("%1(%2, %3)")
        .arg(Sql::isServer(db) ? QStringLiteral("string_agg") : QStringLiteral("group_concat"), expression,
             separator);
}

QString searchKey(const QSqlDatabase& db)
{
    return Sql::isServer(db) ? QStringLiteral("id") : QStringLiteral("rowid");
}

QString monthOfStamp(const QSqlDatabase& db, const QString& seconds)
{
    if (Sql::isServer(db))
        return QStringLiteral("CAST(EXTRACT(MONTH FROM to_timestamp(%1) AT TIME ZONE 'UTC') AS INTEGER)")
            .arg(seconds);
    return QStringLiteral("CAST(strftime('%m', %1, 'unixepoch') AS INTEGER)").arg(seconds);
}

} // namespace Dialect
