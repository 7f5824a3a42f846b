#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QTimeZone>

#include <functional>

// The deadlines already met, counted by the day their case was received, the kind and the unit
// (table clock_days, migration 023), so that the on-time shares of a year at 1,000,000 cases
// read about 5,000 rows instead of 600,000. Triggers keep the counts current in the same
// transaction as each write of case_clocks; this class fills the company's time zone in for them
// and counts the cases a database already had (at opening, a chunk of cases a transaction, so
// an interrupted count goes on where it stopped).
class ClockDays
{
public:
    explicit ClockDays(QSqlDatabase db);
    // Counts what is not counted yet: everything again when the company's time zone is not the
    // one the days were counted in. At most maxChunks chunks (-1: all). Returns the cases counted.
    qint64 sync(qint64 chunkCases = 20000, qint64 maxChunks = -1,
                const std::function<void(qint64 done, qint64 total)>& progress = {}) const;
    // True when every case is counted in this time zone (else the statistics count live).
    static bool isCurrent(const QSqlDatabase& db, const QTimeZone& zone);
    // A local date as the table's day number (days since 1970-01-01).
    static qint64 dayNumber(const QDate& date);

private:
    void resetForZone(const QTimeZone& zone) const;
    QSqlDatabase m_db;
};
