#include "stats/MonthBuckets.h"

MonthBuckets::MonthBuckets(const QDate& from, const QDate& to, const QTimeZone& zone)
    : m_from(from)
    , m_to(to)
    , m_zone(zone)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    m_bounds.append(QDateTime(from, QTime(0, 0), zone).toUTC());
    for (QDate first(from.year(), from.month(), 1); first <= to; first = first.addMonths(1)) {
        m_months.append(first);
        const QDate next = std::min(first.addMonths(1), to.addDays(1));
        m_bounds.append(QDateTime(next, QTime(0, 0), zone).toUTC());
    }
}

MonthBuckets MonthBuckets::yearBefore() const
{
    return MonthBuckets(m_from.addYears(-1), m_to.addYears(-1), m_zone);
}

QString MonthBuckets::sql(const QString& column, QVariantList& binds) const
{
    if (count() <= 1)
        return QStringLiteral("0");
    QString sql = QStringLiteral("CASE");
    for (int i = 0; i + 1 < count(); ++i) {
        sql += QStringLiteral(" WHEN ") + column + QStringLiteral(" < ? THEN ") + QString::number(i);
        binds.append(end(i).toSecsSinceEpoch());
    }
    return sql + QStringLiteral(" ELSE ") + QString::number(count() - 1) + QStringLiteral(" END");
}
