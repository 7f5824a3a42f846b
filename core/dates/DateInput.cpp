#include "dates/DateInput.h"

#include "dates/DayText.h"
#include "dates/TimeText.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
QString normalize(const QString& text)
{
    // Full-width digits and colons from a Chinese input method count as ASCII ones.
    return text.normalized(QString::NormalizationForm_KC).toLower().simplified();
}

QString notUnderstood(DateInput::Kind kind)
{
    switch (kind) {
    case DateInput::Kind::DateTime:
        return DateInput::tr("Type a date and time such as 2026-03-12 14:00, 3/12 14:00, tomorrow 9:00 or "
                             "+3d.");
    case DateInput::Kind::Date:
        return DateInput::tr("Type a date such as 2026-03-12, 3/12, tomorrow or +3d.");
    case DateInput::Kind::Time:
        return DateInput::tr("Type a time of day such as 14:00 or 9:30.");
    }
    return {};
}

// "+2h", "-30 min", "2 hours", "in 2 hours", "2小时后": minutes from now, or nothing.
bool relativeMinutes(const QString& text, qint64* minutes)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^([+-]|in\s*)?\s*(\d{1,4})\s*(h|hrs?|hours?|小时|个小时|min|mins|minutes?|分钟))"
                       R"(\s*(后|以后|之后|later|from now)?$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QString unit = m.captured(3);
    *minutes = m.captured(2).toLongLong()
        * (unit.startsWith(u'h') || unit.contains(QStringLiteral("时")) ? 60 : 1);
    if (m.captured(1) == QStringLiteral("-"))
        *minutes = -*minutes;
    return true;
}

DateInput::Result failure(const QString& error)
{
    DateInput::Result r;
    r.error = error;
    return r;
}
} // namespace

DateInput::DateInput(const Clock& clock, QTimeZone zone, DayOrder order)
    : m_clock(clock)
    , m_zone(std::move(zone))
    , m_order(order)
{
}

QDateTime DateInput::now() const
{
    QDateTime utc = m_clock.now().toUTC();
    utc = utc.addMSecs(-(utc.time().second() * 1000 + utc.time().msec()));
    return utc.toTimeZone(m_zone);
}

DateInput::Result DateInput::parse(const QString& text, Kind kind) const
{
    return parse(text, kind, Options());
}

DateInput::Result DateInput::parse(const QString& typed, Kind kind, const Options& options) const
{
    const QString text = normalize(typed);
    if (text.isEmpty()) {
        Result r;
        r.empty = true;
        r.ok = !options.required;
        if (options.required)
            r.error = kind == Kind::Time
                ? tr("Enter a time of day.")
                : (kind == Kind::Date ? tr("Enter a date.") : tr("Enter a date and time."));
        return r;
    }
    const QDateTime now = this->now();
    Result r;
    if (kind == Kind::Time) {
        const TimeText::Split t = TimeText::split(text, true);
        if (text == QStringLiteral("now") || text == QStringLiteral("现在"))
            r.time = now.time();
        else if (!t.found || !t.rest.isEmpty())
            return failure(
                t.found && DayText::parse(t.rest, now.date(), true).state != DayText::Day::State::NotADay
                    ? tr("This field takes a time of day only: leave out the date.")
                    : notUnderstood(kind));
        else if (!t.error.isEmpty())
            return failure(t.error);
        else
            r.time = t.time;
        r.ok = true;
        return r;
    }
    QDateTime local;
    if (qint64 minutes = 0; relativeMinutes(text, &minutes)) {
        if (kind == Kind::Date)
            return failure(tr("This field takes a day: count in days, such as +3d."));
        local = now.addSecs(minutes * 60);
    } else {
        TimeText::Split t = TimeText::split(text, false);
        DayText::Day day
            = DayText::parse(t.found ? t.rest : text, now.date(), m_order == DayOrder::MonthFirst);
        if (t.found && t.bareHour && day.state == DayText::Day::State::NotADay) {
            t = {}; // "dec 3": a day's number, not an hour
            day = DayText::parse(text, now.date(), m_order == DayOrder::MonthFirst);
        }
        if (day.state == DayText::Day::State::NotADay)
            return failure(notUnderstood(kind));
        if (day.state == DayText::Day::State::Wrong)
            return failure(day.error);
        if (!t.error.isEmpty())
            return failure(t.error);
        if (kind == Kind::Date) {
            if (t.found)
                return failure(tr("This field takes a day only: leave out the time."));
            r.ok = true;
            r.date = day.date;
            return r;
        }
        const bool isNow = text == QStringLiteral("now") || text == QStringLiteral("现在");
        QTime time = t.found ? t.time : options.defaultTime;
        if (isNow || !time.isValid())
            time = now.time();
        QString gap;
        local = fromLocal(day.date, QTime(time.hour(), time.minute()), m_zone, &gap);
        if (!local.isValid())
            return failure(gap);
    }
    if (kind == Kind::Date) {
        r.date = local.toTimeZone(m_zone).date();
    } else {
        r.at = local.toUTC();
        r.date = local.toTimeZone(m_zone).date();
        r.time = local.toTimeZone(m_zone).time();
    }
    r.ok = true;
    return r;
}

QDateTime DateInput::fromLocal(const QDate& date, const QTime& time, const QTimeZone& zone, QString* error)
{
    // The moments whose local time in the zone is date and time: one, two (the hour the clocks
    // go back) or none (the hour they go forward). Found from the offsets around it, not left
    // to QDateTime's choice.
    const QDateTime asUtc(date, time, Qt::UTC);
    QList<QDateTime> found;
    for (const qint64 around : {-86400, 86400}) {
        const int offset = zone.offsetFromUtc(asUtc.addSecs(around));
        const QDateTime candidate = asUtc.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && !found.contains(candidate))
            found.append(candidate);
    }
    if (found.isEmpty()) {
        if (error)
            *error = tr("%1 on %2 does not exist in the company's time zone (%3): the clocks skip that hour.")
                         .arg(formatTime(time), formatDate(date), QString::fromUtf8(zone.id()));
        return {};
    }
    std::sort(found.begin(), found.end());
    return found.first().toTimeZone(zone);
}

QString DateInput::format(const QDateTime& at) const
{
    return at.isValid() ? at.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString DateInput::formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString DateInput::formatTime(const QTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

DateInput::DayOrder DateInput::orderOf(const QLocale& locale)
{
    const QString f = locale.dateFormat(QLocale::ShortFormat);
    const auto day = f.indexOf(u'd'), month = f.indexOf(u'M');
    return day >= 0 && month >= 0 && day < month ? DayOrder::DayFirst : DayOrder::MonthFirst;
}

QString DateInput::examples(Kind kind)
{
    switch (kind) {
    case Kind::DateTime:
        return tr("e.g. 3/12 14:00, tomorrow 9:00, +3d");
    case Kind::Date:
        return tr("e.g. 2026-03-12, 3/12, +3d");
    case Kind::Time:
        return tr("e.g. 14:00");
    }
    return {};
}
