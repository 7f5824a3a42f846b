#include "dates/CompanyTime.h"

#include <QRegularExpression>

QString CompanyTime::format(const QLocale& locale)
{
    QString f = locale.dateTimeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?(\\.z+)?"));
    f.remove(seconds);
    return f;
}

QString CompanyTime::minutes(const QDateTime& at, const QTimeZone& zone, const QLocale& locale)
{
    if (!at.isValid())
        return QString();
    return locale.toString(at.toTimeZone(zone), format(locale));
}

QString CompanyTime::compact(const QDateTime& at, const QTimeZone& zone)
{
    if (!at.isValid())
        return QString();
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDate CompanyTime::day(const QDateTime& at, const QTimeZone& zone)
{
    return at.isValid() ? at.toTimeZone(zone).date() : QDate();
}
