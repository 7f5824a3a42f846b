#include "dates/DayText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace {
using Day = DayText::Day;

Day dayOf(const QDate& date)
{
    Day d;
    d.state = Day::State::Day;
    d.date = date;
    return d;
}

QRegularExpressionMatch full(const QString& pattern, const QString& text)
{
    return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$")).match(text);
}

// "today", "明天": days from today, or nothing.
bool namedDay(const QString& text, int* offset)
{
    static const QList<QPair<QStringList, int>> words {
        {{QStringLiteral("today"), QStringLiteral("今天"), QStringLiteral("今日"), QStringLiteral("now"),
          QStringLiteral("现在")},
         0},
        {{QStringLiteral("tomorrow"), QStringLiteral("明天"), QStringLiteral("明日")}, 1},
        {{QStringLiteral("day after tomorrow"), QStringLiteral("the day after tomorrow"),
          QStringLiteral("后天")},
         2},
        {{QStringLiteral("yesterday"), QStringLiteral("昨天"), QStringLiteral("昨日")}, -1},
        {{QStringLiteral("day before yesterday"), QStringLiteral("the day before yesterday"),
          QStringLiteral("前天")},
         -2}};
    for (const auto& [names, days] : words)
        if (names.contains(text)) {
            *offset = days;
            return true;
        }
    return false;
}

// 1 (Monday) to 7 (Sunday) for an English or Chinese weekday name, else 0.
int weekday(const QString& name)
{
    static const QList<QStringList> english {
        {QStringLiteral("monday"), QStringLiteral("mon")},
        {QStringLiteral("tuesday"), QStringLiteral("tue"), QStringLiteral("tues")},
        {QStringLiteral("wednesday"), QStringLiteral("wed")},
        {QStringLiteral("thursday"), QStringLiteral("thu"), QStringLiteral("thur"), QStringLiteral("thurs")},
        {QStringLiteral("friday"), QStringLiteral("fri")},
        {QStringLiteral("saturday"), QStringLiteral("sat")},
        {QStringLiteral("sunday"), QStringLiteral("sun")}};
    for (int i = 0; i < english.size(); ++i)
        if (english.at(i).contains(name))
            return i + 1;
    const QRegularExpressionMatch m = full(QStringLiteral("(?:周|星期|礼拜)([一二三四五六日天1-7])"), name);
    if (!m.hasMatch())
        return 0;
    const QString d = m.captured(1);
    const int digit = QStringLiteral("1234567").indexOf(d);
    if (digit >= 0)
        return digit + 1;
    const int han = QStringLiteral("一二三四五六日").indexOf(d);
    return han >= 0 ? han + 1 : 7; // 天: Sunday
}

int monthNumber(const QString& name)
{
    static const QStringList names {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    if (name.size() < 3)
        return 0;
    for (int i = 0; i < names.size(); ++i)
        if (names.at(i).startsWith(name) || (name == QStringLiteral("sept") && i == 8))
            return i + 1;
    return 0;
}

int fullYear(const QString& typed, int currentYear)
{
    if (typed.isEmpty())
        return currentYear;
    const int y = typed.toInt();
    return typed.size() == 2 ? 2000 + y : y;
}

bool relative(const QString& text, const QDate& today, Day* out)
{
    const QRegularExpressionMatch m
        = full(QStringLiteral(R"(([+-]|in\s*)?\s*(\d{1,4})\s*(d|days?|天|w|wks?|weeks?|周|个?星期|个?礼拜))"
                              R"(\s*(后|以后|之后|later|from now)?)"),
               text);
    if (!m.hasMatch())
        return false;
    const QString unit = m.captured(3);
    int days = m.captured(2).toInt();
    if (unit.startsWith(u'w') || unit.contains(QStringLiteral("周")) || unit.contains(QStringLiteral("星期"))
        || unit.contains(QStringLiteral("礼拜")))
        days *= 7;
    if (m.captured(1) == QStringLiteral("-"))
        days = -days;
    *out = dayOf(today.addDays(days));
    return true;
}

bool namedWeekday(const QString& text, const QDate& today, Day* out)
{
    const QRegularExpressionMatch m = full(QStringLiteral(R"((next|this|下个?|本|这个?)?\s*(.+))"), text);
    if (!m.hasMatch())
        return false;
    const int dow = weekday(m.captured(2));
    if (dow == 0)
        return false;
    const QString which = m.captured(1);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    if (which.isEmpty()) // the coming one, today included
        *out = dayOf(today.addDays((dow - today.dayOfWeek() + 7) % 7));
    else if (which == QStringLiteral("next") || which.startsWith(QStringLiteral("下")))
        *out = dayOf(monday.addDays(7 + dow - 1));
    else // this week's
        *out = dayOf(monday.addDays(dow - 1));
    return true;
}

bool numeric(const QString& text, const QDate& today, bool monthFirst, Day* out)
{
    QRegularExpressionMatch m;
    const int year = today.year();
    if ((m = full(QStringLiteral(R"((\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?)"), text))
            .hasMatch()
        || (m = full(QStringLiteral(R"((\d{4})(\d{2})(\d{2}))"), text)).hasMatch()) {
        *out = DayText::make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return true;
    }
    if ((m = full(QStringLiteral(R"((\d{1,2})\s*(?:-|月)\s*(\d{1,2})\s*[日号]?)"), text)).hasMatch()) {
        *out = DayText::make(year, m.captured(1).toInt(), m.captured(2).toInt());
        return true;
    }
    if ((m = full(QStringLiteral(R"((\d{1,2})\s*[日号])"), text)).hasMatch()) {
        *out = DayText::make(year, today.month(), m.captured(1).toInt());
        return true;
    }
    if ((m = full(QStringLiteral(R"((\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?)"), text)).hasMatch()) {
        const int first = m.captured(1).toInt(), second = m.captured(2).toInt();
        *out = DayText::make(fullYear(m.captured(3), year), monthFirst ? first : second,
                             monthFirst ? second : first);
        return true;
    }
    if ((m = full(QStringLiteral(R"((\d{1,2})\.(\d{1,2})\.(\d{4}))"), text)).hasMatch()) {
        *out = DayText::make(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        return true;
    }
    return false;
}

bool withMonthName(const QString& text, const QDate& today, Day* out)
{
    QRegularExpressionMatch m
        = full(QStringLiteral(R"((\d{1,2})(?:st|nd|rd|th)?\s*([a-z]+)\.?,?(?:\s*(\d{4}))?)"), text);
    int day = 0, month = 0;
    QString year;
    if (m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthNumber(m.captured(2));
        year = m.captured(3);
    } else if ((m = full(QStringLiteral(R"(([a-z]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?(?:\s*(\d{4}))?)"), text))
                   .hasMatch()) {
        month = monthNumber(m.captured(1));
        day = m.captured(2).toInt();
        year = m.captured(3);
    }
    if (month == 0)
        return false;
    *out = DayText::make(fullYear(year, today.year()), month, day);
    return true;
}
} // namespace

DayText::Day DayText::make(int year, int month, int day)
{
    Day d;
    if (year < 1900 || year > 2199) {
        d.state = Day::State::Wrong;
        d.error
            = tr("%1 is not a year this program keeps: type it with four digits, such as 2026.").arg(year);
        return d;
    }
    if (month < 1 || month > 12) {
        d.state = Day::State::Wrong;
        d.error = tr("There is no month %1: months go from 1 to 12.").arg(month);
        return d;
    }
    const QDate first(year, month, 1);
    if (day < 1 || day > first.daysInMonth()) {
        d.state = Day::State::Wrong;
        //: The month and year in a message about a day the month does not have ("February 2026").
        const QString monthName = QLocale().toString(first, tr("MMMM yyyy"));
        d.error = tr("There is no day %1 in %2: it has %n day(s).", nullptr, first.daysInMonth())
                      .arg(day)
                      .arg(monthName);
        return d;
    }
    return dayOf(QDate(year, month, day));
}

DayText::Day DayText::parse(const QString& text, const QDate& today, bool monthFirst)
{
    Day d;
    int offset = 0;
    if (text.isEmpty())
        return dayOf(today);
    if (namedDay(text, &offset))
        return dayOf(today.addDays(offset));
    if (relative(text, today, &d) || namedWeekday(text, today, &d) || numeric(text, today, monthFirst, &d)
        || withMonthName(text, today, &d))
        return d;
    return d;
}
