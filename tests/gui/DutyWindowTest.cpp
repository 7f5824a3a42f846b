#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "LatestCase.h"
#include "cases/CaseActions.h"
#include "cases/CaseViewPage.h"
#include "common/DateTimeField.h"
#include "main/MainWindow.h"
#include "steps/AnalysisDialog.h"
#include "steps/PlanDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>
#include <memory>

namespace {
std::unique_ptr<StepDialog> openStep(MainWindow& window, qint64 id, WorkflowStep step)
{
    window.openCase(id);
    CaseViewPage* view = window.caseViewPage();
    std::unique_ptr<StepDialog> dialog(view->actions().createDialog(step, view->currentCase()));
    REQUIRE(dialog);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    return dialog;
}

void choose(QComboBox* combo, qint64 id)
{
    combo->setCurrentIndex(combo->findData(id));
}
} // namespace

TEST_CASE("The analysis form gives each unit its own deadline: a wrong one is refused next to the table",
          "[gui][duties]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toRecorded(id);
    MainWindow window(t.db(), f.clock, t.quality);
    window.show();
    std::unique_ptr<StepDialog> form = openStep(window, id, WorkflowStep::Analyse);
    auto* analysis = qobject_cast<AnalysisDialog*>(form.get());
    REQUIRE(analysis);
    analysis->verificationEdit()->setPlainText(QStringLiteral("Confirmed by photos"));
    auto combos = analysis->findChildren<QComboBox*>();
    choose(combos.at(0), t.categoryId);
    choose(combos.at(1), t.causeId);
    choose(analysis->gradeCombo(), t.gradeA);
    QTableWidget* units = analysis->unitsTable();
    REQUIRE(units->columnCount() == 3);
    CHECK(units->horizontalHeaderItem(2)->text() == QStringLiteral("Reply by"));
    CHECK(units->item(0, 2)->text().startsWith(QStringLiteral("1 day"))); // grade A: 24 hours
    analysis->setUnitTask(t.rndUnit, QStringLiteral("Find the root cause"));
    analysis->setUnitTask(t.mfgUnit, QStringLiteral("Check stock"));
    analysis->setUnitDue(t.rndUnit, QStringLiteral("3 days"));
    analysis->setUnitDue(t.mfgUnit, QStringLiteral("2026-02-30 17:00"));
    GuiTest::screenshot(analysis, QStringLiteral("analysis_unit_deadlines"));
    CHECK_FALSE(analysis->save());
    CHECK(analysis->fieldError(QStringLiteral("units")).contains(QStringLiteral("3 days")));
    CHECK(f.flow.load(id).units.isEmpty()); // nothing saved

    analysis->setUnitDue(t.mfgUnit, QStringLiteral("7 days"));
    REQUIRE(analysis->save());
    const QualityCase c = f.flow.load(id);
    REQUIRE(c.units.size() == 2);
    for (const CaseUnit& u : c.units)
        CHECK(u.dueAt == f.clock.now().addDays(u.unitId == t.rndUnit ? 3 : 7));
}

TEST_CASE("The plan form warns when the appointed arrival breaks the grade's on-site rule", "[gui][duties]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toRecorded(id);
    AnalysisData a = f.analysis();
    a.gradeId = t.gradeA;
    f.flow.analyse(t.quality, latest(f.flow, id), a);
    f.flow.issueFeedbackSheet(t.quality, latest(f.flow, id));
    MainWindow window(t.db(), f.clock, t.sales);
    window.show();
    std::unique_ptr<StepDialog> form = openStep(window, id, WorkflowStep::Plan);
    auto* plan = qobject_cast<PlanDialog*>(form.get());
    REQUIRE(plan);
    CHECK(plan->arrivalWarning()->isHidden()); // the default keeps the rule
    plan->appointedEdit()->setDateTime(f.clock.now().addDays(3).toLocalTime());
    CHECK(plan->arrivalWarning()->isVisible());
    CHECK(plan->arrivalWarning()->text().contains(QStringLiteral("within 24")));
    GuiTest::screenshot(plan, QStringLiteral("plan_arrival_warning"));
    plan->appointedEdit()->setDateTime(f.clock.now().addSecs(6 * 3600).toLocalTime());
    CHECK(plan->arrivalWarning()->isHidden());
}

TEST_CASE("The case's timeline speaks in words: labels, names and local times", "[gui][duties]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toSheetIssued(id);
    MainWindow window(t.db(), f.clock, t.quality);
    window.show();
    window.openCase(id);
    QTreeWidget* timeline = window.caseViewPage()->timeline();
    REQUIRE(timeline);
    QStringList texts;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = timeline->topLevelItem(i);
        texts << group->text(0) << group->text(2);
        for (int j = 0; j < group->childCount(); ++j)
            texts << group->child(j)->text(0) << group->child(j)->text(1) << group->child(j)->text(2);
    }
    const QString all = texts.join(u'\n');
    CHECK(all.contains(QStringLiteral("Manufacturing")));
    CHECK(all.contains(QStringLiteral("Sent to Quality")));
    for (const char* raw : {"case_id", "unit_id", "due_at", "status\n", "T0", "logged\n"})
        CHECK_FALSE(all.contains(QLatin1String(raw)));
    // Its columns are as wide as what they hold: the heading with the zone and the unit's name whole.
    window.resize(1440, 900);
    timeline->expandAll();
    QCoreApplication::processEvents();
    CHECK(timeline->columnWidth(0) >= timeline->header()->sectionSizeHint(0));
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        CHECK(timeline->columnWidth(1)
              > timeline->fontMetrics().horizontalAdvance(timeline->topLevelItem(i)->text(1)));
    GuiTest::screenshot(window.caseViewPage(), QStringLiteral("timeline_in_words"));
}

TEST_CASE("The units' tasks and deadlines are given without a mouse", "[gui][duties][keyboard]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toRecorded(id);
    MainWindow window(t.db(), f.clock, t.quality);
    window.show();
    std::unique_ptr<StepDialog> form = openStep(window, id, WorkflowStep::Analyse);
    auto* analysis = qobject_cast<AnalysisDialog*>(form.get());
    REQUIRE(analysis);
    analysis->verificationEdit()->setPlainText(QStringLiteral("Confirmed by photos"));
    auto combos = analysis->findChildren<QComboBox*>();
    choose(combos.at(0), t.categoryId);
    choose(combos.at(1), t.causeId);
    choose(analysis->gradeCombo(), t.gradeB);
    QTableWidget* units = analysis->unitsTable();
    REQUIRE(units->rowCount() >= 2);
    units->setFocus();
    QApplication::setActiveWindow(analysis);
    REQUIRE(units->currentRow() == 0);
    const auto type = [&](const QString& text) {
        QTest::keyClick(units, Qt::Key_F2);
        QWidget* editor = units->indexWidget(units->currentIndex()); // the cell's editor
        REQUIRE(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the editor closes
    };
    QTest::keyClick(units, Qt::Key_Space); // ticks the first unit
    CHECK(units->item(0, 0)->checkState() == Qt::Checked);
    QTest::keyClick(units, Qt::Key_Right);
    type(QStringLiteral("Find the root cause"));
    QTest::keyClick(units, Qt::Key_Right);
    type(QStringLiteral("3 days"));
    QTest::keyClick(units, Qt::Key_Down);
    QTest::keyClick(units, Qt::Key_Left);
    INFO("at " << units->currentRow() << "," << units->currentColumn());
    type(QStringLiteral("Check stock")); // a task ticks its unit
    CHECK(units->item(1, 0)->checkState() == Qt::Checked);
    CHECK(units->item(0, 1)->text() == QStringLiteral("Find the root cause"));
    // Tab leaves the table in one step.
    QTest::keyClick(units, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != units);
    REQUIRE(analysis->save());
    const QualityCase c = f.flow.load(id);
    REQUIRE(c.units.size() == 2);
    const qint64 first = units->item(0, 0)->data(Qt::UserRole).toLongLong();
    for (const CaseUnit& u : c.units)
        if (u.unitId == first) {
            CHECK(u.task == QStringLiteral("Find the root cause"));
            CHECK(u.dueAt == f.clock.now().addDays(3));
        }
}
