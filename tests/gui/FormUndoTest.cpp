// Issue 3 (desktop manners): an undo for edits in a form. Ctrl+Z takes back the form's last
// edit whichever field has the focus; what a serial number filled in goes with it.
#include "common/FormUndo.h"

#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "cases/CaseActions.h"
#include "cases/CaseViewPage.h"
#include "intake/IntakeForm.h"
#include "main/MainWindow.h"
#include "steps/AnalysisDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>

namespace {
void undoKey(QWidget* focus)
{
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
}
void redoKey(QWidget* focus)
{
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}
} // namespace

TEST_CASE("Ctrl+Z in the intake form takes back the last edit of the form", "[gui][undo]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.sales);
    window.show();
    window.newCase();
    IntakeForm* intake = window.intakeForm();
    auto* undoButton = intake->findChild<QPushButton*>(QStringLiteral("formUndo"));
    REQUIRE(undoButton != nullptr);
    CHECK_FALSE(undoButton->isEnabled());

    QTest::keyClicks(intake->customerEdit(), QStringLiteral("Huadong Petrochemical Co."));
    QTest::keyClicks(intake->serialEdit(), t.serialNo);
    REQUIRE(intake->productCombo()->currentData().toLongLong() == t.modelId);
    QTest::keyClicks(intake->symptomEdit(), QStringLiteral("Valve leaks at the stem"));
    QCoreApplication::processEvents();
    CHECK(undoButton->isEnabled());

    // In the symptom box: the symptom goes, then the serial with what it filled, then the customer.
    undoKey(intake->symptomEdit());
    CHECK(intake->symptomEdit()->toPlainText().isEmpty());
    CHECK(intake->serialEdit()->text() == t.serialNo);
    undoKey(intake->symptomEdit());
    CHECK(intake->serialEdit()->text().isEmpty());
    CHECK(intake->productCombo()->currentData().toLongLong() == 0);
    CHECK(intake->customerEdit()->text() == QStringLiteral("Huadong Petrochemical Co."));
    CHECK(window.focusWidget() == intake->serialEdit()); // the field of the edit taken back

    // Redo puts the serial and its product back; a new edit ends the redo.
    redoKey(intake->serialEdit());
    CHECK(intake->serialEdit()->text() == t.serialNo);
    CHECK(intake->productCombo()->currentData().toLongLong() == t.modelId);
    undoKey(intake->serialEdit());
    undoKey(intake->serialEdit());
    CHECK(intake->customerEdit()->text().isEmpty());
    CHECK_FALSE(intake->findChild<QPushButton*>(QStringLiteral("formUndo"))->isEnabled());

    // The undone form is what the draft keeps: nothing typed comes back from disk.
    QTest::keyClicks(intake->customerEdit(), QStringLiteral("Acme"));
    undoKey(intake->customerEdit());
    CHECK(intake->customerEdit()->text().isEmpty());
    REQUIRE(intake->draft().load().has_value());
    CHECK(intake->draft().load()->fields.value(QStringLiteral("customer")).toString().isEmpty());
}

TEST_CASE("Undo in a step form takes back a choice and what it filled in", "[gui][undo]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toRecorded(id);
    MainWindow quality(t.db(), f.clock, t.quality);
    quality.show();
    quality.openCase(id);
    CaseViewPage* view = quality.caseViewPage();
    std::unique_ptr<StepDialog> dialog(
        view->actions().createDialog(WorkflowStep::Analyse, view->currentCase()));
    auto* analysis = static_cast<AnalysisDialog*>(dialog.get());
    analysis->show();
    QTest::keyClicks(analysis->verificationEdit(), QStringLiteral("Reproduced on the bench"));
    QComboBox* grade = analysis->gradeCombo();
    grade->setFocus();
    QTest::keyClick(grade, Qt::Key_Down); // grade A fills its temporary measures
    QCoreApplication::processEvents();
    auto* measures = analysis->findChildren<QPlainTextEdit*>().at(2);
    const QString filled = measures->toPlainText();
    CHECK_FALSE(filled.isEmpty());

    analysis->undo()->undo();
    CHECK(grade->currentIndex() == 0);
    CHECK(analysis->verificationEdit()->toPlainText() == QStringLiteral("Reproduced on the bench"));
    undoKey(analysis->verificationEdit());
    CHECK(analysis->verificationEdit()->toPlainText().isEmpty());
    analysis->findChild<QPushButton*>(QStringLiteral("formRedo"))->click();
    CHECK(analysis->verificationEdit()->toPlainText() == QStringLiteral("Reproduced on the bench"));
    analysis->undo()->redo();
    CHECK(grade->currentIndex() == 1);
    CHECK(measures->toPlainText() == filled);
}
