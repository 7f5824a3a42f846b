#pragma once

#include "Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// What a clerk types into a date or time field, understood in the company's time zone:
// "2026-12-03 14:00", "3/12 14:00", "12-03", "12月3日 下午2点", "tomorrow 9:00", "明天 9点",
// "today", "+3d", "+2h", "3 days", "Friday", "周五", "next Friday", "下周五", "now".
//
// - Words and relative dates count from the injected clock's now, in the company's zone:
//   "tomorrow 9:00" is nine in the morning where the company is, whatever the PC's zone.
// - Times are whole minutes: seconds other than :00 are refused, never kept hidden.
// - An impossible date or time ("2026-02-30", "25:00") is refused with a message in a clerk's
//   words; it is never turned into another date. So is a local time the clocks skip (a
//   daylight-saving gap); a time that happens twice is the first of the two.
// - A date without a year is in the current year; a date without a time takes the default time
//   given (the time the field showed), else the present minute.
// - "3/12" is month/day where the window's locale writes months first (English (US), Chinese),
//   day/month where it writes days first (English (UK)); "12-03" is always month-day, as in ISO.
class DateInput
{
    Q_DECLARE_TR_FUNCTIONS(DateInput)
public:
    enum class Kind
    {
        DateTime, // a moment: a day and a time of day
        Date, // a day
        Time, // a time of day
    };
    enum class DayOrder
    {
        MonthFirst,
        DayFirst,
    };

    struct Result
    {
        bool ok = false; // understood, or left empty where that is allowed
        bool empty = false;
        QDateTime at; // DateTime: the moment, in UTC, whole minutes
        QDate date; // Date, and the company's local day of a DateTime
        QTime time; // Time, and the company's local time of a DateTime
        QString error; // when not ok: what is wrong, in a clerk's words
    };

    struct Options
    {
        bool required = false; // an empty text is refused
        QTime defaultTime; // a DateTime typed without a time takes this (invalid: the present minute)
    };

    DateInput(const Clock& clock, QTimeZone zone, DayOrder order = DayOrder::MonthFirst);

    Result parse(const QString& text, Kind kind, const Options& options) const;
    Result parse(const QString& text, Kind kind) const; // optional, the present minute

    // The text a field shows for a value: "2026-12-03 14:00" (in the company's zone),
    // "2026-12-03" or "14:00". Empty for an invalid value.
    QString format(const QDateTime& at) const;
    static QString formatDate(const QDate& date);
    static QString formatTime(const QTime& time);

    // The moment of a local day and time in the zone; invalid with *error set when the clocks
    // skip that time. A time that happens twice gives the first.
    static QDateTime fromLocal(const QDate& date, const QTime& time, const QTimeZone& zone,
                               QString* error = nullptr);
    // Month or day first in the locale's short dates.
    static DayOrder orderOf(const QLocale& locale);
    // A short hint of the forms a field takes, for its placeholder and its tooltip.
    static QString examples(Kind kind);

    const QTimeZone& zone() const { return m_zone; }
    QDateTime now() const; // the clock's now, in the zone, whole minutes
    DayOrder order() const { return m_order; }

private:
    const Clock& m_clock;
    QTimeZone m_zone;
    DayOrder m_order;
};
