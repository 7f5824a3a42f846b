// Issue 11: a new customer during a call, added from the intake form by Sales, marked for the
// office; and the plan form offering trained technicians first (R19).
#include "../core/FlowDriver.h"
#include "GuiTestSupport.h"
#include "ListGuiSupport.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "cases/CaseViewPage.h"
#include "db/Sql.h"
#include "i18n/Translations.h"
#include "intake/CallCustomerDialog.h"
#include "intake/IntakeForm.h"
#include "lists/ListEditDialog.h"
#include "lists/ListFieldEditor.h"
#include "lists/ListPage.h"
#include "lists/ListService.h"
#include "lists/ListTableModel.h"
#include "lists/ListsWindow.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "steps/PlanDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("Sales adds a new customer and its contact during a call without leaving the intake form",
          "[gui][lists]")
{
    TestDatabase t;
    MockClock clock;
    {
        MainWindow window(t.db(), clock, t.sales);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.newCase();
        window.intakeForm()->draft().clear(); // a fresh form, whatever an earlier test left
        IntakeForm* intake = window.intakeForm();
        QTest::keyClicks(intake->customerEdit(), QStringLiteral("Jiangnan Water Works"));
        QTest::keyClicks(intake->contactEdit(), QStringLiteral("Xu Lei"));
        QTest::keyClicks(intake->phoneEdit(), QStringLiteral("+86 25 5555 0199"));
        REQUIRE(intake->newCustomerButton()->isVisible());
        QTest::mouseClick(intake->newCustomerButton(), Qt::LeftButton);
        auto* dialog = intake->findChild<CallCustomerDialog*>();
        REQUIRE(dialog != nullptr);
        // What was typed on the form comes along.
        CHECK(dialog->field(QStringLiteral("name"))->text() == QStringLiteral("Jiangnan Water Works"));
        CHECK(dialog->field(QStringLiteral("contactName"))->text() == QStringLiteral("Xu Lei"));
        GuiTest::typeInto(dialog->field(QStringLiteral("contactEmail")), QStringLiteral("xu.lei"));
        GuiTest::clickSave(dialog);
        CHECK_FALSE(dialog->fieldError(QStringLiteral("contactEmail")).isEmpty());
        ListGui::shoot(dialog, QStringLiteral("30_call_customer_error"), QStringLiteral("en"));
        GuiTest::typeInto(dialog->field(QStringLiteral("contactEmail")),
                          QStringLiteral("xu.lei@jiangnan.example"));
        GuiTest::typeInto(dialog->field(QStringLiteral("region")), QStringLiteral("East"));
        GuiTest::clickSave(dialog);
        QCoreApplication::processEvents();
        const CallCustomerDialog* left = intake->findChild<CallCustomerDialog*>();
        CHECK((left == nullptr || !left->isVisible()));
        CHECK(intake->customerEdit()->text() == QStringLiteral("Jiangnan Water Works"));
        CHECK(intake->message().contains(QStringLiteral("the office will complete it")));
        ListGui::shoot(&window, QStringLiteral("31_intake_after_new_customer"), QStringLiteral("en"));
        // The case is logged for the new customer, with its model chosen on the form.
        intake->productCombo()->setCurrentIndex(intake->productCombo()->findData(t.modelId));
        QTest::keyClicks(intake->symptomEdit(), QStringLiteral("New plant: actuator does not close"));
        REQUIRE(intake->save());
        const QualityCase c = window.session().workflow().load(window.caseViewPage()->caseId());
        CHECK(c.customerName == QStringLiteral("Jiangnan Water Works"));
        CHECK(c.contactName == QStringLiteral("Xu Lei"));

        // A second contact of a known customer: kept from the intake form with one click.
        window.newCase();
        QTest::keyClicks(intake->customerEdit(), QStringLiteral("Huadong Petrochemical Co."));
        QTest::keyClicks(intake->contactEdit(), QStringLiteral("Qian Bo"));
        QTest::keyClicks(intake->phoneEdit(), QStringLiteral("+86 21 5555 7777"));
        REQUIRE(intake->addContactButton()->isEnabled());
        QTest::mouseClick(intake->addContactButton(), Qt::LeftButton);
        CHECK_FALSE(intake->addContactButton()->isEnabled());
        CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT phone FROM contacts WHERE name = 'Qian Bo'"))
                  .toString()
              == QStringLiteral("+86 21 5555 7777"));
    }

    // The office sees the customer to complete, completes it, and the mark goes.
    User office = t.admin;
    office.role = Role::Office;
    MainWindow window(t.db(), clock, office);
    window.showLists();
    ListsWindow* lists = window.listsWindow();
    lists->showList(QStringLiteral("customers"), true);
    ListPage* page = lists->currentPage();
    CHECK(lists->chooser()->currentItem()->text().contains(QStringLiteral("(1)")));
    REQUIRE(page->model()->rowCount() == 1);
    ListGui::shoot(lists, QStringLiteral("32_customers_to_complete"), QStringLiteral("en"));
    page->table()->selectRow(0);
    ListEditDialog* edit = page->editEntry(0);
    REQUIRE(edit != nullptr);
    ListGui::type(edit, QStringLiteral("address"), QStringLiteral("8 Riverside Road, Nanjing"));
    qobject_cast<QCheckBox*>(edit->editor(QStringLiteral("needs_completion"))->widget())->setChecked(false);
    GuiTest::clickSave(edit);
    CHECK(edit->entryId() > 0);
    QCoreApplication::processEvents();
    CHECK(page->model()->rowCount() == 0);
    CHECK(lists->chooser()->currentItem()->text().contains(QStringLiteral("(0)")));
}

TEST_CASE("The plan form offers trained technicians first and warns of an expired training", "[gui][lists]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    f.toSheetIssued(id);
    ListService lists(t.connection(), f.clock);
    const auto train = [&](qint64 tech, const QString& until) {
        lists.add(t.admin, QStringLiteral("technician_training"),
                  {{QStringLiteral("technician_id"), tech},
                   {QStringLiteral("course"), QStringLiteral("Ball valves: service")},
                   {QStringLiteral("product_line"), QStringLiteral("valve")},
                   {QStringLiteral("trained_on"), QStringLiteral("2024-03-01")},
                   {QStringLiteral("result"), QStringLiteral("passed")},
                   {QStringLiteral("valid_until"), until}});
    };
    train(t.technician.technicianId, QStringLiteral("2026-01-31")); // Zhou Jie: expired before 2026-03-02
    train(t.otherTechnician.technicianId, QStringLiteral("2027-02-28")); // Wu Gang: valid
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        MainWindow window(t.db(), f.clock, t.sales);
        PlanDialog dialog(window.session(), f.flow.load(id), &window);
        dialog.show();
        QComboBox* techs = dialog.technicianCombo();
        REQUIRE(techs->count() == 3);
        CHECK(techs->itemData(1).toLongLong() == t.otherTechnician.technicianId);
        CHECK(techs->currentIndex() == 1); // the trained one is chosen
        CHECK_FALSE(dialog.trainingWarning()->isVisible());
        techs->setCurrentIndex(2);
        CHECK(dialog.trainingWarning()->isVisible());
        if (lang == QLatin1String("en")) {
            CHECK(techs->itemText(1)
                  == QStringLiteral("Wu Gang (trained for this product, valid until 2027-02-28)"));
            CHECK(dialog.trainingWarning()->text().startsWith(
                QStringLiteral("Zhou Jie's training for this product expired on 2026-01-31")));
        }
        ListGui::shoot(&dialog, QStringLiteral("40_plan_training"), lang);
        if (dialog.draft())
            dialog.draft()->clear(); // the next language opens the form afresh, not this draft
    }
    Translations::install(QStringLiteral("en"));
}
