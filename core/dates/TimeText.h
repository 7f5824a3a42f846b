#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTime>

// The time-of-day part of what is typed into a date or time field (DateInput): "14:00",
// "9:30pm", "2 pm", "下午2点", "14点半", "9时", and in a field of times alone "14", "1400".
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    struct Split
    {
        bool found = false; // the text ends in a time of day
        QString rest; // what comes before it (the day), trimmed
        QTime time; // when right
        QString error; // when found but impossible ("25:00", seconds)
        bool bareHour = false; // only a number ("tomorrow 9"): may be a day's number instead
    };

    // Finds a time of day at the end of a normalized text (DateInput::normalize).
    // timeOnly: the whole text is a time ("14", "1400" count as times).
    static Split split(const QString& text, bool timeOnly);
    // The error for an hour or minute out of range, as typed.
    static QString outOfRange(const QString& typed);
};
