#pragma once

#include <QDate>
#include <QString>

// One exception to the company's working week (core/migrations/014_calendar.sql): a public
// holiday on what would be a working day, or a make-up working day (调休) on what would be a
// day off. The date is the company's local date.
struct CalendarDay
{
    enum class Kind
    {
        Holiday,
        MakeUpDay,
    };

    qint64 id = 0;
    QDate date;
    Kind kind = Kind::Holiday;
    QString name; // English
    QString nameZh; // Chinese

    // The name in the language asked for, or in the other one when that one is empty.
    QString displayName(bool chinese) const
    {
        const QString& first = chinese ? nameZh : name;
        return first.isEmpty() ? (chinese ? name : nameZh) : first;
    }
    bool operator==(const CalendarDay& other) const
    {
        return date == other.date && kind == other.kind && name == other.name && nameZh == other.nameZh;
    }
};
