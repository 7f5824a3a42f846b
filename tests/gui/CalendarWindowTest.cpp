// Issue 11: Administration > Working-day calendar, for administrators and the office; the
// holiday editor the first-start setup embeds.
#include "admin/CalendarWindow.h"

#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "TestPaths.h"
#include "admin/CalendarDayDialog.h"
#include "admin/CalendarImportDialog.h"
#include "admin/HolidayEditor.h"
#include "common/DateTimeField.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Session.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
const QTimeZone shanghai("Asia/Shanghai");

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), shanghai).toUTC();
}

User makeOffice(TestDatabase& t)
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

QAction* menuAction(QMenuBar* bar, const QString& text)
{
    for (QAction* top : bar->actions())
        if (top->menu())
            for (QAction* a : top->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}

void fillDay(CalendarDayDialog* dialog, const QDate& first, const QDate& last, const QString& name,
             const QString& nameZh)
{
    dialog->findChild<DateTimeField*>(QStringLiteral("date"))->setDate(first);
    if (last.isValid())
        dialog->findChild<DateTimeField*>(QStringLiteral("lastDate"))->setDate(last);
    GuiTest::typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("name")), name);
    auto* zh = dialog->findChild<QLineEdit*>(QStringLiteral("nameZh"));
    zh->clear();
    zh->insert(nameZh); // as an input method commits it
}

QString cell(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

void shoot(QWidget* w, const QString& name, const QString& lang)
{
    QCoreApplication::processEvents();
    const QString dir = testPath("QL_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    CHECK(w->grab().save(QDir(dir).filePath(name + QLatin1Char('_') + lang + QStringLiteral(".png"))));
}
} // namespace

TEST_CASE("Administrators and the office find the working-day calendar in the Administration menu",
          "[gui][calendar]")
{
    TestDatabase t;
    MockClock clock;
    const User office = makeOffice(t);
    const QString entry = QStringLiteral("&Working-day calendar…");
    {
        MainWindow window(t.db(), clock, t.admin);
        CHECK(menuAction(window.menuBar(), entry));
    }
    {
        MainWindow window(t.db(), clock, office);
        CHECK(menuAction(window.menuBar(), entry));
        CHECK_FALSE(menuAction(window.menuBar(), QStringLiteral("&Settings…"))); // still the administrator's
    }
    {
        MainWindow window(t.db(), clock, t.sales);
        CHECK_FALSE(menuAction(window.menuBar(), entry));
    }
}

TEST_CASE("The office enters the National Day week in the window and the open case's deadline moves",
          "[gui][calendar]")
{
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    FlowDriver d(t);
    const User office = makeOffice(t);
    d.clock.set(local(2025, 9, 30, 18)); // Tuesday after hours
    const qint64 id = d.log();
    {
        MainWindow main(t.db(), d.clock, office);
        CalendarWindow window(main.session(), &main);
        window.show();
        HolidayEditor* editor = window.editor();
        CHECK(editor->year() == 2025);
        CHECK(editor->table()->model()->rowCount() == 0);
        CHECK(editor->summary().contains(QStringLiteral("261 working days")));

        // A week of holidays in one entry.
        QPointer<CalendarDayDialog> dialog = editor->addHoliday();
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        fillDay(dialog, QDate(2025, 10, 1), QDate(2025, 10, 8), QStringLiteral("National Day"),
                QStringLiteral("国庆节"));
        GuiTest::clickSave(dialog);
        QCoreApplication::processEvents();
        CHECK((dialog.isNull() || !dialog->isVisible()));
        CHECK(editor->table()->model()->rowCount() == 8);
        CHECK(cell(editor->table(), 0, 0) == QStringLiteral("2025-10-01"));
        CHECK(cell(editor->table(), 0, 3) == QStringLiteral("National Day"));
        CHECK(editor->message().contains(QStringLiteral("8 days added.")));
        CHECK(editor->message().contains(QStringLiteral("The deadline of 1 open case moved")));
        CHECK(main.session().workflow().nextDue(main.session().workflow().load(id)).dueAt
              == local(2025, 10, 9, 17, 30));
        CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT next_due_at FROM cases WHERE id = ?"), {id})
                  .toLongLong()
              == local(2025, 10, 9, 17, 30).toSecsSinceEpoch());

        // A make-up day on a Wednesday is refused next to the day, and the dialog stays open.
        dialog = editor->addMakeUpDay();
        CHECK(dialog->findChild<DateTimeField*>(QStringLiteral("date"))->date().dayOfWeek() >= 6);
        fillDay(dialog, QDate(2025, 9, 24), {}, QStringLiteral("Make-up day"), QString());
        CHECK_FALSE(dialog->save());
        CHECK(
            dialog->fieldError(QStringLiteral("date")).contains(QStringLiteral("is a working day already")));
        CHECK(dialog->isVisible());
        fillDay(dialog, QDate(2025, 10, 11), {}, QStringLiteral("National Day make-up day"), QString());
        CHECK(dialog->save());
        QCoreApplication::processEvents();
        CHECK(editor->table()->model()->rowCount() == 9);
        CHECK(editor->table()->currentIndex().row() == 8); // the new day is selected

        // Edit the first day's Chinese name; remove the last two days with the Delete key.
        editor->table()->selectRow(0);
        dialog = editor->editCurrent();
        REQUIRE(dialog);
        CHECK_FALSE(dialog->findChild<DateTimeField*>(QStringLiteral("lastDate"))->isVisible());
        auto* zh = dialog->findChild<QLineEdit*>(QStringLiteral("nameZh"));
        zh->clear();
        zh->insert(QStringLiteral("国庆节、中秋节"));
        GuiTest::clickSave(dialog);
        QCoreApplication::processEvents();
        CHECK(cell(editor->table(), 0, 4) == QStringLiteral("国庆节、中秋节"));
        editor->table()->selectRow(7);
        editor->table()->selectionModel()->select(editor->table()->model()->index(8, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QPointer<QMessageBox> box = editor->removeSelected();
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("2 days")));
        QPushButton* remove = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = qobject_cast<QPushButton*>(b);
        REQUIRE(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCoreApplication::processEvents();
        CHECK(editor->table()->model()->rowCount() == 7);
        CHECK(editor->message().contains(QStringLiteral("2 days removed.")));
    }
    // Saved for good: an editor on the file opened again, as after a restart, shows the same year.
    Database reopened(t.path());
    CalendarService again(reopened.connection(), d.clock);
    HolidayEditor editor(again, office);
    CHECK(editor.table()->model()->rowCount() == 7);
}

TEST_CASE("A holiday file is previewed, refused with its bad lines, or imported", "[gui][calendar]")
{
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    MockClock clock(local(2026, 1, 5, 9));
    CalendarService calendar(t.connection(), clock);
    HolidayEditor editor(calendar, t.admin);
    editor.show();
    QTemporaryDir dir;
    auto write = [&](const QString& name, const QByteArray& text) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    };
    const QString bad
        = write(QStringLiteral("bad.csv"), "2026-10-01,holiday,National Day\n2026-10-32,holiday,x\n");
    QPointer<CalendarImportDialog> preview = editor.importFile(bad);
    REQUIRE(preview);
    CHECK_FALSE(preview->canImport());
    CHECK(preview->problems().contains(QStringLiteral("Line 2: “2026-10-32” is not a date")));
    CHECK_FALSE(preview->findChild<QDialogButtonBox*>()->buttons().first()->isEnabled());
    preview->reject();
    QCoreApplication::processEvents();
    CHECK(calendar.year(2026).isEmpty());

    const QString good = write(QStringLiteral("2026.csv"),
                               "date,kind,name,name_zh\n"
                               "2026-01-01..2026-01-03,holiday,New Year's Day,元旦\n"
                               "2026-01-04,workday,New Year make-up day,元旦补班\n");
    preview = editor.importFile(good);
    REQUIRE(preview->canImport());
    CHECK(preview->summary().contains(QStringLiteral("3 public holidays and 1 make-up working day")));
    CHECK(preview->import());
    QCoreApplication::processEvents();
    CHECK(editor.table()->model()->rowCount() == 4);
    CHECK(editor.message() == QStringLiteral("4 days added."));
    CHECK(editor.summary().contains(
        QStringLiteral("3 public holidays (2 of them on working days of the week)")));
}

TEST_CASE("Someone who may not change the calendar sees it read-only", "[gui][calendar]")
{
    TestDatabase t;
    MockClock clock;
    CalendarService calendar(t.connection(), clock);
    CalendarDay day;
    day.date = QDate(2026, 5, 1);
    day.name = QStringLiteral("Labour Day");
    calendar.add(t.admin, day);
    HolidayEditor editor(calendar, t.manager);
    editor.show();
    CHECK(editor.table()->model()->rowCount() == 1);
    editor.table()->selectRow(0);
    CHECK_FALSE(editor.editCurrent());
    CHECK_FALSE(editor.removeSelected());
    for (QPushButton* b : editor.findChildren<QPushButton*>())
        CHECK_FALSE(b->isVisible());
}

TEST_CASE("Screenshots of the working-day calendar", "[gui][calendar][screenshots]")
{
    TestDatabase t;
    MockClock clock(local(2026, 9, 1, 9));
    CalendarService calendar(t.connection(), clock);
    const QByteArray year2026 = "2026-01-01..2026-01-03,holiday,New Year's Day,元旦\n"
                                "2026-01-04,workday,New Year make-up day,元旦补班\n"
                                "2026-02-15..2026-02-23,holiday,Spring Festival,春节\n"
                                "2026-02-14,workday,Spring Festival make-up day,春节补班\n"
                                "2026-02-28,workday,Spring Festival make-up day,春节补班\n"
                                "2026-10-01..2026-10-07,holiday,National Day,国庆节\n"
                                "2026-09-20,workday,National Day make-up day,国庆节补班\n"
                                "2026-10-10,workday,National Day make-up day,国庆节补班\n";
    calendar.importDays(t.admin, CalendarImport::parse(year2026).days);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("holidays-2026.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(year2026);
    file.close();
    MainWindow main(t.db(), clock, t.admin);
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        CalendarWindow window(main.session(), &main);
        window.resize(760, 560);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.editor()->table()->selectRow(20);
        shoot(&window, QStringLiteral("20_calendar"), lang);
        QPointer<CalendarDayDialog> day = window.editor()->addMakeUpDay();
        day->findChild<DateTimeField*>(QStringLiteral("date"))->setDate(QDate(2026, 9, 30));
        CHECK_FALSE(day->save());
        shoot(day, QStringLiteral("21_calendar_day_refused"), lang);
        day->reject();
        day = window.editor()->addHoliday();
        fillDay(day, QDate(2026, 4, 4), QDate(2026, 4, 6), QStringLiteral("Qingming Festival"),
                QStringLiteral("清明节"));
        shoot(day, QStringLiteral("22_calendar_day"), lang);
        day->reject();
        QPointer<CalendarImportDialog> preview = window.editor()->importFile(file.fileName());
        shoot(preview, QStringLiteral("23_calendar_import"), lang);
        preview->reject();
        QCoreApplication::processEvents();
    }
    Translations::install(QStringLiteral("en"));
}
