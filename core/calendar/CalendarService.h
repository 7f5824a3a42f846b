#pragma once

#include "Clock.h"
#include "calendar/CalendarDay.h"
#include "calendar/WorkingCalendar.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

class FieldCheck;
class RecordWriter;

// What one change of the calendar did: days added, changed, removed or found the same (an
// import), and how many open cases' stored deadlines moved with it.
struct CalendarChange
{
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
    int skipped = 0; // make-up days of an import that fall on a working day anyway
    int casesMoved = 0;
};

// The company's public holidays and make-up working days (issue 11). Anyone may read them;
// administrators and the office keep them. Each change is one transaction with its audit rows
// (entity "calendar_days", no case) and brings the stored deadlines of the open cases that
// count working days up to date (StoredDeadlines), so queues and overdue lists follow at once.
// Wrong input is refused in a clerk's words, with the field it belongs to ("date", "lastDate",
// "kind", "name").
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)
public:
    CalendarService(QSqlDatabase db, const Clock& clock);

    static bool mayChange(const User& user);

    // The holidays and make-up days of one year, by date.
    QList<CalendarDay> year(int year) const;
    std::optional<CalendarDay> day(const QDate& date) const;
    // The company's working calendar as it stands: working week and exceptions.
    WorkingCalendar calendar() const;
    // Today in the company's time zone (the year the editor opens on).
    QDate today() const;

    // Adds day for each date from day.date to lastDay (one day when lastDay is invalid), with
    // the same kind and names: a holiday week is one entry.
    CalendarChange add(const User& actor, const CalendarDay& day, const QDate& lastDay = {});
    // Changes the day with day.id (its date, kind or names).
    CalendarChange update(const User& actor, const CalendarDay& day);
    CalendarChange remove(const User& actor, const QList<qint64>& ids);
    // Adds the days of a published calendar (CalendarImport), all or nothing: a date already in
    // the calendar takes the file's kind and names; other days stay as they are.
    CalendarChange importDays(const User& actor, const QList<CalendarDay>& days);

    static QString kindCode(CalendarDay::Kind kind);
    static QString kindName(CalendarDay::Kind kind);
    // The longest name stored, and the most days entered at once.
    static constexpr int maxNameLength = 100;
    static constexpr int maxDaysAtOnce = 31;

private:
    void requireMayChange(const User& actor) const;
    void check(FieldCheck& check, const CalendarDay& day, const WorkingCalendar& calendar) const;
    std::optional<CalendarDay> find(const QString& where, const QVariant& value) const;
    void insert(RecordWriter& writer, const CalendarDay& day) const;
    int write(RecordWriter& writer, const CalendarDay& day) const; // update; fields changed
    int refreshDeadlines() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};
