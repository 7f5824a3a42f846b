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

} // namespace Dialect
