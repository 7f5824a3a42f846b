// Issue 15: the customer loops in the window: Sales' call-backs after delivery (R16) with an
// objection becoming a case, and a manager's visit after a key customer's case (R15).
#include "../core/FlowDriver.h"
#include "GuiTestSupport.h"
#include "LatestCase.h"
#include "TestDatabase.h"
#include "common/DateTimeField.h"
#include "i18n/Translations.h"
#include "intake/IntakeForm.h"
#include "loops/CallbackDialog.h"
#include "loops/CallbackPage.h"
#include "loops/CustomerLoopsWindow.h"
#include "loops/LoopSettings.h"
#include "loops/LoopSettingsPage.h"
#include "loops/RequirementDialog.h"
#include "loops/RequirementService.h"
#include "loops/RoundDialog.h"
#include "loops/SupplyPage.h"
#include "loops/SurveyAnswerDialog.h"
#include "loops/SurveyOpenDialog.h"
#include "loops/SurveyPage.h"
#include "loops/SurveyService.h"
#include "loops/VisitDialog.h"
#include "loops/VisitPage.h"
#include "loops/VisitService.h"
#include "main/MainWindow.h"
#include "print/PrintController.h"
#include "reference/ReferenceData.h"
#include "reports/ReportDocument.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
CustomerLoopsWindow* openLoops(MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("actionCustomerLoops"));
    REQUIRE(action != nullptr);
    action->trigger();
    auto* loops = window.findChild<CustomerLoopsWindow*>();
    REQUIRE(loops != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(loops));
    return loops;
}

void startLoops(TestDatabase& t, const Clock& clock)
{
    LoopSettingsService settings(t.connection(), clock);
    LoopSettings s = settings.load();
    s.start = QDate(2026, 1, 1);
    settings.save(t.admin, s);
}

void select(QTableWidget* table, int row)
{
    table->setCurrentCell(row, 0);
    table->selectRow(row);
}
} // namespace

TEST_CASE("Sales calls a customer back from the list of call-backs due: an objection becomes a case",
          "[gui][loops]")
{
    TestDatabase t;
    FlowDriver d(t);
    startLoops(t, d.clock);
    const ReferenceData ref(t.connection());
    ref.addShipment(QStringLiteral("SO-9001"), QStringLiteral("B2026-001"), t.customerId,
                    QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC));
    const qint64 due = ref.addShipment(QStringLiteral("SO-9002"), QStringLiteral("B2026-002"),
                                       t.keyCustomerId, QDateTime(QDate(2026, 1, 31), QTime(12, 0), Qt::UTC));
    ref.addSerial(QStringLiteral("SN2026-000002"), due, t.modelId);

    MainWindow window(t.db(), d.clock, t.sales);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CustomerLoopsWindow* loops = openLoops(window);
    CallbackPage* page = loops->callbacks();
    QTableWidget* table = page->table();
    REQUIRE(table->rowCount() == 2); // overdue first, then due
    CHECK(table->item(0, 5)->text() == QStringLiteral("Overdue"));
    CHECK(table->item(1, 5)->text() == QStringLiteral("Due"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("B2026-002"));
    CHECK(page->findChild<QLabel*>(QStringLiteral("callbackSummary"))->text()
          == QStringLiteral("2 to call now, 1 of them overdue"));
    // February owes the overdue one, March the due one.
    CHECK(page->months()->item(1, 3)->text() == QStringLiteral("1"));
    CHECK(page->months()->item(2, 0)->text() == QStringLiteral("1"));
    GuiTest::screenshot(loops, QStringLiteral("40_callbacks"));

    auto* record = page->findChild<QPushButton*>(QStringLiteral("recordCallback"));
    CHECK_FALSE(record->isEnabled()); // nothing selected
    select(table, 1);
    REQUIRE(record->isEnabled());
    bool checked = false;
    GuiTest::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<CallbackDialog*>(modal);
        REQUIRE(dialog != nullptr);
        dialog->opinion->setCurrentIndex(2); // objection
        CHECK(dialog->symptom->isVisible());
        GuiTest::clickSave(dialog);
        CHECK(dialog->fieldError(QStringLiteral("contactName"))
              == QStringLiteral("Give the name of the customer's person you spoke to."));
        CHECK_FALSE(dialog->fieldError(QStringLiteral("symptom")).isEmpty());
        GuiTest::screenshot(dialog, QStringLiteral("41_callback_errors"));
        GuiTest::typeInto(dialog->contactName, QStringLiteral("Chen Hui"));
        GuiTest::typeInto(dialog->symptom, QStringLiteral("Actuator hums when closing"));
        GuiTest::clickSave(dialog);
        checked = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    CHECK(page->recordSelected() == QDialog::Accepted);
    CHECK(checked);

    // The call is done and the objection is the new case, on the list of call-backs done.
    CHECK(table->rowCount() == 1);
    page->filter()->setCurrentIndex(page->filter()->findText(QStringLiteral("Done")));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 6)->text() == QStringLiteral("Objection"));
    CHECK(table->item(0, 7)->text() == QStringLiteral("QI-2026-00001"));
    CHECK(d.flow.load(1).batchNo == QStringLiteral("B2026-002"));
    CHECK(d.flow.load(1).symptom == QStringLiteral("Actuator hums when closing"));
}

TEST_CASE("A technician sees the call-backs but cannot record them", "[gui][loops]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.technician);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CustomerLoopsWindow* loops = openLoops(window);
    CHECK_FALSE(loops->callbacks()->findChild<QPushButton*>(QStringLiteral("recordCallback"))->isVisible());
    CHECK_FALSE(loops->visits()->findChild<QPushButton*>(QStringLiteral("planVisit"))->isVisible());
}

TEST_CASE("A manager plans the visit a key customer's closed case owes, from the list of visits",
          "[gui][loops]")
{
    TestDatabase t;
    FlowDriver d(t);
    startLoops(t, d.clock);
    IntakeData in = d.intake();
    in.customerId = t.keyCustomerId;
    in.serialNo.clear();
    in.modelId = t.modelId;
    const qint64 id = d.flow.logCase(t.sales, in);
    d.toFollowedUp(id);
    d.flow.closeCase(t.quality, latest(d.flow, id), d.closing());

    MainWindow window(t.db(), d.clock, t.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CustomerLoopsWindow* loops = openLoops(window);
    loops->tabs()->setCurrentWidget(loops->visits());
    QTableWidget* table = loops->visits()->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == QStringLiteral("Case QI-2026-00001"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("Not planned yet"));
    select(table, 0);
    auto* plan = loops->visits()->findChild<QPushButton*>(QStringLiteral("planVisit"));
    REQUIRE(plan->isEnabled());
    GuiTest::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<VisitDialog*>(modal);
        REQUIRE(dialog != nullptr);
        GuiTest::clickSave(dialog);
        CHECK(dialog->fieldError(QStringLiteral("leaderId"))
              == QStringLiteral("Choose the manager who leads the visit."));
        dialog->leader->setCurrentIndex(dialog->leader->findText(QStringLiteral("manager")));
        GuiTest::typeInto(dialog->participants, QStringLiteral("Sales clerk Liu"));
        GuiTest::screenshot(dialog, QStringLiteral("42_visit_plan"));
        GuiTest::clickSave(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(plan, Qt::LeftButton);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 4)->text() == QStringLiteral("Planned"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("manager"));
    CHECK(table->item(0, 0)->text().startsWith(QStringLiteral("CV-2026-")));
    GuiTest::screenshot(loops, QStringLiteral("43_visits"));
}

TEST_CASE("Sales checks off an order's requirements before supply: intake shows them for the serial",
          "[gui][loops][requirements]")
{
    TestDatabase t; // SO-7788 delivers on 1 June 2025
    Translations::install(QStringLiteral("en")); // as the window starts: English plurals, whatever ran before
    MockClock clock(QDateTime(QDate(2025, 5, 20), QTime(2, 0), Qt::UTC));
    MainWindow window(t.db(), clock, t.sales);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CustomerLoopsWindow* loops = openLoops(window);
    loops->tabs()->setCurrentWidget(loops->supply());
    QTableWidget* table = loops->supply()->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("SO-7788"));
    CHECK(table->item(0, 6)->text() == QStringLiteral("Requirements not recorded"));
    select(table, 0);
    GuiTest::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RequirementDialog*>(modal);
        REQUIRE(dialog != nullptr);
        GuiTest::clickSave(dialog);
        CHECK(dialog->fieldError(QStringLiteral("medium")).startsWith(QStringLiteral("Write down")));
        GuiTest::typeInto(dialog->medium, QStringLiteral("Steam"));
        GuiTest::typeInto(dialog->pressure, QStringLiteral("1.6 MPa"));
        dialog->documents->item(0)->setCheckState(Qt::Checked);
        dialog->addDocument(QStringLiteral("Material certificate 3.1"));
        CHECK(dialog->documents->count() == 4);
        GuiTest::screenshot(dialog, QStringLiteral("44_requirements"));
        GuiTest::clickSave(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    CHECK(loops->supply()->openOrder(QStringLiteral("SO-7788")) == QDialog::Accepted);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 5)->text() == QStringLiteral("1 of 4"));
    CHECK(table->item(0, 6)->text() == QStringLiteral("3 documents to check"));
    GuiTest::screenshot(loops, QStringLiteral("45_before_supply"));
    loops->close();

    // Intake: the serial delivered in that order shows what was agreed, read-only.
    window.newCase();
    IntakeForm* intake = window.intakeForm();
    CHECK(intake->requirementsPanel()->isHidden());
    QTest::keyClicks(intake->serialEdit(), t.serialNo);
    REQUIRE(intake->requirementsPanel()->isVisible());
    CHECK(intake->requirementsPanel()->text().contains(QStringLiteral("Steam")));
    CHECK(intake->requirementsPanel()->text().contains(QStringLiteral("Material certificate 3.1")));
    intake->draft().clear();
}

TEST_CASE("Sales starts the year's survey over the customers supplied, records an answer, saves the letters",
          "[gui][loops][survey]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
    ReferenceData(t.connection())
        .addShipment(QStringLiteral("SO-9100"), QStringLiteral("B2026-100"), t.keyCustomerId,
                     QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC));
    MainWindow window(t.db(), clock, t.sales);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CustomerLoopsWindow* loops = openLoops(window);
    SurveyPage* page = loops->survey();
    loops->tabs()->setCurrentWidget(page);
    CHECK_FALSE(page->hasSurvey());
    GuiTest::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<SurveyOpenDialog*>(modal);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->chosen() == QList<qint64> {t.keyCustomerId}); // supplied this year
        dialog->replyBy->setDate(QDate(2027, 1, 15));
        GuiTest::clickSave(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    page->start();
    REQUIRE(page->hasSurvey());
    QTableWidget* table = page->table();
    REQUIRE(table->rowCount() == 1);

    clock.set(QDateTime(QDate(2026, 12, 20), QTime(2, 0), Qt::UTC));
    select(table, 0);
    GuiTest::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<SurveyAnswerDialog*>(modal);
        REQUIRE(dialog != nullptr);
        GuiTest::clickSave(dialog);
        CHECK(dialog->fieldError(QStringLiteral("qualityScore"))
              == QStringLiteral("Give a score from 1 (very dissatisfied) to 5 (very satisfied)."));
        dialog->quality->setValue(4);
        dialog->delivery->setValue(5);
        GuiTest::typeInto(dialog->comments, QStringLiteral("Good packing"));
        GuiTest::clickSave(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    page->recordSelected();
    CHECK(table->item(0, 3)->text() == QStringLiteral("4"));
    CHECK(table->item(0, 5)->text() == QStringLiteral("Good packing"));
    GuiTest::screenshot(loops, QStringLiteral("46_survey"));

    // The letters in the customer's language, saved as one PDF.
    const QList<ReportDocument> letters = page->letters();
    REQUIRE(letters.size() == 1);
    CHECK(letters.first().language == QStringLiteral("zh_CN"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letters.pdf"));
    const auto before = PrintController::setSavePathChooser([&](QWidget*, const QString&) { return path; });
    PrintController::savePdf(page, letters);
    PrintController::setSavePathChooser(before);
    CHECK(QFileInfo(path).size() > 1000);
}

TEST_CASE(
    "A manager opens a round of return visits: Sales sends the record, the department signs, Sales files",
    "[gui][loops][rounds]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
    qint64 visitId = 0;
    {
        MainWindow window(t.db(), clock, t.manager);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CustomerLoopsWindow* loops = openLoops(window);
        VisitPage* page = loops->visits();
        loops->tabs()->setCurrentWidget(page);
        GuiTest::whenModal([&](QWidget* modal) {
            auto* dialog = qobject_cast<RoundDialog*>(modal);
            REQUIRE(dialog != nullptr);
            GuiTest::clickSave(dialog);
            CHECK_FALSE(dialog->fieldError(QStringLiteral("purpose")).isEmpty());
            CHECK_FALSE(dialog->fieldError(QStringLiteral("customers")).isEmpty());
            GuiTest::typeInto(dialog->purpose, QStringLiteral("Spring return visits"));
            REQUIRE(dialog->customers->count() >= 2);
            dialog->customers->item(0)->setCheckState(Qt::Checked);
            CHECK(dialog->chosen().size() == 1);
            GuiTest::clickSave(dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        page->newRound();
        REQUIRE(page->table()->rowCount() == 1);
        CHECK(page->table()->item(0, 2)->text().contains(QStringLiteral("Spring return visits")));
        visitId = page->rows().first().id;
        const CustomerVisit v = page->rows().first();
        VisitService(t.connection(), clock)
            .record(t.manager, v.id, v.version,
                    {QDate(2026, 3, 2),
                     QStringLiteral("Mr Zhang"),
                     {},
                     QStringLiteral("Deliveries on time"),
                     {}});
    }
    {
        MainWindow window(t.db(), clock, t.sales);
        window.show();
        CustomerLoopsWindow* loops = openLoops(window);
        VisitPage* page = loops->visits();
        select(page->table(), 0);
        CHECK(page->findChild<QPushButton*>(QStringLiteral("sendVisit"))->isEnabled());
        page->send({t.rndUnit});
        CHECK(page->table()->item(0, 4)->text() == QStringLiteral("Sent to the departments"));
        select(page->table(), 0);
        CHECK_FALSE(
            page->findChild<QPushButton*>(QStringLiteral("fileVisit"))->isEnabled()); // R&D has not signed
        const QList<ReportDocument> report = page->report();
        REQUIRE(report.size() == 1);
        CHECK(report.first().number == VisitService(t.connection(), clock).load(visitId).number);
    }
    {
        MainWindow window(t.db(), clock, t.rnd);
        window.show();
        CustomerLoopsWindow* loops = openLoops(window);
        VisitPage* page = loops->visits();
        select(page->table(), 0);
        auto* sign = page->findChild<QPushButton*>(QStringLiteral("signVisit"));
        REQUIRE(sign->isEnabled());
        QTest::mouseClick(sign, Qt::LeftButton);
        CHECK(VisitService(t.connection(), clock).load(visitId).recipients.first().receivedAt.isValid());
    }
    MainWindow window(t.db(), clock, t.sales);
    window.show();
    CustomerLoopsWindow* loops = openLoops(window);
    VisitPage* page = loops->visits();
    select(page->table(), 0);
    auto* file = page->findChild<QPushButton*>(QStringLiteral("fileVisit"));
    REQUIRE(file->isEnabled());
    QTest::mouseClick(file, Qt::LeftButton);
    CHECK(VisitService(t.connection(), clock).load(visitId).status == CustomerVisitStatus::Filed);
    CHECK(page->table()->rowCount() == 0); // filed: nothing left to do
    CHECK(loops->settings() == nullptr); // Sales has no settings page
}

TEST_CASE("An administrator changes the loops' settings on their page: a wrong value is named",
          "[gui][loops][settings]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.admin);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CustomerLoopsWindow* loops = openLoops(window);
    LoopSettingsPage* page = loops->settings();
    REQUIRE(page != nullptr);
    page->visitDays->setValue(0);
    CHECK_FALSE(page->save());
    CHECK(page->fieldError(QStringLiteral("visitDays"))
          == QStringLiteral("A manager's visit is due 1 to 365 days after the case closed."));
    page->visitDays->setValue(20);
    page->supplyNoticeDays->setValue(21);
    REQUIRE(page->save());
    const LoopSettings s = LoopSettingsService(t.connection(), clock).load();
    CHECK(s.visitDays == 20);
    CHECK(s.supplyNoticeDays == 21);
}
