#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// A deadline as a clerk types it next to a responsible unit's task (issue 12): a span from now
// ("3 days", "3d", "+3d", "48 hours", "48h", "3 天", "48 小时") or a date and time in the company's
// time zone ("2026-03-05 17:00", or a date alone: the end of that day). An impossible date
// ("2026-02-30") is not a deadline: it is never turned into another date.
class DueText
{
    Q_DECLARE_TR_FUNCTIONS(DueText)
public:
    // The moment meant, in UTC, with no seconds; invalid when the text says no deadline.
    static QDateTime parse(const QString& text, const QDateTime& now, const QTimeZone& zone);
    // A span of hours as the form shows a grade's default: "2 days", "36 hours".
    static QString span(int hours);
    // A moment as the form shows a deadline already given: "2026-03-05 17:00" in the zone.
    static QString moment(const QDateTime& at, const QTimeZone& zone);
    // What to say next to the field when parse gives nothing.
    static QString problem();
};
