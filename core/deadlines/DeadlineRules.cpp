#include "deadlines/DeadlineRules.h"

#include "db/Sql.h"

#include <QHash>

DeadlineRules DeadlineRules::load(const QSqlDatabase& db)
{
    QHash<QString, QString> values;
    QSqlQuery query
        = Sql::exec(db, QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'deadline.%'"));
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());

    DeadlineRules rules;
    auto number = [&](const char* key, int fallback) {
        bool ok = false;
        const int value = values.value(QString::fromLatin1(key)).toInt(&ok);
        return ok && value >= 0 ? value : fallback;
    };
    rules.disposalHours = number("deadline.disposal_hours", rules.disposalHours);
    rules.firstVisitDays = number("deadline.first_visit_days", rules.firstVisitDays);
    rules.secondVisitDays = number("deadline.second_visit_days", rules.secondVisitDays);
    rules.followUpDays = number("deadline.follow_up_days", rules.followUpDays);
    const QTime end
        = QTime::fromString(values.value(QStringLiteral("deadline.workday_end")), QStringLiteral("HH:mm"));
    if (end.isValid())
        rules.workdayEnd = end;
    const QStringList days
        = values.value(QStringLiteral("deadline.workdays")).split(u',', Qt::SkipEmptyParts);
    if (!days.isEmpty()) {
        rules.workdays.clear();
        for (const QString& d : days)
            rules.workdays.append(d.trimmed().toInt());
    }
    const QByteArray zone = values.value(QStringLiteral("deadline.time_zone")).toUtf8();
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
        rules.zone = QTimeZone(zone);
    rules.calendarDays = WorkingCalendar::loadExceptions(db);
    return rules;
}

void DeadlineRules::save(const QSqlDatabase& db) const
{
    QStringList days;
    for (int d : workdays)
        days.append(QString::number(d));
    const QList<QPair<QString, QString>> values {
        {QStringLiteral("deadline.disposal_hours"), QString::number(disposalHours)},
        {QStringLiteral("deadline.first_visit_days"), QString::number(firstVisitDays)},
        {QStringLiteral("deadline.second_visit_days"), QString::number(secondVisitDays)},
        {QStringLiteral("deadline.follow_up_days"), QString::number(followUpDays)},
        {QStringLiteral("deadline.workday_end"), workdayEnd.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("deadline.workdays"), days.join(u',')},
        {QStringLiteral("deadline.time_zone"), QString::fromUtf8(zone.id())},
    };
    for (const auto& [key, value] : values)
        Sql::exec(db,
                  QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                  {key, value});
}
