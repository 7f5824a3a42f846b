#include "dates/TimeText.h"

#include <QRegularExpression>

namespace {
// Where a time may start: the start, after a space, right after a Chinese word ("明天9点",
// "3日14:00") or after the T of ISO 8601 ("2026-12-03t14:00").
const QString start = QStringLiteral(R"((?:^|(?<=\s)|(?<=[\x{3400}-\x{9fff}])|(?<=\dt)))");
const QString meridiemWord = QStringLiteral(R"((?:(上午|早上|早晨|中午|下午|晚上)\s*)?)");
const QString amPm = QStringLiteral(R"(\s*(am|pm|a\.m\.|p\.m\.)?)");

const QRegularExpression& clockTime()
{
    static const QRegularExpression re(start + meridiemWord
                                       + QStringLiteral(R"((\d{1,2})[:.](\d{2})(?::(\d{2}))?)") + amPm
                                       + QStringLiteral("$"));
    return re;
}

const QRegularExpression& chineseTime()
{
    static const QRegularExpression re(
        start + meridiemWord + QStringLiteral(R"((\d{1,2})\s*(?:点钟?|时)\s*(?:(半)|(\d{1,2})\s*分?)?$)"));
    return re;
}

const QRegularExpression& hourAmPm()
{
    static const QRegularExpression re(start + QStringLiteral(R"((\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)$)"));
    return re;
}

const QRegularExpression& bareHour()
{
    static const QRegularExpression re(QStringLiteral(R"((?<=\s)(\d{1,2})$)"));
    return re;
}

const QRegularExpression& compactTime()
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2})(\d{2})?$)"));
    return re;
}

// Hour and minute as typed, with the words around them; sets the split's time or error.
void settle(TimeText::Split& s, int hour, int minute, const QString& word, const QString& amPmText,
            const QString& typed)
{
    const bool am = amPmText.startsWith(u'a');
    const bool pm = amPmText.startsWith(u'p');
    if ((am || pm) && (hour < 1 || hour > 12)) {
        s.error = TimeText::outOfRange(typed);
        return;
    }
    if (am && hour == 12)
        hour = 0;
    if (pm && hour < 12)
        hour += 12;
    const bool afternoon = word == QStringLiteral("下午") || word == QStringLiteral("晚上")
        || (word == QStringLiteral("中午") && hour < 11);
    if (afternoon && hour < 12)
        hour += 12;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
        s.error = TimeText::outOfRange(typed);
        return;
    }
    s.time = QTime(hour, minute);
}
} // namespace

QString TimeText::outOfRange(const QString& typed)
{
    return tr("%1 is not a time of day: hours go from 0 to 23 and minutes from 0 to 59.")
        .arg(typed.trimmed());
}

TimeText::Split TimeText::split(const QString& text, bool timeOnly)
{
    Split s;
    if (timeOnly) {
        const QRegularExpressionMatch m = compactTime().match(text);
        if (m.hasMatch()) {
            s.found = true;
            settle(s, m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt(), {}, {},
                   text);
            return s;
        }
    }
    if (const QRegularExpressionMatch m = clockTime().match(text); m.hasMatch()) {
        s.found = true;
        s.rest = text.left(m.capturedStart()).trimmed();
        const QString seconds = m.captured(4);
        if (!seconds.isEmpty() && seconds != QStringLiteral("00")) {
            s.error = tr("Seconds are not kept: type the time as hours and minutes, such as 14:05.");
            return s;
        }
        settle(s, m.captured(2).toInt(), m.captured(3).toInt(), m.captured(1), m.captured(5), m.captured());
    } else if (const QRegularExpressionMatch c = chineseTime().match(text); c.hasMatch()) {
        s.found = true;
        s.rest = text.left(c.capturedStart()).trimmed();
        const int minute
            = c.captured(3).isEmpty() ? (c.captured(4).isEmpty() ? 0 : c.captured(4).toInt()) : 30;
        settle(s, c.captured(2).toInt(), minute, c.captured(1), {}, c.captured());
    } else if (const QRegularExpressionMatch h = hourAmPm().match(text); h.hasMatch()) {
        s.found = true;
        s.rest = text.left(h.capturedStart()).trimmed();
        settle(s, h.captured(1).toInt(), 0, {}, h.captured(2), h.captured());
    } else if (const QRegularExpressionMatch b = bareHour().match(text); b.hasMatch()) {
        s.found = true;
        s.bareHour = true;
        s.rest = text.left(b.capturedStart()).trimmed();
        settle(s, b.captured(1).toInt(), 0, {}, {}, b.captured() + QStringLiteral(":00"));
    }
    if (s.found && s.rest.size() >= 2 && s.rest.endsWith(u't') && s.rest.at(s.rest.size() - 2).isDigit())
        s.rest.chop(1); // 2026-12-03T14:00
    return s;
}
