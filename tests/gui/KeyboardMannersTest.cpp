// Issue 12.7 and 12.5: keyboard manners. A step form opens with the focus in its first field,
// Ctrl+S saves and Esc cancels, Alt with a letter that is no mnemonic types nothing into a field,
// and the window's title names the program once.
#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "cases/CaseActions.h"
#include "cases/CaseViewPage.h"
#include "common/DateTimeField.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "steps/PlanDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>

TEST_CASE("Issue 12.7: a step form is worked from the keyboard alone", "[gui][keyboard]")
{
    Translations::install(QStringLiteral("en"));
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toSheetIssued(id);
    MainWindow window(t.db(), f.clock, t.sales);
    window.show();
    window.openCase(id);
    CaseViewPage* view = window.caseViewPage();
    std::unique_ptr<StepDialog> dialog(view->actions().createDialog(WorkflowStep::Plan, view->currentCase()));
    REQUIRE(dialog);
    auto* plan = static_cast<PlanDialog*>(dialog.get());
    plan->show();
    REQUIRE(QTest::qWaitForWindowExposed(plan));
    QApplication::setActiveWindow(plan);

    // The focus starts in the first field of the form.
    CHECK(QApplication::focusWidget() == plan->kindCombo());

    // Alt with a letter the form has no mnemonic for types nothing into a field.
    QLineEdit* address = plan->addressEdit();
    address->setFocus();
    GuiTest::typeInto(address, QStringLiteral("Unit 3, 1 Refinery Road"));
    for (const Qt::Key letter : {Qt::Key_S, Qt::Key_Q, Qt::Key_Z})
        QTest::keyClick(address, letter, Qt::AltModifier);
    CHECK(address->text() == QStringLiteral("Unit 3, 1 Refinery Road"));

    // Ctrl+S saves: a date that cannot be read is refused next to its field and the form stays.
    plan->agencyCombo()->setCurrentIndex(plan->agencyCombo()->findData(t.agencyId));
    auto* appointed = plan->findChild<DateTimeField*>();
    REQUIRE(appointed);
    GuiTest::typeInto(appointed->lineEdit(), QStringLiteral("2026-02-30 9:00"));
    QTest::keyClick(appointed->lineEdit(), Qt::Key_S, Qt::ControlModifier);
    CHECK(plan->isVisible());
    CHECK(appointed->messageLabel()->isVisible());
    CHECK_FALSE(f.flow.load(id).plan.has_value());
    GuiTest::typeInto(appointed->lineEdit(), QStringLiteral("tomorrow 9:00"));
    QTest::keyClick(appointed->lineEdit(), Qt::Key_S, Qt::ControlModifier);
    INFO(plan->generalError().toStdString());
    CHECK(plan->result() == QDialog::Accepted);
    CHECK(f.flow.load(id).plan.has_value());
}

TEST_CASE("Issue 12.7: Esc cancels an untouched step form", "[gui][keyboard]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toSheetIssued(id);
    MainWindow window(t.db(), f.clock, t.sales);
    window.show();
    window.openCase(id);
    CaseViewPage* view = window.caseViewPage();
    std::unique_ptr<StepDialog> dialog(view->actions().createDialog(WorkflowStep::Plan, view->currentCase()));
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog.get(), Qt::Key_Escape);
    CHECK(dialog->result() == QDialog::Rejected);
    CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("Issue 12.5: the window's title names the program once, at its end", "[gui][keyboard]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.sales);
    window.show();
    const QString title = window.windowTitle();
    CHECK(title.count(QStringLiteral("QualityLoop")) == 1);
    // A title that ends with the program's name gets nothing more added by the desktop.
    CHECK(title.endsWith(QStringLiteral("QualityLoop")));
    Translations::install(QStringLiteral("zh_CN"));
    CHECK(window.windowTitle().count(QStringLiteral("QualityLoop")) == 1);
    CHECK(window.windowTitle().endsWith(QStringLiteral("QualityLoop")));
    Translations::install(QStringLiteral("en"));
}
