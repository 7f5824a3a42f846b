#include "deadlines/DueText.h"

#include "Clock.h"
#include "FixedClock.h"
#include "dates/DateInput.h"

#include <QLocale>
#include <QRegularExpression>

namespace {
QDateTime withoutSeconds(const QDateTime& at)
{
    const qint64 secs = at.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(secs - secs % 60, Qt::UTC);
}
} // namespace

QDateTime DueText::parse(const QString& text, const QDateTime& now, const QTimeZone& zone)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression spanText(
        QStringLiteral("^\\+?\\s*(\\d{1,3})\\s*(d|day|days|天|日|h|hour|hours|小时|个小时)$"));
    const QRegularExpressionMatch span = spanText.match(t);
    if (span.hasMatch()) {
        const int n = span.captured(1).toInt();
        const QString unit = span.captured(2);
        const bool hours = unit.startsWith(u'h') || unit.contains(QStringLiteral("小时"));
        if (n <= 0)
            return {};
        return withoutSeconds(hours ? now.addSecs(qint64(n) * 3600) : now.addDays(n));
    }
    // A date and time is read as every date field reads it ("2026-03-05 17:00", "3/5 17:00",
    // "tomorrow 9:00"); a date alone is the end of that day.
    const FixedClock clock(now);
    const DateInput input(clock, zone, DateInput::orderOf(QLocale()));
    DateInput::Options options;
    options.required = true;
    options.defaultTime = QTime(23, 59);
    const DateInput::Result r = input.parse(text, DateInput::Kind::DateTime, options);
    if (r.ok && r.at.isValid())
        return r.at;
    return {};
}

QString DueText::span(int hours)
{
    if (hours > 0 && hours % 24 == 0)
        return tr("%n day(s)", nullptr, hours / 24);
    return tr("%n hour(s)", nullptr, hours);
}

QString DueText::moment(const QDateTime& at, const QTimeZone& zone)
{
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DueText::problem()
{
    return tr("Give each unit's deadline as a date and time such as 2026-03-05 17:00, or as \"3 days\".");
}
