// Issue 15: the customer loops in the window: Sales' call-backs after delivery (R16) with an
// objection becoming a case, and a manager's visit after a key customer's case (R15).
#include "../core/FlowDriver.h"
#include "GuiTestSupport.h"
#include "LatestCase.h"
#include "TestDatabase.h"
#include "loops/CallbackDialog.h"
#include "loops/CallbackPage.h"
#include "loops/CustomerLoopsWindow.h"
#include "loops/LoopSettings.h"
#include "loops/VisitDialog.h"
#include "loops/VisitPage.h"
#include "main/MainWindow.h"
#include "reference/ReferenceData.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
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

TEST_CASE("Sales calls a customer back from the list of call-backs due; an objection becomes a case",
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
