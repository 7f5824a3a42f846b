#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QVariantList>

// The calendar months a period runs over, in the company's time zone, each cut to the period
// (a period from 15 January to 10 March has three: 15-31 January, February, 1-10 March).
class MonthBuckets
{
public:
    MonthBuckets(const QDate& from, const QDate& to, const QTimeZone& zone);

    int count() const { return static_cast<int>(m_months.size()); }
    QDate month(int i) const { return m_months.at(i); } // the first day of the month
    QDateTime start(int i) const { return m_bounds.at(i); } // UTC
    QDateTime end(int i) const { return m_bounds.at(i + 1); }
    QDateTime start() const { return m_bounds.first(); }
    QDateTime end() const { return m_bounds.last(); }
    // The same months a year earlier.
    MonthBuckets yearBefore() const;
    // The bucket of a time column inside the period: "CASE WHEN col < ? THEN 0 ... ELSE n-1 END".
    QString sql(const QString& column, QVariantList& binds) const;

private:
    QDate m_from;
    QDate m_to;
    QTimeZone m_zone;
    QList<QDate> m_months;
    QList<QDateTime> m_bounds; // count() + 1
};
