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

QString indexedBy(const QSqlDatabase& db, const char* index)
{
    return Sql::isServer(db) ? QString() : QStringLiteral(" INDEXED BY ") + QLatin1String(index);
}

bool hasIndex(const QSqlDatabase& db, const QString& name)
{
    const QString sql = Sql::isServer(db)
        ? QStringLiteral(
            "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?")
        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?");
    return Sql::scalar(db, sql, {name}).toInt() > 0;
}

QString joinInOrder(const QSqlDatabase& db)
{
    return Sql::isServer(db) ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString wholeNumber(const QSqlDatabase& db)
{
    return Sql::isServer(db) ? QStringLiteral("CAST(? AS BIGINT)") : QStringLiteral("?");
}

QString asInteger(const QSqlDatabase& db, const QString& condition)
{
    return Sql::isServer(db) ? QStringLiteral("CAST(%1 AS INTEGER)").arg(condition) : condition;
}

QString likeAnyCase(const QSqlDatabase& db)
{
    return Sql::isServer(db) ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString monthOfStamp(const QSqlDatabase& db, const QString& seconds)
{
    if (Sql::isServer(db))
        return QStringLiteral("CAST(EXTRACT(MONTH FROM to_timestamp(%1) AT TIME ZONE 'UTC') AS INTEGER)")
            .arg(seconds);
    return QStringLiteral("CAST(strftime('%m', %1, 'unixepoch') AS INTEGER)").arg(seconds);
}

QString notIndexed(const QSqlDatabase& db, const QString& column)
{
    return Sql::isServer(db) ? column : u'+' + column;
}

} // namespace Dialect
