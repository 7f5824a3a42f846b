#include "db/NumberAllocator.h"

#include "db/Sql.h"

QString NumberAllocator::next(const QSqlDatabase& db, const QString& prefix, int year)
{
    const qint64 n
        = Sql::scalar(
              db,
              QStringLiteral("INSERT INTO counters(kind, year, last) VALUES (?, ?, 1) "
                             "ON CONFLICT(kind, year) DO UPDATE SET last = counters.last + 1 RETURNING last"),
              {prefix, year})
              .toLongLong();
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(n, 5, 10, QLatin1Char('0'));
}
