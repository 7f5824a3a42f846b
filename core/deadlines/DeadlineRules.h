#pragma once

#include "calendar/WorkingCalendar.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QTime>
#include <QTimeZone>

// The company's deadline defaults (DOMAIN.md "Deadlines the product watches"), kept in the
// settings table so an administrator can change them.
struct DeadlineRules
{
    int disposalHours = 24; // 000 3.4.3 disposal suggestion after an objection
    QTime workdayEnd = QTime(17, 30); // 000 3.3.1 send to Quality the same working day
    QList<int> workdays = {1, 2, 3, 4, 5};
    int firstVisitDays = 3; // 002 RV
    int secondVisitDays = 21; // 002 RV
    int followUpDays = 7; // a problem transferred to technical support
    QTimeZone zone = QTimeZone::systemTimeZone();
    // The public holidays and make-up working days (local date -> worked), read by load() from
    // calendar_days; CalendarService changes them, save() leaves them alone.
    QHash<QDate, bool> calendarDays;

    WorkingCalendar calendar() const { return WorkingCalendar(workdays, calendarDays); }

    static DeadlineRules load(const QSqlDatabase& db);
    void save(const QSqlDatabase& db) const;
};
