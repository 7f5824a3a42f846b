#include "calendar/CalendarService.h"

#include "UserError.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "deadlines/DeadlineCalculator.h"
#include "deadlines/StoredDeadlines.h"
#include "workflow/FieldCheck.h"

#include <QLocale>
#include <QSet>

namespace {
const QString table = QStringLiteral("calendar_days");
constexpr int firstYear = 2000;
constexpr int lastYear = 2099;

QString isoDay(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString dayText(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

CalendarDay trimmed(CalendarDay day)
{
    day.name = day.name.simplified();
    day.nameZh = day.nameZh.simplified();
    return day;
}

CalendarDay fromRow(const QSqlQuery& q)
{
    CalendarDay d;
    d.id = q.value(0).toLongLong();
    d.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    d.kind = q.value(2).toString() == QLatin1String("workday") ? CalendarDay::Kind::MakeUpDay
                                                               : CalendarDay::Kind::Holiday;
    d.name = q.value(3).toString();
    d.nameZh = q.value(4).toString();
    return d;
}
} // namespace

CalendarService::CalendarService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

bool CalendarService::mayChange(const User& user)
{
    return user.role == Role::Administrator || user.role == Role::Office;
}

void CalendarService::requireMayChange(const User& actor) const
{
    if (!mayChange(actor))
        throw UserError(tr("Only an administrator or the office can change the working-day calendar."));
}

QString CalendarService::kindCode(CalendarDay::Kind kind)
{
    return kind == CalendarDay::Kind::MakeUpDay ? QStringLiteral("workday") : QStringLiteral("holiday");
}

QString CalendarService::kindName(CalendarDay::Kind kind)
{
    return kind == CalendarDay::Kind::MakeUpDay ? tr("Make-up working day") : tr("Public holiday");
}

QList<CalendarDay> CalendarService::year(int year) const
{
    QList<CalendarDay> days;
    QSqlQuery q = Sql::exec(m_db,
                            QStringLiteral("SELECT id, day, kind, name, name_zh FROM calendar_days "
                                           "WHERE day >= ? AND day < ? ORDER BY day"),
                            {isoDay(QDate(year, 1, 1)), isoDay(QDate(year + 1, 1, 1))});
    while (q.next())
        days.append(fromRow(q));
    return days;
}

std::optional<CalendarDay> CalendarService::find(const QString& where, const QVariant& value) const
{
    QSqlQuery q = Sql::exec(
        m_db, QStringLiteral("SELECT id, day, kind, name, name_zh FROM calendar_days WHERE ") + where,
        {value});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<CalendarDay> CalendarService::day(const QDate& date) const
{
    return find(QStringLiteral("day = ?"), isoDay(date));
}

WorkingCalendar CalendarService::calendar() const
{
    return DeadlineRules::load(m_db).calendar();
}

QDate CalendarService::today() const
{
    return m_clock.now().toTimeZone(DeadlineRules::load(m_db).zone).date();
}

void CalendarService::check(FieldCheck& check, const CalendarDay& day, const WorkingCalendar& calendar) const
{
    check.require(day.date.isValid(), QStringLiteral("date"), tr("Enter the day."));
    check.require(!day.date.isValid() || (day.date.year() >= firstYear && day.date.year() <= lastYear),
                  QStringLiteral("date"),
                  tr("Enter a day between the years %1 and %2.").arg(firstYear).arg(lastYear));
    check.require(day.kind == CalendarDay::Kind::Holiday || !day.date.isValid()
                      || !calendar.isWeekday(day.date),
                  QStringLiteral("date"),
                  tr("%1 is a working day already. A make-up working day is a day off of the working "
                     "week, such as a Saturday, that is worked instead of a holiday.")
                      .arg(dayText(day.date)));
    check.require(!day.name.isEmpty() || !day.nameZh.isEmpty(), QStringLiteral("name"),
                  day.kind == CalendarDay::Kind::Holiday
                      ? tr("Enter the holiday's name in English or in Chinese, such as National Day.")
                      : tr("Enter the name in English or in Chinese, such as National Day make-up day."));
    check.require(day.name.size() <= maxNameLength && day.nameZh.size() <= maxNameLength,
                  QStringLiteral("name"),
                  tr("The name is too long: at most %1 characters.").arg(maxNameLength));
}

void CalendarService::insert(RecordWriter& writer, const CalendarDay& day) const
{
    writer.insert(table, 0,
                  {{QStringLiteral("day"), isoDay(day.date)},
                   {QStringLiteral("kind"), kindCode(day.kind)},
                   {QStringLiteral("name"), day.name},
                   {QStringLiteral("name_zh"), day.nameZh}});
}

int CalendarService::write(RecordWriter& writer, const CalendarDay& day) const
{
    return writer.update(table, day.id, 0,
                         {{QStringLiteral("day"), isoDay(day.date)},
                          {QStringLiteral("kind"), kindCode(day.kind)},
                          {QStringLiteral("name"), day.name},
                          {QStringLiteral("name_zh"), day.nameZh}});
}

int CalendarService::refreshDeadlines() const
{
    const DeadlineCalculator deadlines(DeadlineRules::load(m_db));
    return StoredDeadlines(m_db).refreshWorkingDayClocks(deadlines);
}

CalendarChange CalendarService::add(const User& actor, const CalendarDay& input, const QDate& lastDay)
{
    requireMayChange(actor);
    const CalendarDay first = trimmed(input);
    const QDate last = lastDay.isValid() ? lastDay : first.date;
    const WorkingCalendar working = calendar();
    FieldCheck fields;
    check(fields, first, working);
    if (first.date.isValid()) {
        fields.require(last >= first.date, QStringLiteral("lastDate"),
                       tr("The last day cannot be before the first day."));
        fields.require(first.date.daysTo(last) < maxDaysAtOnce, QStringLiteral("lastDate"),
                       tr("Enter at most %1 days at a time.").arg(maxDaysAtOnce));
    }
    fields.throwIfAny();
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor.id, m_clock.now());
    CalendarChange change;
    for (QDate date = first.date; date <= last; date = date.addDays(1)) {
        CalendarDay day = first;
        day.date = date;
        if (const auto existing = this->day(date))
            throw UserError(
                tr("%1 is already in the calendar as “%2”. Change that day instead, or "
                   "remove it first.")
                    .arg(dayText(date), existing->displayName(false)),
                {{QStringLiteral("date"), tr("%1 is already in the calendar.").arg(dayText(date))}});
        // A make-up day is checked above for its first date; a range of them must all be days off.
        if (day.kind == CalendarDay::Kind::MakeUpDay && working.isWeekday(date)) {
            FieldCheck one;
            check(one, day, working);
            one.throwIfAny();
        }
        insert(writer, day);
        ++change.added;
    }
    change.casesMoved = refreshDeadlines();
    transaction.commit();
    return change;
}

CalendarChange CalendarService::update(const User& actor, const CalendarDay& input)
{
    requireMayChange(actor);
    const CalendarDay day = trimmed(input);
    FieldCheck fields;
    check(fields, day, calendar());
    fields.throwIfAny();
    Transaction transaction(m_db);
    if (!find(QStringLiteral("id = ?"), day.id))
        throw UserError(tr("This day is no longer in the calendar: someone may have removed it."));
    if (const auto other = this->day(day.date); other && other->id != day.id)
        throw UserError(
            tr("%1 is already in the calendar as “%2”. Change that day instead, or remove it "
               "first.")
                .arg(dayText(day.date), other->displayName(false)),
            {{QStringLiteral("date"), tr("%1 is already in the calendar.").arg(dayText(day.date))}});
    RecordWriter writer(m_db, actor.id, m_clock.now());
    CalendarChange change;
    change.changed = write(writer, day) > 0 ? 1 : 0;
    change.unchanged = 1 - change.changed;
    change.casesMoved = refreshDeadlines();
    transaction.commit();
    return change;
}

CalendarChange CalendarService::remove(const User& actor, const QList<qint64>& ids)
{
    requireMayChange(actor);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor.id, m_clock.now());
    CalendarChange change;
    for (qint64 id : ids) {
        if (!find(QStringLiteral("id = ?"), id))
            continue;
        writer.remove(table, id, 0,
                      {QStringLiteral("day"), QStringLiteral("kind"), QStringLiteral("name"),
                       QStringLiteral("name_zh")});
        ++change.removed;
    }
    change.casesMoved = refreshDeadlines();
    transaction.commit();
    return change;
}

CalendarChange CalendarService::importDays(const User& actor, const QList<CalendarDay>& input)
{
    requireMayChange(actor);
    const WorkingCalendar working = calendar();
    QStringList problems;
    QSet<QDate> seen;
    QList<CalendarDay> days;
    for (const CalendarDay& raw : input) {
        CalendarDay day = trimmed(raw);
        day.id = 0;
        if (day.kind == CalendarDay::Kind::MakeUpDay && day.date.isValid() && working.isWeekday(day.date)) {
            day.date = QDate(); // worked anyway: nothing to store
        } else {
            FieldCheck one;
            check(one, day, working);
            try {
                one.throwIfAny();
            } catch (const UserError& error) {
                problems.append(QStringLiteral("%1: %2").arg(isoDay(day.date), error.fieldErrors().first()));
            }
            if (seen.contains(day.date))
                problems.append(tr("%1 is in the file twice.").arg(isoDay(day.date)));
            seen.insert(day.date);
        }
        days.append(day);
    }
    if (input.isEmpty())
        problems.append(tr("The file has no holidays or make-up working days in it."));
    if (!problems.isEmpty())
        throw UserError(tr("Nothing was imported: %1").arg(problems.join(QStringLiteral(" "))));

    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor.id, m_clock.now());
    CalendarChange change;
    for (CalendarDay& day : days) {
        if (!day.date.isValid()) {
            ++change.skipped;
            continue;
        }
        if (const auto existing = this->day(day.date)) {
            day.id = existing->id;
            if (write(writer, day) > 0)
                ++change.changed;
            else
                ++change.unchanged;
        } else {
            insert(writer, day);
            ++change.added;
        }
    }
    change.casesMoved = refreshDeadlines();
    transaction.commit();
    return change;
}
