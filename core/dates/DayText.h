#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The day part of what is typed into a date field (DateInput): "2026-12-03", "2026/12/3",
// "2026年12月3日", "20261203", "12-03", "12月3日", "3日", "3/12" (in the locale's order),
// "3/12/2026", "3.12.2026", "3 Dec", "Dec 3, 2026", "today", "明天", "后天", "+3d", "-2d",
// "3 days", "3天后", "+1w", "Friday", "周五", "next Friday", "下周五", "this Friday", "本周五".
class DayText
{
    Q_DECLARE_TR_FUNCTIONS(DayText)
public:
    struct Day
    {
        enum class State
        {
            NotADay, // not understood as a day at all
            Day, // date is the day
            Wrong, // understood, but no such day: error says why
        };
        State state = State::NotADay;
        QDate date;
        QString error;
    };

    // text normalized (DateInput), today the company's local day; monthFirst: "3/12" is 12 March.
    static Day parse(const QString& text, const QDate& today, bool monthFirst);
    // The day, or why there is none ("February 2026 has only 28 days").
    static Day make(int year, int month, int day);
};
