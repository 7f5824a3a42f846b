// Issue 11: the working-day calendar with public holidays and make-up working days (调休),
// used by every clock that counts working days.
#include "FlowDriver.h"
#include "LatestCase.h"
#include "UserError.h"
#include "admin/SettingsService.h"
#include "calendar/CalendarService.h"
#include "db/Sql.h"
#include "deadlines/DeadlineCalculator.h"
#include "flow/FlowCounts.h"
#include "queue/WorkQueue.h"
#include "reports/OverdueQuery.h"

#include <catch2/catch.hpp>

namespace {
const QTimeZone shanghai("Asia/Shanghai");
QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), shanghai).toUTC();
}

CalendarDay day(const QDate& date, CalendarDay::Kind kind, const QString& name, const QString& nameZh = {})
{
    CalendarDay d;
    d.date = date;
    d.kind = kind;
    d.name = name;
    d.nameZh = nameZh;
    return d;
}

User office(TestDatabase& t)
{
    User u;
    u.username = QStringLiteral("office");
    u.displayName = QStringLiteral("Office");
    u.role = Role::Office;
    u.id = Sql::exec(t.connection(),
                     QStringLiteral("INSERT INTO users(username, display_name, role, created_at) "
                                    "VALUES ('office', 'Office', 'office', 0)"))
               .lastInsertId()
               .toLongLong();
    return u;
}

// China's National Day and Mid-Autumn holiday of 2025 as the State Council published it:
// 1 to 8 October off, Sunday 28 September and Saturday 11 October worked.
void enterNationalDay2025(CalendarService& calendar, const User& user)
{
    using K = CalendarDay::Kind;
    calendar.add(
        user, day(QDate(2025, 10, 1), K::Holiday, QStringLiteral("National Day"), QStringLiteral("国庆节")),
        QDate(2025, 10, 8));
    calendar.add(user, day(QDate(2025, 9, 28), K::MakeUpDay, QStringLiteral("National Day make-up day")));
    calendar.add(user, day(QDate(2025, 10, 11), K::MakeUpDay, QStringLiteral("National Day make-up day")));
}

QVariant storedDue(TestDatabase& t, qint64 caseId)
{
    return Sql::scalar(t.connection(), QStringLiteral("SELECT next_due_at FROM cases WHERE id = ?"),
                       {caseId});
}

qint64 auditRows(TestDatabase& t, const QString& where = QStringLiteral("1 = 1"))
{
    return Sql::scalar(t.connection(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'calendar_days' AND ")
                           + where)
        .toLongLong();
}
} // namespace

TEST_CASE("A case logged on the last working day before the National Day week is due after the week",
          "[calendar]")
{
    TestDatabase t;
    FlowDriver d(t);
    CalendarService calendar(t.connection(), d.clock);
    enterNationalDay2025(calendar, t.admin);
    d.flow.reloadRules();

    // Tuesday 30 September, 10:00: due that evening, as before.
    d.clock.set(local(2025, 9, 30, 10));
    qint64 id = d.log();
    CHECK(d.flow.nextDue(d.flow.load(id)).dueAt == local(2025, 9, 30, 17, 30));
    // After hours the same day: the eight days off are skipped; Thursday 9 October.
    d.clock.set(local(2025, 9, 30, 18));
    id = d.log();
    NextDue next = d.flow.nextDue(d.flow.load(id));
    CHECK(next.code == QStringLiteral("send"));
    CHECK(next.dueAt == local(2025, 10, 9, 17, 30));
    CHECK(storedDue(t, id).toLongLong() == local(2025, 10, 9, 17, 30).toSecsSinceEpoch());
    // Logged during the holiday (a Friday): the same.
    d.clock.set(local(2025, 10, 3, 11));
    id = d.log();
    CHECK(d.flow.nextDue(d.flow.load(id)).dueAt == local(2025, 10, 9, 17, 30));
    // Not overdue on the holiday itself; overdue the evening of the 9th.
    d.clock.set(local(2025, 10, 8, 20));
    CHECK_FALSE(d.flow.nextDue(d.flow.load(id)).overdue);
    d.clock.set(local(2025, 10, 9, 17, 31));
    CHECK(d.flow.nextDue(d.flow.load(id)).overdue);
}

TEST_CASE("A make-up Saturday or Sunday is a working day for the send-to-Quality clock", "[calendar]")
{
    TestDatabase t;
    FlowDriver d(t);
    CalendarService calendar(t.connection(), d.clock);
    enterNationalDay2025(calendar, t.admin);
    const DeadlineCalculator calc(DeadlineRules::load(t.connection()));
    // Friday 10 October after hours: due Saturday 11 October, a make-up working day.
    CHECK(calc.sendToQualityDue(local(2025, 10, 10, 19)) == local(2025, 10, 11, 17, 30));
    // Logged on the make-up Saturday morning: due that evening.
    CHECK(calc.sendToQualityDue(local(2025, 10, 11, 9)) == local(2025, 10, 11, 17, 30));
    // Sunday 28 September, worked: due that evening.
    CHECK(calc.sendToQualityDue(local(2025, 9, 28, 9)) == local(2025, 9, 28, 17, 30));
    // An ordinary Saturday stays a day off: due Monday.
    CHECK(calc.sendToQualityDue(local(2025, 10, 18, 9)) == local(2025, 10, 20, 17, 30));
    CHECK(calc.calendar().isWorkingDay(QDate(2025, 10, 11)));
    CHECK_FALSE(calc.calendar().isWorkingDay(QDate(2025, 10, 6)));
}

TEST_CASE("At the year end the clock runs over New Year's Day into the next year's make-up day", "[calendar]")
{
    TestDatabase t;
    MockClock clock;
    CalendarService calendar(t.connection(), clock);
    using K = CalendarDay::Kind;
    calendar.add(t.admin,
                 day(QDate(2026, 1, 1), K::Holiday, QStringLiteral("New Year's Day"), QStringLiteral("元旦")),
                 QDate(2026, 1, 3));
    // Wednesday 31 December 2025 after hours: Thursday 1 and Friday 2 January are off.
    DeadlineCalculator calc(DeadlineRules::load(t.connection()));
    CHECK(calc.sendToQualityDue(local(2025, 12, 31, 18)) == local(2026, 1, 5, 17, 30));
    // With Sunday 4 January worked to make up for it, that Sunday is the day.
    calendar.add(t.admin, day(QDate(2026, 1, 4), K::MakeUpDay, QString(), QStringLiteral("元旦补班")));
    calc = DeadlineCalculator(DeadlineRules::load(t.connection()));
    CHECK(calc.sendToQualityDue(local(2025, 12, 31, 18)) == local(2026, 1, 4, 17, 30));
    CHECK(calendar.year(2025).isEmpty());
    CHECK(calendar.year(2026).size() == 4);
}

TEST_CASE("Holidays are the company's local dates: the time zone decides which day a time falls on",
          "[calendar]")
{
    DeadlineRules rules;
    rules.calendarDays.insert(QDate(2025, 10, 1), false);
    // 17:00 UTC on 30 September is 01:00 on 1 October in Shanghai: a holiday there.
    const QDateTime at(QDate(2025, 9, 30), QTime(17, 0), Qt::UTC);
    rules.zone = shanghai;
    CHECK(DeadlineCalculator(rules).sendToQualityDue(at) == local(2025, 10, 2, 17, 30));
    // A company in London (summer time, 18:00 local) is past its working day: due on
    // 2 October too, at 17:30 London time, since 1 October is its holiday as well.
    rules.zone = QTimeZone("Europe/London");
    CHECK(DeadlineCalculator(rules).sendToQualityDue(at)
          == QDateTime(QDate(2025, 10, 2), QTime(17, 30), rules.zone).toUTC());
    // A company in New York is at 13:00 on 30 September, a working day: due that evening.
    rules.zone = QTimeZone("America/New_York");
    CHECK(DeadlineCalculator(rules).sendToQualityDue(at)
          == QDateTime(QDate(2025, 9, 30), QTime(17, 30), rules.zone).toUTC());
}

TEST_CASE("Only administrators and the office change the calendar: core refuses everyone else", "[calendar]")
{
    TestDatabase t;
    MockClock clock;
    CalendarService calendar(t.connection(), clock);
    const CalendarDay nationalDay
        = day(QDate(2026, 10, 1), CalendarDay::Kind::Holiday, QStringLiteral("National Day"));
    for (const User& user : {t.sales, t.quality, t.technician, t.rnd, t.manager}) {
        INFO(Roles::code(user.role).toStdString());
        CHECK_FALSE(CalendarService::mayChange(user));
        CHECK_THROWS_WITH(calendar.add(user, nationalDay),
                          "Only an administrator or the office can change the working-day calendar.");
        CHECK_THROWS_AS(calendar.importDays(user, {nationalDay}), UserError);
    }
    CHECK(calendar.year(2026).isEmpty());
    const User officeUser = office(t);
    CHECK(calendar.add(officeUser, nationalDay).added == 1);
    const qint64 id = calendar.year(2026).first().id;
    CalendarDay renamed = calendar.year(2026).first();
    renamed.nameZh = QStringLiteral("国庆节");
    CHECK_THROWS_AS(calendar.update(t.sales, renamed), UserError);
    CHECK_THROWS_AS(calendar.remove(t.manager, {id}), UserError);
    CHECK(calendar.year(2026).first().nameZh.isEmpty());
    CHECK(calendar.update(t.admin, renamed).changed == 1);
    CHECK(calendar.remove(officeUser, {id}).removed == 1);
    CHECK(calendar.year(2026).isEmpty());
    CHECK(auditRows(t, QStringLiteral("user_id = ") + QString::number(t.sales.id)) == 0);
}

TEST_CASE("Every change of the calendar is in the audit log, with no case, who and when", "[calendar]")
{
    TestDatabase t;
    MockClock clock(local(2026, 9, 1, 10));
    CalendarService calendar(t.connection(), clock);
    const User officeUser = office(t);
    calendar.add(officeUser,
                 day(QDate(2026, 10, 1), CalendarDay::Kind::Holiday, QStringLiteral("National Day"),
                     QStringLiteral("国庆节")),
                 QDate(2026, 10, 3));
    // Three days, four fields each, all with case_id NULL, by the office user, at the clock's time.
    CHECK(auditRows(t) == 12);
    CHECK(auditRows(t,
                    QStringLiteral("case_id IS NULL AND action = 'create' AND user_id = ")
                        + QString::number(officeUser.id) + QStringLiteral(" AND at = ")
                        + QString::number(clock.now().toSecsSinceEpoch()))
          == 12);
    CHECK(auditRows(t, QStringLiteral("field = 'day' AND new_value = '2026-10-02'")) == 1);
    CHECK(auditRows(t, QStringLiteral("field = 'name_zh' AND new_value = '国庆节'")) == 3);

    CalendarDay second = calendar.day(QDate(2026, 10, 2)).value();
    second.name = QStringLiteral("National Day (2nd day)");
    clock.advanceHours(1);
    calendar.update(t.admin, second);
    CHECK(auditRows(t,
                    QStringLiteral("action = 'update' AND field = 'name' AND old_value = 'National Day' "
                                   "AND new_value = 'National Day (2nd day)' AND case_id IS NULL"))
          == 1);
    calendar.remove(t.admin, {second.id});
    CHECK(auditRows(t, QStringLiteral("action = 'delete' AND entity_id = ") + QString::number(second.id))
          == 4);
    CHECK(auditRows(t, QStringLiteral("action = 'delete' AND field = 'day' AND old_value = '2026-10-02'"))
          == 1);
    // An edit that changes nothing writes nothing.
    const qint64 before = auditRows(t);
    calendar.update(t.admin, calendar.day(QDate(2026, 10, 1)).value());
    CHECK(auditRows(t) == before);
}

TEST_CASE("Wrong input is refused in a clerk's words, next to its field, and nothing is saved", "[calendar]")
{
    TestDatabase t;
    MockClock clock;
    {
        CalendarService calendar(t.connection(), clock);
        using K = CalendarDay::Kind;
        auto fieldsOf = [&](auto&& call) {
            try {
                call();
            } catch (const UserError& e) {
                return e.fieldErrors();
            }
            return QMap<QString, QString>();
        };
        // A make-up day on a Wednesday, which is worked anyway.
        QMap<QString, QString> errors = fieldsOf(
            [&] { calendar.add(t.admin, day(QDate(2026, 9, 30), K::MakeUpDay, QStringLiteral("x"))); });
        CHECK(errors.value(QStringLiteral("date")).contains(QStringLiteral("is a working day already")));
        // No name in either language.
        errors = fieldsOf(
            [&] { calendar.add(t.admin, day(QDate(2026, 10, 1), K::Holiday, QStringLiteral("  "))); });
        CHECK(errors.value(QStringLiteral("name")).contains(QStringLiteral("National Day")));
        // The last day before the first; too long a range.
        errors = fieldsOf([&] {
            calendar.add(t.admin, day(QDate(2026, 10, 7), K::Holiday, QStringLiteral("National Day")),
                         QDate(2026, 10, 1));
        });
        CHECK(errors.value(QStringLiteral("lastDate"))
              == QStringLiteral("The last day cannot be before the first day."));
        errors = fieldsOf([&] {
            calendar.add(t.admin, day(QDate(2026, 7, 1), K::Holiday, QStringLiteral("Summer")),
                         QDate(2026, 8, 31));
        });
        CHECK(errors.value(QStringLiteral("lastDate")) == QStringLiteral("Enter at most 31 days at a time."));
        errors = fieldsOf(
            [&] { calendar.add(t.admin, day(QDate(1999, 10, 1), K::Holiday, QStringLiteral("x"))); });
        CHECK(errors.contains(QStringLiteral("date")));
        CHECK(calendar.year(2026).isEmpty());

        // A week over a day already entered is refused whole.
        calendar.add(t.admin, day(QDate(2026, 10, 3), K::Holiday, QStringLiteral("National Day")));
        errors = fieldsOf([&] {
            calendar.add(t.admin, day(QDate(2026, 10, 1), K::Holiday, QStringLiteral("National Day")),
                         QDate(2026, 10, 7));
        });
        CHECK(errors.value(QStringLiteral("date")).contains(QStringLiteral("already in the calendar")));
        CHECK(calendar.year(2026).size() == 1);
        // Moving a day onto another one is refused; a day removed meanwhile is named as such.
        CHECK(calendar.add(t.admin, day(QDate(2026, 10, 4), K::Holiday, QStringLiteral("National Day"))).added
              == 1);
        CalendarDay moved = calendar.day(QDate(2026, 10, 4)).value();
        moved.date = QDate(2026, 10, 3);
        CHECK(fieldsOf([&] { calendar.update(t.admin, moved); }).contains(QStringLiteral("date")));
        calendar.remove(t.admin, {moved.id});
        CHECK_THROWS_WITH(calendar.update(t.admin, moved),
                          "This day is no longer in the calendar: someone may have removed it.");
    }
    // What was saved survives a restart.
    t.reopen();
    CalendarService again(t.connection(), clock);
    REQUIRE(again.year(2026).size() == 1);
    CHECK(again.year(2026).first().date == QDate(2026, 10, 3));
}

TEST_CASE("A calendar change moves the stored due times of open cases, so queues and overdue lists follow",
          "[calendar]")
{
    TestDatabase t;
    FlowDriver d(t);
    // Logged on Tuesday 30 September 2025 after hours, before the holiday was entered: due 1 October.
    d.clock.set(local(2025, 9, 30, 18));
    const qint64 waiting = d.log();
    const qint64 objection = d.log(true);
    const qint64 sent = d.log();
    d.flow.sendToQuality(t.sales, latest(d.flow, sent));
    CHECK(storedDue(t, waiting).toLongLong() == local(2025, 10, 1, 17, 30).toSecsSinceEpoch());
    const QVariant sentDue = storedDue(t, sent);

    // On 2 October the cases look overdue everywhere a manager looks.
    d.clock.set(local(2025, 10, 2, 9));
    // One line per overdue duty: the objection owes both its sending and its disposal suggestion.
    const OverdueQuery overdue(t.connection());
    CHECK(overdue.rows(d.clock.now()).size() == 3);
    WorkQueue queue(t.connection(), d.clock);
    CHECK(queue.groups(t.manager).first().count == 3);

    // The office enters the National Day week: both move in the same transaction.
    CalendarService calendar(t.connection(), d.clock);
    const CalendarChange change = calendar.add(
        office(t), day(QDate(2025, 10, 1), CalendarDay::Kind::Holiday, QStringLiteral("National Day")),
        QDate(2025, 10, 8));
    CHECK(change.added == 8);
    // The objection's next deadline is now its disposal suggestion (24 hours, 1 October 18:00).
    CHECK(change.casesMoved == 2);
    CHECK(storedDue(t, waiting).toLongLong() == local(2025, 10, 9, 17, 30).toSecsSinceEpoch());
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT next_due_kind FROM cases WHERE id = ?"),
                      {objection})
              .toString()
          == QStringLiteral("disposal"));
    CHECK(storedDue(t, sent) == sentDue);
    CHECK(overdue.rows(d.clock.now()).size() == 1); // only the disposal suggestion is late
    CHECK(queue.groups(t.manager).first().count == 1);
    const QList<FlowStepCount> counts = FlowCounts(t.connection(), d.clock).counts();
    CHECK(counts.first().overdue == 1);

    // After the disposal suggestion the objection waits for the week too.
    d.flow.reloadRules();
    d.flow.giveDisposalSuggestion(t.sales, latest(d.flow, objection),
                                  QStringLiteral("Keep the valve isolated"));
    CHECK(storedDue(t, objection).toLongLong() == local(2025, 10, 9, 17, 30).toSecsSinceEpoch());
    CHECK(overdue.rows(d.clock.now()).isEmpty());

    // Removing the week brings the first of October back, for both.
    QList<qint64> ids;
    for (const CalendarDay& h : calendar.year(2025))
        ids.append(h.id);
    CHECK(calendar.remove(t.admin, ids).casesMoved == 2);
    CHECK(storedDue(t, waiting).toLongLong() == local(2025, 10, 1, 17, 30).toSecsSinceEpoch());
    CHECK(overdue.rows(d.clock.now()).size() == 2);

    // A change of the working day in the settings moves them too: it ends at 16:00 now.
    SettingsService settings(t.connection());
    DeadlineRules rules = settings.deadlines();
    rules.workdayEnd = QTime(16, 0);
    settings.save(t.admin, settings.company(), rules);
    CHECK(storedDue(t, waiting).toLongLong() == local(2025, 10, 1, 16, 0).toSecsSinceEpoch());
}
