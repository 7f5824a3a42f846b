#pragma once

#include "calendar/CalendarDay.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

// What a file of holidays holds: the days read and what is wrong in it, line by line.
struct CalendarFile
{
    QList<CalendarDay> days;
    QStringList problems; // "Line 4: …", in a clerk's words; an empty list: the file is good
};

// Reads a year's public holidays and make-up working days as they are published (issue 11):
// - a text or CSV file, one day or range a line (comma, semicolon or tab; UTF-8 with or without
//   BOM, or GB18030); lines starting with # and a header line are skipped:
//       2026-10-01..2026-10-07, holiday, National Day, 国庆节
//       2026-09-20, workday, National Day make-up day, 国庆节补班
//   (a range may also be written 2026-10-01~2026-10-07, or as two date columns; dates as
//   2026-10-01, 2026/10/1 or 2026年10月1日; the kind as holiday/workday, or 休/班);
// - an iCalendar file (.ics): each all-day event a holiday, or a make-up day when its summary
//   says so (补班, 上班, 班, "working day");
// - the JSON of the widely used holiday-cn data ({"days": [{"name", "date", "isOffDay"}]}).
// Reading never touches the database; CalendarService::importDays stores the days.
class CalendarImport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarImport)
public:
    static CalendarFile readFile(const QString& path);
    static CalendarFile parse(const QByteArray& bytes);

    // Files larger than this are not calendars.
    static constexpr qint64 maxFileBytes = 1024 * 1024;

private:
    static QString decode(const QByteArray& bytes);
    static CalendarFile parseText(const QString& text);
    static CalendarFile parseICalendar(const QString& text);
    static CalendarFile parseJson(const QByteArray& bytes);
    // Adds the days from first to last, or the line's problem; seen: the dates added so far.
    static void addRange(CalendarFile& file, QSet<QDate>& seen, int line, const QDate& first,
                         const QDate& last, CalendarDay::Kind kind, const QString& name,
                         const QString& nameZh);
};
