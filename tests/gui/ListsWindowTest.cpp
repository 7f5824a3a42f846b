// Issue 11: a company sets itself up. An empty database, made as a new install makes it, is
// taken through the window's own list forms (a customer with a contact, a product model, an
// order's batch with a serial number) to its first logged case, and all of it is still there
// when the file is opened again.
#include "lists/ListsWindow.h"

#include "GuiTestSupport.h"
#include "ListGuiSupport.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "auth/UserService.h"
#include "cases/CaseViewPage.h"
#include "common/DateTimeField.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "intake/IntakeForm.h"
#include "lists/ListEditDialog.h"
#include "lists/ListFieldEditor.h"
#include "lists/ListPage.h"
#include "lists/ListService.h"
#include "lists/ListSpec.h"
#include "lists/ListTableModel.h"
#include "lists/ReferencePicker.h"
#include "main/MainWindow.h"
#include "main/Session.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
void saveAndClose(ListEditDialog* dialog)
{
    GuiTest::clickSave(dialog);
    INFO(dialog->message().toStdString());
    REQUIRE(dialog->entryId() > 0);
    if (dialog->isVisible()) // a new entry with child lists stays open for them
        dialog->close();
    QCoreApplication::processEvents();
}
} // namespace

TEST_CASE("A new empty database is set up through the list forms up to its first logged case", "[gui][lists]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new-company.sqlite"));
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
    User admin;
    User sales;
    {
        Database db(path); // what the first start of the program makes: the schema and its defaults
        REQUIRE(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM customers")).toInt() == 0);
        REQUIRE(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM product_models")).toInt()
                == 0);
        UserService users(db.connection());
        User first; // the administrator the first start makes (the setup wizard, or `init`)
        first.username = QStringLiteral("admin");
        first.displayName = QStringLiteral("Administrator");
        first.role = Role::Administrator;
        admin = users.createFirstAdministrator(first, QStringLiteral("a good long password"));
        User clerk;
        clerk.username = QStringLiteral("lina");
        clerk.displayName = QStringLiteral("Li Na");
        clerk.role = Role::SalesClerk;
        sales = clerk;
        sales.id = users.createUser(admin, clerk, QStringLiteral("a good long password"));

        MainWindow window(db, clock, admin);
        window.show();
        QAction* listsAction = window.findChild<QAction*>(QStringLiteral("actionLists"));
        REQUIRE(listsAction != nullptr);
        listsAction->trigger();
        ListsWindow* lists = window.listsWindow();
        REQUIRE(lists != nullptr);
        REQUIRE(lists->isVisible());

        // A customer, with a contact added on the customer's own form.
        ListEditDialog* customer = ListGui::openAdd(lists, QStringLiteral("customers"));
        ListGui::type(customer, QStringLiteral("name"), QStringLiteral("Huadong Petrochemical Co."));
        ListGui::type(customer, QStringLiteral("name_zh"), QStringLiteral("华东石化有限公司"));
        ListGui::type(customer, QStringLiteral("region"), QStringLiteral("East"));
        GuiTest::clickSave(customer);
        REQUIRE(customer->entryId() > 0);
        REQUIRE(customer->isVisible()); // stays open for its sites and contacts
        customer->tabs()->setCurrentWidget(customer->childPage(QStringLiteral("contacts")));
        ListPage* contacts = customer->childPage(QStringLiteral("contacts"));
        QTest::mouseClick(contacts->addButton(), Qt::LeftButton);
        auto* contact = contacts->findChild<ListEditDialog*>();
        REQUIRE(contact != nullptr);
        CHECK(contact->editor(QStringLiteral("customer_id")) == nullptr); // the customer being edited
        ListGui::type(contact, QStringLiteral("name"), QStringLiteral("Li Ming"));
        ListGui::type(contact, QStringLiteral("phone"), QStringLiteral("+86 21 5555 1234"));
        ListGui::type(contact, QStringLiteral("email"), QStringLiteral("li.ming(at)huadong"));
        GuiTest::clickSave(contact);
        CHECK(contact->fieldError(QStringLiteral("email"))
                  .contains(QStringLiteral("is not an e-mail address")));
        ListGui::type(contact, QStringLiteral("email"), QStringLiteral("li.ming@huadong.example"));
        saveAndClose(contact);
        CHECK(contacts->model()->rowCount() == 1);
        customer->close();

        // A product model: a size that is not a number is refused next to its field.
        ListEditDialog* model = ListGui::openAdd(lists, QStringLiteral("product_models"));
        ListGui::type(model, QStringLiteral("code"), QStringLiteral("Q41F-16C-50"));
        ListGui::type(model, QStringLiteral("name"), QStringLiteral("Ball valve Q41F-16C DN50"));
        ListGui::pick(model->editor(QStringLiteral("product_line"))->picker(), QStringLiteral("Valv"));
        ListGui::type(model, QStringLiteral("model_type"), QStringLiteral("manual ball valve"));
        ListGui::type(model, QStringLiteral("size_dn"), QStringLiteral("DN50"));
        GuiTest::clickSave(model);
        CHECK(model->fieldError(QStringLiteral("size_dn"))
              == QStringLiteral("“Size DN” must be a whole number; “DN50” is not."));
        ListGui::shoot(model, QStringLiteral("20_product_model_error"), QStringLiteral("en"));
        ListGui::type(model, QStringLiteral("size_dn"), QStringLiteral("50"));
        ListGui::type(model, QStringLiteral("pressure_rating"), QStringLiteral("PN16"));
        saveAndClose(model);

        // The order's delivered batch, and a serial number on its form.
        ListEditDialog* batch = ListGui::openAdd(lists, QStringLiteral("shipments"));
        ListGui::type(batch, QStringLiteral("order_no"), QStringLiteral("SO-7788"));
        ListGui::type(batch, QStringLiteral("batch_no"), QStringLiteral("B2025-031"));
        ListGui::pick(batch->editor(QStringLiteral("customer_id"))->picker(), QStringLiteral("Huadong"));
        DateTimeField* shipped = batch->editor(QStringLiteral("shipped_at"))->dateField();
        REQUIRE(shipped != nullptr);
        shipped->setText(QStringLiteral("2025-02-30")); // no such day: refused next to the field
        GuiTest::clickSave(batch);
        CHECK(batch->entryId() <= 0);
        CHECK(shipped->messageLabel()->isVisible());
        CHECK_FALSE(shipped->messageLabel()->text().isEmpty());
        shipped->setDate(QDate(2025, 6, 1));
        GuiTest::clickSave(batch);
        REQUIRE(batch->entryId() > 0);
        ListPage* serials = batch->childPage(QStringLiteral("serials"));
        batch->tabs()->setCurrentWidget(serials);
        QTest::mouseClick(serials->addButton(), Qt::LeftButton);
        auto* serial = serials->findChild<ListEditDialog*>();
        REQUIRE(serial != nullptr);
        ListGui::type(serial, QStringLiteral("serial_no"), QStringLiteral("SN2025-000123"));
        ListGui::pick(serial->editor(QStringLiteral("model_id"))->picker(), QStringLiteral("Q41F"));
        saveAndClose(serial);
        CHECK(serials->model()->rowCount() == 1);
        batch->close();
        lists->close();
    }

    // Sales logs the first call: the serial number brings the customer, model and batch.
    {
        Database db(path);
        MainWindow window(db, clock, sales);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.newCase();
        IntakeForm* intake = window.intakeForm();
        QTest::keyClicks(intake->serialEdit(), QStringLiteral("SN2025-000123"));
        CHECK(intake->customerEdit()->text() == QStringLiteral("Huadong Petrochemical Co."));
        CHECK(intake->productCombo()->currentText().startsWith(QStringLiteral("Q41F-16C-50")));
        CHECK(intake->batchEdit()->text() == QStringLiteral("B2025-031"));
        QTest::keyClicks(intake->contactEdit(), QStringLiteral("Li Ming"));
        QTest::keyClicks(intake->symptomEdit(), QStringLiteral("Stem packing leaks after two weeks"));
        REQUIRE(intake->save());
        CHECK(window.currentPage() == window.caseViewPage());
    }

    // Everything survives opening the file again.
    Database again(path);
    const QSqlDatabase c = again.connection();
    CHECK(Sql::scalar(c, QStringLiteral("SELECT number FROM cases")).toString()
          == QStringLiteral("QI-2026-00001"));
    CHECK(Sql::scalar(
              c,
              QStringLiteral("SELECT cu.name || '/' || m.code || '/' || k.batch_no || '/' || k.contact_name "
                             "FROM cases k JOIN customers cu ON cu.id = k.customer_id "
                             "JOIN product_models m ON m.id = k.model_id"))
              .toString()
          == QStringLiteral("Huadong Petrochemical Co./Q41F-16C-50/B2025-031/Li Ming"));
    CHECK(Sql::scalar(c, QStringLiteral("SELECT email FROM contacts")).toString()
          == QStringLiteral("li.ming@huadong.example"));
    CHECK(Sql::scalar(c, QStringLiteral("SELECT size_dn || ' ' || pressure_rating FROM product_models"))
              .toString()
          == QStringLiteral("50 PN16"));
    CHECK(Sql::scalar(c,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE case_id IS NULL AND user_id = ?"),
                      {admin.id})
              .toInt()
          > 10);
}

TEST_CASE("The office and administrators keep the lists but Sales and Quality get no Lists menu",
          "[gui][lists]")
{
    TestDatabase t;
    MockClock clock;
    UserService users(t.connection());
    for (const auto& [role, allowed] :
         {std::pair {Role::Office, true}, std::pair {Role::Administrator, true},
          std::pair {Role::SalesClerk, false}, std::pair {Role::QualityEngineer, false}}) {
        User u;
        u.username = Roles::code(role) + QStringLiteral("1");
        u.displayName = u.username;
        u.role = role;
        u.id = users.createUser(t.admin, u, QStringLiteral("a good long password"));
        MainWindow window(t.db(), clock, u);
        INFO(Roles::code(role).toStdString());
        CHECK((window.findChild<QAction*>(QStringLiteral("actionLists")) != nullptr) == allowed);
    }
}
