// Issue 12.3: dates and times by keyboard in the step forms. The clerk types "+3d",
// "tomorrow 9:00" or an impossible "2026-02-30" into the appointed arrival of the plan; what is
// understood is shown and stored in whole minutes, what is impossible is refused next to the field
// and nothing is saved.
#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "cases/CaseActions.h"
#include "cases/CaseViewPage.h"
#include "common/CalendarPopup.h"
#include "common/DateTimeField.h"
#include "dates/DateInput.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "steps/PlanDialog.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>

namespace {
std::unique_ptr<StepDialog> openPlan(MainWindow& window, qint64 id)
{
    window.openCase(id);
    CaseViewPage* view = window.caseViewPage();
    std::unique_ptr<StepDialog> dialog(view->actions().createDialog(WorkflowStep::Plan, view->currentCase()));
    REQUIRE(dialog);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    return dialog;
}

// Types into the field and leaves it with Tab, as a clerk does.
void typeAndLeave(DateTimeField* field, const QString& text)
{
    GuiTest::typeInto(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
}
} // namespace

TEST_CASE("Issue 12.3: the appointed arrival takes +3d and tomorrow 9:00 and refuses 2026-02-30",
          "[gui][dates]")
{
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toSheetIssued(id);
    f.clock.set(f.clock.now().addSecs(27)); // a clock with seconds: none of them may be stored
    MainWindow window(t.db(), f.clock, t.sales);
    window.show();
    std::unique_ptr<StepDialog> dialog = openPlan(window, id);
    auto* plan = static_cast<PlanDialog*>(dialog.get());
    plan->agencyCombo()->setCurrentIndex(plan->agencyCombo()->findData(t.agencyId));
    GuiTest::typeInto(plan->addressEdit(), QStringLiteral("Unit 3, 1 Refinery Road"));
    auto* field = plan->findChild<DateTimeField*>();
    REQUIRE(field);
    const QTimeZone zone = window.session().workflow().deadlines().rules().zone;
    const DateInput words(f.clock, zone);
    const QDate today = words.now().date();
    // The field opens with a value in whole minutes, written the one way.
    CHECK(field->dateTime().time().second() == 0);
    CHECK(field->text() == words.format(field->dateTime()));
    const QTime shownTime = field->time();
    const QDate shownDate = field->date();

    SECTION("an impossible date is refused next to the field, kept as typed, and nothing is saved")
    {
        typeAndLeave(field, QStringLiteral("2026-02-30"));
        CHECK(plan->addressEdit()->hasFocus()); // Tab left the field in one step
        CHECK(field->text() == QStringLiteral("2026-02-30"));
        CHECK_FALSE(field->dateTime().isValid());
        CHECK(field->messageLabel()->isVisible());
        CHECK(field->messageLabel()->text()
              == QStringLiteral("There is no day 30 in February 2026: it has 28 days."));
        GuiTest::screenshot(plan, QStringLiteral("plan_impossible_date"));
        GuiTest::clickSave(plan);
        CHECK(plan->result() != QDialog::Accepted);
        CHECK(plan->generalError().contains(QStringLiteral("February 2026")));
        CHECK(field->lineEdit()->hasFocus());
        CHECK(f.flow.load(id).status == CaseStatus::SheetIssued);
        CHECK_FALSE(f.flow.load(id).plan.has_value());

        // Put right, it saves.
        typeAndLeave(field, QStringLiteral("2026-03-20 10:30"));
        CHECK(field->messageLabel()->isHidden());
        GuiTest::clickSave(plan);
        INFO(plan->generalError().toStdString());
        CHECK(plan->result() == QDialog::Accepted);
        const QualityCase c = f.flow.load(id);
        REQUIRE(c.plan.has_value());
        CHECK(words.format(c.plan->appointedAt) == QStringLiteral("2026-03-20 10:30"));
    }
    SECTION("+3d is three days on at the time the field showed, and becomes that date when left")
    {
        GuiTest::typeInto(field->lineEdit(), QStringLiteral("+3d"));
        // While typing, the day understood is said in words below the field.
        CHECK(field->messageLabel()->isVisible());
        CHECK(field->messageLabel()->text().contains(QString::number(today.addDays(3).day())));
        QTest::keyClick(field->lineEdit(), Qt::Key_Tab);
        CHECK(field->date() == today.addDays(3));
        CHECK(field->time() == shownTime);
        CHECK(field->text()
              == DateInput::formatDate(today.addDays(3)) + QStringLiteral(" ")
                  + DateInput::formatTime(shownTime));
        CHECK(field->messageLabel()->isHidden());
        GuiTest::clickSave(plan);
        INFO(plan->generalError().toStdString());
        CHECK(plan->result() == QDialog::Accepted);
        const QualityCase c = f.flow.load(id);
        REQUIRE(c.plan.has_value());
        CHECK(c.plan->appointedAt == DateInput::fromLocal(today.addDays(3), shownTime, zone).toUTC());
        CHECK(c.plan->appointedAt.time().second() == 0);
    }
    SECTION("tomorrow 9:00 is nine in the morning where the company is, no seconds stored")
    {
        typeAndLeave(field, QStringLiteral("tomorrow 9:00"));
        CHECK(field->text() == DateInput::formatDate(today.addDays(1)) + QStringLiteral(" 09:00"));
        GuiTest::clickSave(plan);
        INFO(plan->generalError().toStdString());
        CHECK(plan->result() == QDialog::Accepted);
        const QualityCase c = f.flow.load(id);
        REQUIRE(c.plan.has_value());
        const QDateTime expected = DateInput::fromLocal(today.addDays(1), QTime(9, 0), zone).toUTC();
        CHECK(c.plan->appointedAt == expected);
        CHECK(c.plan->appointedAt.toTimeZone(zone).time() == QTime(9, 0));
        CHECK(c.plan->appointedAt.time().second() == 0);
    }
    SECTION("the calendar opens with Alt+Down and Enter picks the day, keeping the time")
    {
        field->lineEdit()->setFocus();
        QTest::keyClick(field->lineEdit(), Qt::Key_Down, Qt::AltModifier);
        REQUIRE(field->popup());
        REQUIRE(field->popup()->isVisible());
        QWidget* grid = QApplication::focusWidget();
        REQUIRE(grid);
        QTest::keyClick(grid, Qt::Key_Right); // the next day
        QTest::keyClick(grid, Qt::Key_Return);
        CHECK_FALSE(field->popup()->isVisible());
        CHECK(field->date() == shownDate.addDays(1));
        CHECK(field->time() == shownTime);
        CHECK(field->lineEdit()->hasFocus());
    }
}
