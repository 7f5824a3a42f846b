#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// How a moment is shown to a person: in the company's time zone (DeadlineRules::zone, the
// settings' deadline.time_zone), to the minute, never with seconds and never in the machine's
// own zone. Every screen that shows a time goes through here (issue 12.6: "said once").
class CompanyTime
{
public:
    // The locale's short date and time without its seconds: "04/03/2026 18:00" in English,
    // "2026/3/4 18:00" in Chinese. Empty for an invalid moment.
    static QString minutes(const QDateTime& at, const QTimeZone& zone, const QLocale& locale = QLocale());
    // The compact form of list columns, the same in both languages: "2026-03-04 18:00".
    static QString compact(const QDateTime& at, const QTimeZone& zone);
    // The company's local day of a moment (a deadline at the end of a day falls on that day).
    static QDate day(const QDateTime& at, const QTimeZone& zone);
    // The locale's short date-and-time format with the seconds taken out.
    static QString format(const QLocale& locale);
};
