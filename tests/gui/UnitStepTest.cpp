// Issue 3: Quality records a unit's receipt or reply on its behalf and chooses which unit;
// the reference lists (units, grades with their rules, defects) read in Chinese in Chinese.
#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "cases/CaseActions.h"
#include "cases/CaseViewPage.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "steps/AnalysisDialog.h"
#include "steps/UnitStepDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>
#include <memory>

TEST_CASE("Quality chooses which unit's receipt and reply it records", "[gui][units]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toSheetIssued(id); // R&D and Manufacturing are responsible

    MainWindow quality(t.db(), f.clock, t.quality);
    quality.show();
    quality.openCase(id);
    CaseViewPage* view = quality.caseViewPage();
    REQUIRE(view->stepButton(WorkflowStep::UnitReceipt) != nullptr);
    {
        std::unique_ptr<StepDialog> dialog(
            view->actions().createDialog(WorkflowStep::UnitReceipt, view->currentCase()));
        auto* receipt = qobject_cast<UnitStepDialog*>(dialog.get());
        REQUIRE(receipt != nullptr);
        QComboBox* units = receipt->unitCombo();
        REQUIRE(units->count() == 2);
        CHECK(units->itemText(1).contains(QStringLiteral("Check stock of the batch")));
        units->setFocus();
        QTest::keyClick(units, Qt::Key_Down); // the second: Manufacturing
        CHECK(units->currentData().toLongLong() == t.mfgUnit);
        GuiTest::clickSave(receipt);
        CHECK(receipt->result() == QDialog::Accepted);
    }
    QualityCase c = quality.session().workflow().load(id);
    REQUIRE(c.units.size() == 2);
    for (const CaseUnit& u : c.units)
        CHECK(u.receivedAt.isValid() == (u.unitId == t.mfgUnit));

    // One unit left: one click records it, no form.
    view->reload();
    CHECK(view->actions().createDialog(WorkflowStep::UnitReceipt, view->currentCase()) == nullptr);
    QTest::mouseClick(view->stepButton(WorkflowStep::UnitReceipt), Qt::LeftButton);
    c = quality.session().workflow().load(id);
    for (const CaseUnit& u : c.units)
        CHECK(u.receivedAt.isValid());
    CHECK(view->stepButton(WorkflowStep::UnitReceipt) == nullptr);

    // A unit's own person sees only its own unit.
    {
        MainWindow rnd(t.db(), f.clock, t.rnd);
        rnd.show();
        rnd.openCase(id);
        CaseViewPage* own = rnd.caseViewPage();
        std::unique_ptr<StepDialog> dialog(
            own->actions().createDialog(WorkflowStep::UnitReply, own->currentCase()));
        auto* reply = qobject_cast<UnitStepDialog*>(dialog.get());
        REQUIRE(reply != nullptr);
        REQUIRE(reply->unitCombo()->count() == 1);
        CHECK(reply->unitCombo()->currentData().toLongLong() == t.rndUnit);
    }

    // The reply of R&D, written by Quality from the unit's e-mail; the empty reply is refused.
    {
        std::unique_ptr<StepDialog> dialog(
            view->actions().createDialog(WorkflowStep::UnitReply, view->currentCase()));
        auto* reply = qobject_cast<UnitStepDialog*>(dialog.get());
        REQUIRE(reply != nullptr);
        reply->unitCombo()->setCurrentIndex(reply->unitCombo()->findData(t.rndUnit));
        GuiTest::clickSave(reply);
        CHECK_FALSE(reply->fieldError(QStringLiteral("reply")).isEmpty());
        QTest::keyClicks(reply->replyEdit(), QStringLiteral("Packing supplier changed"));
        GuiTest::clickSave(reply);
        CHECK(reply->result() == QDialog::Accepted);
    }
    c = quality.session().workflow().load(id);
    for (const CaseUnit& u : c.units)
        CHECK(u.repliedAt.isValid() == (u.unitId == t.rndUnit));
}

TEST_CASE("Units, grades and defects read in Chinese when the window is in Chinese", "[gui][units][i18n]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toSheetIssued(id);
    MainWindow quality(t.db(), f.clock, t.quality);
    quality.show();
    Translations::install(QStringLiteral("zh_CN"));
    quality.openCase(id);
    const QString page
        = quality.caseViewPage()->findChild<QTextBrowser*>(QStringLiteral("caseDetails"))->toPlainText();
    CHECK(page.contains(QStringLiteral("研发部")));
    CHECK(page.contains(QStringLiteral("生产部")));
    CHECK(page.contains(QStringLiteral("B 级")));
    CHECK(page.contains(QStringLiteral("电话"))); // the channel, not "phone"
    CHECK_FALSE(page.contains(QStringLiteral("Manufacturing")));

    const QList<Grade> grades = quality.session().reference().grades();
    REQUIRE(grades.size() == 3);
    CHECK(grades.at(0).responseRules.contains(QStringLiteral("总经理")));
    CHECK(grades.at(2).temporaryMeasures.contains(QStringLiteral("客户")));

    const qint64 second = f.log();
    f.toRecorded(second);
    quality.openCase(second);
    std::unique_ptr<StepDialog> dialog(quality.caseViewPage()->actions().createDialog(
        WorkflowStep::Analyse, quality.caseViewPage()->currentCase()));
    auto* analysis = static_cast<AnalysisDialog*>(dialog.get());
    analysis->gradeCombo()->setCurrentIndex(analysis->gradeCombo()->findData(t.gradeA));
    CHECK(analysis->findChild<QLabel*>(QStringLiteral("gradeRules"))
              ->text()
              .contains(QStringLiteral("总经理")));
    Translations::install(QStringLiteral("en"));
    CHECK(
        quality.session().reference().grades().at(0).responseRules.startsWith(QStringLiteral("Safety risk")));
}
