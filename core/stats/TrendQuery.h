#pragma once

#include "stats/StatsFilter.h"

#include <QList>
#include <QSqlDatabase>

// Cases received, closed and open at the end of each month of a period, beside the same months
// of the year before (issue 13), under the period's filters (product line, customer ...).
struct TrendMonth
{
    QDate month; // the first day of the month
    qint64 received = 0;
    qint64 closed = 0;
    qint64 openAtEnd = 0;
    qint64 receivedYearBefore = 0;
    qint64 closedYearBefore = 0;
    qint64 openAtEndYearBefore = 0;
};

struct TrendResult
{
    QList<TrendMonth> months;
    CaseFilter common; // the filters without the period
    QList<QDateTime> bounds; // count + 1 month boundaries (UTC), cut to the period
    QList<QDateTime> boundsYearBefore;
    enum class Figure
    {
        Received,
        Closed,
        Open
    };
    bool isEmpty() const;
    // The cases behind one bar (a month of this year, or of the year before).
    CaseFilter filterFor(int month, Figure figure, bool yearBefore = false) const;
};

class TrendQuery
{
public:
    TrendQuery(QSqlDatabase db, const QTimeZone& zone);
    TrendResult run(const StatsFilter& filter) const;

private:
    struct Series
    {
        QList<qint64> received;
        QList<qint64> closed;
        QList<qint64> open;
    };
    Series series(const CaseFilter& common, const class MonthBuckets& months) const;
    QSqlDatabase m_db;
    QTimeZone m_zone;
};
