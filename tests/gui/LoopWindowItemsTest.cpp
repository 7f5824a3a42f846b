// Issue 15 in the window: Quality's review of the year's survey (R18), the requirements form
// opened from the lists window (R20), the list of return-visit rounds with a round opened and
// its document saved (R17).
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "common/DateTimeField.h"
#include "lists/ListPage.h"
#include "lists/ListSpec.h"
#include "lists/ListTableModel.h"
#include "lists/ListsWindow.h"
#include "loops/CustomerLoopsWindow.h"
#include "loops/RequirementDialog.h"
#include "loops/RequirementService.h"
#include "loops/RequirementsButton.h"
#include "loops/RoundViewDialog.h"
#include "loops/RoundsPage.h"
#include "loops/SurveyFindingDialog.h"
#include "loops/SurveyPage.h"
#include "loops/SurveyReviewDialog.h"
#include "loops/SurveyService.h"
#include "loops/VisitService.h"
#include "main/MainWindow.h"
#include "print/PrintController.h"
#include "reports/ReportDocument.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
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

void select(QTableWidget* table, int row)
{
    table->setCurrentCell(row, 0);
    table->selectRow(row);
}
} // namespace

TEST_CASE(
    "Quality reviews the survey in the window: an improvement opportunity raises its action, then closes",
    "[gui][loops][survey]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
    SurveyService surveys(t.connection(), clock);
    const qint64 id = surveys.open(t.sales, 2026, {t.customerId, t.keyCustomerId}, QDate(2027, 1, 15));
    surveys.recordAnswer(t.sales, surveys.load(2026).letters.first().id,
                         {QDate(2026, 12, 1), 4, 2, QStringLiteral("Late twice")});
    {
        // Sales sees the review's part but cannot act in it.
        MainWindow window(t.db(), clock, t.sales);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CustomerLoopsWindow* loops = openLoops(window);
        loops->tabs()->setCurrentWidget(loops->survey());
        CHECK_FALSE(loops->survey()->findChild<QPushButton*>(QStringLiteral("addFinding"))->isVisible());
        CHECK_FALSE(loops->survey()->findChild<QPushButton*>(QStringLiteral("closeReview"))->isVisible());
    }
    surveys.report(t.sales, id, QStringLiteral("Delivery dates are the weak point."));

    MainWindow window(t.db(), clock, t.quality);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CustomerLoopsWindow* loops = openLoops(window);
    SurveyPage* page = loops->survey();
    loops->tabs()->setCurrentWidget(page);
    auto* add = page->findChild<QPushButton*>(QStringLiteral("addFinding"));
    auto* close = page->findChild<QPushButton*>(QStringLiteral("closeReview"));
    REQUIRE(add->isVisible());
    REQUIRE(add->isEnabled());
    CHECK(page->findChild<QLabel*>(QStringLiteral("reviewNote"))->text().contains(QStringLiteral("review")));
    GuiTest::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<SurveyFindingDialog*>(modal);
        REQUIRE(dialog != nullptr);
        GuiTest::clickSave(dialog);
        CHECK(dialog->fieldError(QStringLiteral("finding")) == QStringLiteral("Say what is to be improved."));
        CHECK(dialog->fieldError(QStringLiteral("ownerUnitId"))
              == QStringLiteral("Choose the unit that owns the improvement."));
        CHECK_FALSE(dialog->fieldError(QStringLiteral("dueOn")).isEmpty());
        GuiTest::typeInto(dialog->finding, QStringLiteral("Plan production to the promised delivery dates"));
        dialog->owner->setCurrentIndex(dialog->owner->findData(t.mfgUnit));
        dialog->dueOn->setText(QStringLiteral("2027-03-31"));
        GuiTest::screenshot(dialog, QStringLiteral("47_survey_finding"));
        GuiTest::clickSave(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    CHECK(page->addFinding() == QDialog::Accepted);
    QTableWidget* findings = page->findings();
    REQUIRE(findings->rowCount() == 1);
    CHECK(findings->item(0, 0)->text() == QStringLiteral("Plan production to the promised delivery dates"));
    CHECK(findings->item(0, 2)->text() == QStringLiteral("2027-03-31"));
    CHECK(findings->item(0, 3)->text().startsWith(QStringLiteral("RN-2026-"))); // the action raised

    GuiTest::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<SurveyReviewDialog*>(modal);
        REQUIRE(dialog != nullptr);
        GuiTest::clickSave(dialog);
        CHECK(dialog->fieldError(QStringLiteral("reviewNote"))
              == QStringLiteral(
                  "Write what the departments found when they analysed the customers' comments."));
        GuiTest::typeInto(dialog->note, QStringLiteral("Production planning ignored the promised dates"));
        GuiTest::clickSave(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    CHECK(page->closeReview() == QDialog::Accepted);
    CHECK(page->survey().status() == SurveyStatus::Reviewed);
    CHECK(page->findChild<QLabel*>(QStringLiteral("reviewNote"))
              ->text()
              .contains(QStringLiteral("Production planning ignored the promised dates")));
    CHECK_FALSE(add->isEnabled());
    CHECK_FALSE(close->isEnabled());
    GuiTest::screenshot(loops, QStringLiteral("48_survey_review"));
    CHECK(SurveyService(t.connection(), clock).load(2026).reviewNote
          == QStringLiteral("Production planning ignored the promised dates"));
}

TEST_CASE("The requirements form opens from an order, a serial number or a customer in the lists window",
          "[gui][loops][requirements]")
{
    TestDatabase t; // SO-7788 for the customer, with serial SN2025-000123
    MockClock clock(QDateTime(QDate(2025, 5, 20), QTime(2, 0), Qt::UTC));
    MainWindow window(t.db(), clock, t.sales);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showLists();
    ListsWindow* lists = window.listsWindow();
    REQUIRE(lists != nullptr);
    lists->showList(QStringLiteral("shipments"));
    ListPage* page = lists->currentPage();
    REQUIRE(page->spec().id == QStringLiteral("shipments"));
    auto* button = page->findChild<RequirementsButton*>();
    REQUIRE(button != nullptr);
    CHECK_FALSE(button->isEnabled()); // nothing selected
    REQUIRE(page->model()->rowCount() == 1);
    page->table()->selectRow(0);
    REQUIRE(button->isEnabled());
    GuiTest::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RequirementDialog*>(modal);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->windowTitle().contains(QStringLiteral("SO-7788")));
        GuiTest::typeInto(dialog->medium, QStringLiteral("Steam"));
        GuiTest::typeInto(dialog->pressure, QStringLiteral("1.6 MPa"));
        GuiTest::screenshot(lists, QStringLiteral("49_lists_requirements"));
        GuiTest::clickSave(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    const RequirementService service(t.connection(), clock);
    CHECK(service.load(QStringLiteral("SO-7788")).medium == QStringLiteral("Steam"));

    // From the serial number and from the customer: the same order.
    lists->showList(QStringLiteral("serials"));
    page = lists->currentPage();
    REQUIRE(page->model()->rowCount() == 1);
    page->table()->selectRow(0);
    button = page->findChild<RequirementsButton*>();
    REQUIRE(button != nullptr);
    CHECK(button->orders() == QStringList {QStringLiteral("SO-7788")});
    lists->showList(QStringLiteral("customers"));
    page = lists->currentPage();
    button = page->findChild<RequirementsButton*>();
    REQUIRE(button != nullptr);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        if (page->model()->entryId(row) == t.customerId)
            page->table()->selectRow(row);
    CHECK(button->orders() == QStringList {QStringLiteral("SO-7788")});
    GuiTest::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RequirementDialog*>(modal);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->medium->text() == QStringLiteral("Steam")); // what was saved
        dialog->reject();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    // Lists without orders get no such button.
    lists->showList(QStringLiteral("units"));
    CHECK(lists->currentPage()->findChild<RequirementsButton*>() == nullptr);
}

TEST_CASE("The rounds of return visits are listed, filtered, opened and their document saved as PDF",
          "[gui][loops][rounds]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
    VisitService visits(t.connection(), clock);
    RoundData spring;
    spring.purpose = QStringLiteral("Spring return visits");
    spring.from = QDate(2026, 3, 2);
    spring.to = QDate(2026, 3, 31);
    spring.customerIds = {t.customerId, t.keyCustomerId};
    const qint64 springId = visits.openRound(t.manager, spring);
    CustomerVisit v = visits.round(springId).visits.first();
    visits.record(
        t.manager, v.id, v.version,
        {QDate(2026, 3, 2), QStringLiteral("Mr Zhang"), {}, QStringLiteral("Deliveries on time"), {}});
    RoundData autumn = spring;
    autumn.purpose = QStringLiteral("Autumn return visits");
    autumn.from = QDate(2026, 9, 1);
    autumn.to = QDate(2026, 9, 30);
    autumn.customerIds = {t.keyCustomerId};
    visits.openRound(t.manager, autumn);

    MainWindow window(t.db(), clock, t.manager);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CustomerLoopsWindow* loops = openLoops(window);
    RoundsPage* page = loops->rounds();
    REQUIRE(page != nullptr);
    loops->tabs()->setCurrentWidget(page);
    QTableWidget* table = page->table();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Autumn return visits")); // newest first
    CHECK(table->item(1, 5)->text() == QStringLiteral("1 of 2")); // visited
    CHECK(table->item(1, 7)->text() == QStringLiteral("Not filed yet"));
    CHECK_FALSE(page->moreButton()->isEnabled());
    GuiTest::screenshot(loops, QStringLiteral("50_rounds"));

    // Only the rounds with visits in April to October; then only those filed (none yet).
    page->from()->setText(QStringLiteral("2026-04-01"));
    page->to()->setText(QStringLiteral("2026-10-31"));
    QTRY_COMPARE(table->rowCount(), 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Autumn return visits"));
    page->showFilter()->setCurrentIndex(page->showFilter()->findText(QStringLiteral("Filed")));
    CHECK(table->rowCount() == 0);
    page->showFilter()->setCurrentIndex(0);
    page->from()->setText(QString());
    page->to()->setText(QString());
    QTRY_COMPARE(table->rowCount(), 2);

    select(table, 1);
    GuiTest::whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<RoundViewDialog*>(modal);
        REQUIRE(dialog != nullptr);
        CHECK(dialog->header()->text().contains(QStringLiteral("Spring return visits")));
        REQUIRE(dialog->visits()->rowCount() == 2);
        GuiTest::screenshot(dialog, QStringLiteral("51_round"));
        dialog->reject();
    });
    page->openSelected();

    // The round's document in Chinese, saved as PDF.
    page->language()->setCurrentIndex(page->language()->findData(QStringLiteral("zh_CN")));
    const QList<ReportDocument> document = page->document();
    REQUIRE(document.size() == 1);
    CHECK(document.first().language == QStringLiteral("zh_CN"));
    CHECK(document.first().number == visits.round(springId).number);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("round.pdf"));
    const auto before = PrintController::setSavePathChooser([&](QWidget*, const QString&) { return path; });
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("roundPdf")), Qt::LeftButton);
    PrintController::setSavePathChooser(before);
    CHECK(QFileInfo(path).size() > 1000);
}
