// Issue 3: a clerk, an engineer, a unit and a technician take one case through the whole main
// flow in the window; after each step the test checks what landed in the database (through
// core's services) and what the queues show.
#include "GuiTestSupport.h"
#include "LatestCase.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "auth/UserService.h"
#include "cases/CaseActions.h"
#include "cases/CaseViewPage.h"
#include "intake/IntakeForm.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "queue/MyWorkPage.h"
#include "steps/AnalysisDialog.h"
#include "steps/CloseDialog.h"
#include "steps/FirstVisitDialog.h"
#include "steps/PlanDialog.h"
#include "steps/SecondVisitDialog.h"
#include "steps/ServiceDialog.h"
#include "steps/UnitStepDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>
#include <memory>

namespace {
qint64 countOf(MainWindow& w, const QString& key)
{
    // As a person pressing Refresh: another window may have moved the case since the last count.
    w.myWorkPage()->reload();
    REQUIRE(GuiTest::waitForCounts(w));
    for (const QueueGroup& g : w.myWorkPage()->groups())
        if (g.key == key)
            return g.count;
    return -1;
}

std::unique_ptr<StepDialog> dialogFor(MainWindow& w, WorkflowStep step)
{
    CaseViewPage* view = w.caseViewPage();
    REQUIRE(view->stepButton(step) != nullptr);
    return std::unique_ptr<StepDialog>(view->actions().createDialog(step, view->currentCase()));
}
} // namespace

TEST_CASE("A case goes through the whole main flow in the window", "[gui][flow]")
{
    TestDatabase t;
    MockClock clock;

    // R1 intake by the sales clerk, at the keyboard.
    MainWindow sales(t.db(), clock, t.sales);
    sales.show();
    REQUIRE(QTest::qWaitForWindowExposed(&sales));
    sales.newCase();
    IntakeForm* intake = sales.intakeForm();
    REQUIRE(sales.currentPage() == intake);
    QTest::keyClicks(intake->customerEdit(), QStringLiteral("Huadong Petrochemical Co."));
    QTest::keyClicks(intake->serialEdit(), t.serialNo);
    CHECK(intake->productCombo()->currentData().toLongLong() == t.modelId);
    CHECK(intake->batchEdit()->text() == QStringLiteral("B2025-031"));
    CHECK_FALSE(intake->serialWarning()->isVisible());
    QTest::keyClicks(intake->symptomEdit(), QStringLiteral("Valve leaks at the stem after two weeks"));
    CHECK(intake->draft().exists());
    sales.activateWindow();
    QTest::keyClick(intake->symptomEdit(), Qt::Key_S, Qt::ControlModifier);
    if (sales.currentPage() == intake) // no active window on some platforms: Save with the mouse
        QTest::mouseClick(intake->findChild<QPushButton*>(QStringLiteral("intakeSave")), Qt::LeftButton);
    REQUIRE(sales.currentPage() == sales.caseViewPage());
    const qint64 id = sales.caseViewPage()->caseId();
    QualityCase c = sales.session().workflow().load(id);
    CHECK(c.status == CaseStatus::Logged);
    CHECK(c.customerId == t.customerId);
    CHECK(c.serialNo == t.serialNo);
    CHECK(c.batchNo == QStringLiteral("B2025-031"));
    CHECK_FALSE(intake->draft().exists());
    CHECK(countOf(sales, QStringLiteral("logged")) == 1);

    // The same serial now warns of the open case.
    sales.newCase();
    QTest::keyClicks(intake->serialEdit(), t.serialNo);
    CHECK(intake->serialWarning()->isVisibleTo(intake));
    intake->draft().clear();
    sales.openCase(id);

    // R2 sent by Sales, recorded by Quality.
    QTest::mouseClick(sales.caseViewPage()->stepButton(WorkflowStep::SendToQuality), Qt::LeftButton);
    CHECK(sales.session().workflow().load(id).status == CaseStatus::SentToQuality);
    CHECK(countOf(sales, QStringLiteral("logged")) == 0);

    MainWindow quality(t.db(), clock, t.quality);
    quality.show();
    CHECK(countOf(quality, QStringLiteral("sent")) == 1);
    quality.openCase(id);
    QTest::mouseClick(quality.caseViewPage()->stepButton(WorkflowStep::RecordByQuality), Qt::LeftButton);
    CHECK(quality.session().workflow().load(id).status == CaseStatus::Recorded);
    CHECK(countOf(quality, QStringLiteral("recorded")) == 1);

    // R3 analysis: an empty form is refused with messages next to the fields.
    {
        auto dialog = dialogFor(quality, WorkflowStep::Analyse);
        auto* analysis = static_cast<AnalysisDialog*>(dialog.get());
        GuiTest::clickSave(analysis);
        CHECK_FALSE(analysis->fieldError(QStringLiteral("verification")).isEmpty());
        CHECK(quality.session().workflow().load(id).status == CaseStatus::Recorded);
        QTest::keyClicks(analysis->verificationEdit(),
                         QStringLiteral("Stem packing worn; reproduced on the bench"));
        analysis->findChildren<QComboBox*>().at(0)->setCurrentIndex(1); // category
        analysis->findChildren<QComboBox*>().at(1)->setCurrentIndex(1); // cause
        analysis->gradeCombo()->setCurrentIndex(analysis->gradeCombo()->findData(t.gradeB));
        CHECK(analysis->findChild<QLabel*>(QStringLiteral("gradeRules"))
                  ->text()
                  .contains(QStringLiteral("Response rules")));
        analysis->setUnitTask(t.rndUnit, QStringLiteral("Check the packing material"));
        GuiTest::clickSave(analysis);
        CHECK(analysis->result() == QDialog::Accepted);
    }
    c = quality.session().workflow().load(id);
    CHECK(c.status == CaseStatus::Analysed);
    CHECK(c.gradeId == t.gradeB);
    REQUIRE(c.units.size() == 1);
    CHECK(c.units.first().unitId == t.rndUnit);

    // R4 the feedback sheet; the unit records receipt and reply.
    QTest::mouseClick(quality.caseViewPage()->stepButton(WorkflowStep::IssueSheet), Qt::LeftButton);
    c = quality.session().workflow().load(id);
    CHECK(c.status == CaseStatus::SheetIssued);
    REQUIRE(c.sheet.has_value());
    MainWindow unit(t.db(), clock, t.rnd);
    unit.show();
    CHECK(countOf(unit, QStringLiteral("unit_reply")) == 1);
    unit.openCase(id);
    QTest::mouseClick(unit.caseViewPage()->stepButton(WorkflowStep::UnitReceipt), Qt::LeftButton);
    {
        auto dialog = dialogFor(unit, WorkflowStep::UnitReply);
        QTest::keyClicks(static_cast<UnitStepDialog*>(dialog.get())->replyEdit(),
                         QStringLiteral("New packing from batch 7"));
        GuiTest::clickSave(dialog.get());
    }
    c = unit.session().workflow().load(id);
    CHECK(c.units.first().receivedAt.isValid());
    CHECK(c.units.first().reply == QStringLiteral("New packing from batch 7"));
    unit.session().notifyChanged(id);
    CHECK(countOf(unit, QStringLiteral("unit_reply")) == 0);

    // R5 the plan by Sales: on-site service, the technician who knows valves offered first.
    sales.session().notifyChanged(id);
    CHECK(countOf(sales, QStringLiteral("sheet_issued")) == 1);
    sales.openCase(id);
    {
        auto dialog = dialogFor(sales, WorkflowStep::Plan);
        auto* plan = static_cast<PlanDialog*>(dialog.get());
        plan->agencyCombo()->setCurrentIndex(plan->agencyCombo()->findData(t.agencyId));
        CHECK(plan->technicianCombo()->currentData().toLongLong() == t.technician.technicianId);
        GuiTest::clickSave(plan);
        CHECK_FALSE(plan->fieldError(QStringLiteral("address")).isEmpty()); // no site address on the call
        QTest::keyClicks(plan->addressEdit(), QStringLiteral("Unit 3, 1 Refinery Road"));
        GuiTest::clickSave(plan);
        INFO(plan->generalError().toStdString());
        CHECK(plan->generalError().isEmpty());
    }
    c = sales.session().workflow().load(id);
    CHECK(c.status == CaseStatus::Planned);
    REQUIRE(c.plan.has_value());
    CHECK(c.plan->technicianId == t.technician.technicianId);

    // R6 the technician records the on-site service.
    MainWindow tech(t.db(), clock, t.technician);
    tech.show();
    CHECK(countOf(tech, QStringLiteral("service")) == 1);
    MainWindow otherTech(t.db(), clock, t.otherTechnician);
    otherTech.show();
    CHECK(countOf(otherTech, QStringLiteral("service")) == 0);
    tech.openCase(id);
    {
        auto dialog = dialogFor(tech, WorkflowStep::OnSiteService);
        auto* service = static_cast<ServiceDialog*>(dialog.get());
        QTest::keyClicks(service->workDoneEdit(), QStringLiteral("Replaced the stem packing"));
        auto* result = service->resultEdit();
        QTest::keyClicks(result, QStringLiteral("No leak at 16 bar"));
        GuiTest::clickSave(service);
        CHECK(service->generalError().isEmpty());
    }
    c = tech.session().workflow().load(id);
    CHECK(c.status == CaseStatus::Implemented);
    REQUIRE(c.service.has_value());

    // R7 and R8: the return visits by Sales.
    clock.advanceDays(2);
    sales.session().notifyChanged(id);
    CHECK(countOf(sales, QStringLiteral("implemented")) == 1);
    {
        auto dialog = dialogFor(sales, WorkflowStep::FirstVisit);
        auto* visit = static_cast<FirstVisitDialog*>(dialog.get());
        for (int r = 0; r < visit->itemsTable()->rowCount(); ++r)
            visit->itemsTable()->item(r, 0)->setCheckState(Qt::Checked);
        GuiTest::typeInto(visit->marksBox(), QStringLiteral("92"));
        GuiTest::clickSave(visit);
        CHECK(visit->generalError().isEmpty());
    }
    c = sales.session().workflow().load(id);
    CHECK(c.status == CaseStatus::FirstVisited);
    REQUIRE(c.visit(VisitKind::First) != nullptr);
    CHECK(c.visit(VisitKind::First)->marks == 92);
    clock.advanceDays(14);
    sales.caseViewPage()->reload();
    {
        auto dialog = dialogFor(sales, WorkflowStep::SecondVisit);
        const QList<QPlainTextEdit*> texts = dialog->findChildren<QPlainTextEdit*>();
        QTest::keyClicks(texts.at(0), QStringLiteral("Running daily, no leak"));
        QTest::keyClicks(texts.at(1), QStringLiteral("Satisfied with the repair"));
        GuiTest::clickSave(dialog.get());
    }
    CHECK(sales.session().workflow().load(id).status == CaseStatus::FollowedUp);

    // R9 Quality closes it with the written feedback.
    quality.session().notifyChanged(id);
    CHECK(countOf(quality, QStringLiteral("followed_up")) == 1);
    quality.openCase(id);
    {
        auto dialog = dialogFor(quality, WorkflowStep::Close);
        const QList<QPlainTextEdit*> texts = dialog->findChildren<QPlainTextEdit*>();
        GuiTest::typeInto(texts.at(0), QStringLiteral("Worn stem packing"));
        QTest::keyClicks(texts.at(1), QStringLiteral("Packing replaced on site"));
        QTest::keyClicks(texts.at(2), QStringLiteral("Dear customer, the valve was repaired."));
        GuiTest::clickSave(dialog.get());
        CHECK(dialog->generalError().isEmpty());
    }
    c = quality.session().workflow().load(id);
    CHECK(c.status == CaseStatus::Closed);
    CHECK(countOf(quality, QStringLiteral("followed_up")) == 0);
    CHECK(quality.caseViewPage()->stepButton(WorkflowStep::Close) == nullptr);
    // The timeline shows every step from the audit log.
    CHECK(quality.caseViewPage()->timeline()->topLevelItemCount() >= 10);
}

TEST_CASE("Close is refused while something is owed unless waived with a reason", "[gui][flow]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow quality(t.db(), clock, t.quality);
    quality.show();
    WorkflowService& wf = quality.session().workflow();
    IntakeData in;
    in.channel = QStringLiteral("phone");
    in.customerId = t.customerId;
    in.serialNo = t.serialNo;
    in.symptom = QStringLiteral("Noise");
    in.isObjection = true;
    const qint64 id = wf.logCase(t.sales, in);
    wf.sendToQuality(t.sales, latest(wf, id));
    wf.recordByQuality(t.quality, latest(wf, id));
    quality.openCase(id);
    auto dialog = dialogFor(quality, WorkflowStep::Close);
    auto* close = static_cast<CloseDialog*>(dialog.get());
    const QList<QPlainTextEdit*> texts = close->findChildren<QPlainTextEdit*>();
    QTest::keyClicks(texts.at(0), QStringLiteral("Noise"));
    QTest::keyClicks(texts.at(1), QStringLiteral("None needed"));
    QTest::keyClicks(texts.at(2), QStringLiteral("Letter"));
    GuiTest::clickSave(close);
    CHECK_FALSE(close->fieldError(QStringLiteral("waiverReason")).isEmpty());
    CHECK(wf.load(id).status == CaseStatus::Recorded);
    QTest::keyClicks(close->waiverEdit(), QStringLiteral("Customer withdrew the complaint"));
    GuiTest::clickSave(close);
    CHECK(wf.load(id).status == CaseStatus::Closed);
    CHECK(wf.load(id).waiverReason == QStringLiteral("Customer withdrew the complaint"));
}
