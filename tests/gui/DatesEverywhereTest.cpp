// Issue 12.3: one way to enter a date in the whole window. The case filter, the calendar's day
// dialog and the settings' times are the typed date field; an impossible day is refused next
// to its field and changes nothing. So are the statistics' period and the loops' start.
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "admin/CalendarDayDialog.h"
#include "admin/SettingsDialog.h"
#include "calendar/CalendarService.h"
#include "cases/CaseFilterBar.h"
#include "cases/CaseListPage.h"
#include "common/DateTimeField.h"
#include "loops/LoopSettings.h"
#include "loops/LoopSettingsPage.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "stats/StatsWindow.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimeEdit>

#include <catch2/catch.hpp>

TEST_CASE("Dates are typed the same way in the filter, the calendar and the settings", "[gui][dates]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(t.db(), clock, t.admin);
    window.show();
    window.showCaseList();

    SECTION("the case filter")
    {
        CaseFilterBar* bar = window.findChild<CaseListPage*>()->filterBar();
        CHECK(bar->findChildren<QDateEdit*>().isEmpty());
        auto* from = bar->findChild<DateTimeField*>(QStringLiteral("filterFrom"));
        auto* to = bar->findChild<DateTimeField*>(QStringLiteral("filterTo"));
        REQUIRE(from);
        REQUIRE(to);
        CHECK(to->date() == QDate(2026, 3, 2)); // today by the session's clock
        bar->findChildren<QCheckBox*>().first()->setChecked(true);
        from->setText(QStringLiteral("2026-02-30"));
        CHECK_FALSE(from->problem().isEmpty());
        CHECK_FALSE(bar->filter().receivedFrom.isValid()); // no day, no limit
        from->setText(QStringLiteral("2026-02-01"));
        CHECK(bar->filter().receivedFrom.date() == QDate(2026, 2, 1));
        CHECK(bar->filter().receivedTo.date() == QDate(2026, 3, 3));
    }
    SECTION("the calendar's day")
    {
        CalendarService calendar(t.connection(), clock);
        CalendarDay day;
        day.date = QDate(2026, 10, 1);
        CalendarDayDialog dialog(calendar, t.admin, day, &window);
        dialog.show();
        CHECK(dialog.findChildren<QDateEdit*>().isEmpty());
        auto* first = dialog.findChild<DateTimeField*>(QStringLiteral("date"));
        REQUIRE(first);
        first->setText(QStringLiteral("2026-02-30"));
        dialog.findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("Holiday"));
        CHECK_FALSE(dialog.save());
        CHECK(first->messageLabel()->isVisible());
        CHECK(calendar.year(2026).isEmpty());
        first->setText(QStringLiteral("2026-10-01"));
        CHECK(dialog.save());
        REQUIRE(calendar.year(2026).size() == 1);
        CHECK(calendar.year(2026).first().date == QDate(2026, 10, 1));
    }
    SECTION("the settings' times")
    {
        SettingsDialog dialog(window.session(), &window);
        dialog.show();
        CHECK(dialog.findChildren<QTimeEdit*>().isEmpty());
        auto* end = dialog.findChild<DateTimeField*>(QStringLiteral("workdayEnd"));
        REQUIRE(end);
        end->setText(QStringLiteral("25:00"));
        CHECK_FALSE(dialog.save());
        CHECK(end->messageLabel()->isVisible());
        end->setText(QStringLiteral("17:30"));
        CHECK(dialog.save());
        CHECK(window.session().workflow().deadlines().rules().workdayEnd == QTime(17, 30));
    }
}

TEST_CASE("Dates are typed the same way in the statistics and the loops' settings", "[gui][dates]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    MainWindow window(t.db(), clock, t.admin);
    window.show();

    SECTION("the statistics' period")
    {
        StatsWindow stats(window.session(), &window);
        stats.show();
        CHECK(stats.findChildren<QDateEdit*>().isEmpty());
        auto* from = stats.findChild<DateTimeField*>(QStringLiteral("statsFrom"));
        auto* to = stats.findChild<DateTimeField*>(QStringLiteral("statsTo"));
        REQUIRE(from);
        REQUIRE(to);
        CHECK(from->date() == QDate(2026, 1, 1)); // the year so far, by the session's clock
        CHECK(to->date() == QDate(2026, 3, 2));
        from->setText(QStringLiteral("2026-02-30"));
        stats.refresh();
        CHECK(from->messageLabel()->isVisible());
        auto* message = stats.findChild<QLabel*>(QStringLiteral("statsMessage"));
        REQUIRE(message);
        const QString refused = message->text();
        CHECK_FALSE(refused.isEmpty());
        from->setText(QStringLiteral("2026-02-01"));
        stats.refresh();
        CHECK(message->text() != refused);
    }
    SECTION("the loops' start")
    {
        LoopSettingsPage page(window.session(), &window);
        page.show();
        CHECK(page.findChildren<QDateEdit*>().isEmpty());
        auto* start = page.findChild<DateTimeField*>(QStringLiteral("start"));
        REQUIRE(start);
        const QDate before = LoopSettingsService(t.connection(), clock).load().start;
        start->setText(QStringLiteral("2026-02-30"));
        CHECK_FALSE(page.save());
        CHECK(start->messageLabel()->isVisible());
        CHECK(LoopSettingsService(t.connection(), clock).load().start == before);
        start->setText(QStringLiteral("2026-01-05"));
        CHECK(page.save());
        CHECK(LoopSettingsService(t.connection(), clock).load().start == QDate(2026, 1, 5));
    }
}
