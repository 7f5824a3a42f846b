#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

// Which days the company works: the weekdays of its working week, except its public holidays
// (days off) and its make-up working days (调休: a weekend day worked instead). Every deadline
// that counts working days asks this (DeadlineCalculator::sendToQualityDue).
class WorkingCalendar
{
public:
    // weekdays as QDate::dayOfWeek (1 = Monday); exceptions: local date -> worked (true) or off.
    explicit WorkingCalendar(QList<int> weekdays = {1, 2, 3, 4, 5}, QHash<QDate, bool> exceptions = {});

    bool isWorkingDay(const QDate& day) const;
    // The first working day after day. A calendar without a working day in the year that
    // follows (not one the settings allow) gives the next calendar day.
    QDate nextWorkingDay(const QDate& day) const;
    bool isWeekday(const QDate& day) const { return m_weekdays.contains(day.dayOfWeek()); }

    // The holidays and make-up days stored in the database (calendar_days), as exceptions.
    static QHash<QDate, bool> loadExceptions(const QSqlDatabase& db);

private:
    QList<int> m_weekdays;
    QHash<QDate, bool> m_exceptions;
};
