#include "calendar/WorkingCalendar.h"

#include "db/Sql.h"

WorkingCalendar::WorkingCalendar(QList<int> weekdays, QHash<QDate, bool> exceptions)
    : m_weekdays(std::move(weekdays))
    , m_exceptions(std::move(exceptions))
{
}

bool WorkingCalendar::isWorkingDay(const QDate& day) const
{
    const auto it = m_exceptions.constFind(day);
    return it != m_exceptions.cend() ? it.value() : isWeekday(day);
}

QDate WorkingCalendar::nextWorkingDay(const QDate& day) const
{
    // Long enough for any closure a company has (the Spring Festival week with its weekends).
    constexpr int searchDays = 366;
    for (int i = 1; i <= searchDays; ++i) {
        const QDate next = day.addDays(i);
        if (isWorkingDay(next))
            return next;
    }
    return day.addDays(1);
}

QHash<QDate, bool> WorkingCalendar::loadExceptions(const QSqlDatabase& db)
{
    QHash<QDate, bool> exceptions;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT day, kind FROM calendar_days"));
    while (q.next())
        exceptions.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate),
                          q.value(1).toString() == QLatin1String("workday"));
    return exceptions;
}
