// Tester's shared office, items 2 and 3: the lists of a new database. Lists > Serial numbers >
// Add showed "Order / batch *" as an empty choice with no word that orders and batches come
// first: the form now says so under the field and adds one there and then. The count above a
// list said "1 entries"; a product model saved with no Size DN showed "0".
#include "GuiTestSupport.h"
#include "ListGuiSupport.h"
#include "MockClock.h"
#include "db/Database.h"
#include "domain/User.h"
#include "i18n/Translations.h"
#include "lists/EmptyListHint.h"
#include "lists/ListEditDialog.h"
#include "lists/ListFieldEditor.h"
#include "lists/ListPage.h"
#include "lists/ListService.h"
#include "lists/ListTableModel.h"
#include "lists/ListsWindow.h"
#include "lists/ReferencePicker.h"
#include "main/MainWindow.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
// A new database with its first administrator and a customer.
struct NewOffice
{
    QTemporaryDir dir;
    MockClock clock {QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC)};
    Database db {dir.filePath(QStringLiteral("new.sqlite"))};
    User admin = ListGui::firstAdministrator(db);
    ListService lists {db.connection(), clock};
    qint64 customer = lists.add(admin, QStringLiteral("customers"),
                                {{QStringLiteral("name"), QStringLiteral("Huadong Petrochemical Co.")}});
};
} // namespace

TEST_CASE("A serial number's form on a new database says orders and batches come first and adds one",
          "[gui][lists]")
{
    NewOffice office;
    MainWindow window(office.db, office.clock, office.admin);
    window.show();
    ListsWindow* lists = ListGui::openLists(window);
    ListEditDialog* serial = ListGui::openAdd(lists, QStringLiteral("serials"));
    auto* orders = serial->findChild<EmptyListHint*>(QStringLiteral("shipmentsEmptyHint"));
    auto* models = serial->findChild<EmptyListHint*>(QStringLiteral("product_modelsEmptyHint"));
    REQUIRE(orders);
    REQUIRE(models);
    CHECK(orders->isVisible());
    CHECK(orders->text().contains(QStringLiteral("“Orders and batches” has no entries yet")));
    CHECK(orders->text().contains(QStringLiteral("Add one…")));
    CHECK(models->isVisible());
    ListGui::shoot(serial, QStringLiteral("30_serial_empty_lists"), QStringLiteral("en"));
    Translations::install(QStringLiteral("zh_CN")); // the note in Chinese, then back
    QCoreApplication::processEvents();
    CHECK(orders->text().contains(QStringLiteral("订单与批次")));
    ListGui::shoot(serial, QStringLiteral("30_serial_empty_lists"), QStringLiteral("zh_CN"));
    Translations::install(QStringLiteral("en"));
    QCoreApplication::processEvents();

    // Add one…: the order's own form; once saved it is the one chosen and the note goes.
    GuiTest::whenModal([](QWidget* modal) {
        auto* order = qobject_cast<ListEditDialog*>(modal);
        REQUIRE(order);
        CHECK(order->objectName() == QStringLiteral("shipmentsDialog"));
        ListGui::type(order, QStringLiteral("order_no"), QStringLiteral("SO-7788"));
        ListGui::type(order, QStringLiteral("batch_no"), QStringLiteral("B2025-031"));
        ListGui::pick(order->editor(QStringLiteral("customer_id"))->picker(), QStringLiteral("Huadong"));
        GuiTest::clickSave(order);
        INFO(order->message().toStdString());
        CHECK(order->entryId() > 0);
        order->close(); // it stays open for its serial numbers
    });
    orders->addEntry();
    CHECK_FALSE(orders->isVisible());
    CHECK(serial->editor(QStringLiteral("shipment_id"))->picker()->lineEdit()->text()
          == QStringLiteral("SO-7788 / B2025-031"));
    CHECK(models->isVisible());
    serial->close();
    lists->close();
}

TEST_CASE("With one order its list counts 1 entry and a serial number's form says nothing of orders",
          "[gui][lists]")
{
    Translations::install(QStringLiteral("en")); // as the window does: with the English plural forms
    NewOffice office;
    office.lists.add(office.admin, QStringLiteral("shipments"),
                     {{QStringLiteral("order_no"), QStringLiteral("SO-1")},
                      {QStringLiteral("batch_no"), QStringLiteral("B-1")},
                      {QStringLiteral("customer_id"), office.customer},
                      {QStringLiteral("shipped_at"), QDate(2026, 1, 5)}});
    MainWindow window(office.db, office.clock, office.admin);
    window.show();
    ListsWindow* lists = ListGui::openLists(window);
    lists->showList(QStringLiteral("shipments"));
    CHECK(lists->currentPage()->countLabel()->text() == QStringLiteral("1 entry"));
    ListEditDialog* serial = ListGui::openAdd(lists, QStringLiteral("serials"));
    CHECK(lists->currentPage()->countLabel()->text() == QStringLiteral("0 entries"));
    auto* orders = serial->findChild<EmptyListHint*>(QStringLiteral("shipmentsEmptyHint"));
    REQUIRE(orders);
    CHECK_FALSE(orders->isVisible());
    serial->close();
    lists->close();
}

TEST_CASE("A product model saved without a size shows the size empty", "[gui][lists]")
{
    NewOffice office;
    MainWindow window(office.db, office.clock, office.admin);
    window.show();
    ListsWindow* lists = ListGui::openLists(window);
    ListEditDialog* model = ListGui::openAdd(lists, QStringLiteral("product_models"));
    ListGui::type(model, QStringLiteral("code"), QStringLiteral("GL-80"));
    ListGui::type(model, QStringLiteral("name"), QStringLiteral("Globe valve DN80"));
    ListGui::pick(model->editor(QStringLiteral("product_line"))->picker(), QStringLiteral("Valv"));
    GuiTest::clickSave(model);
    INFO(model->message().toStdString());
    REQUIRE(model->entryId() > 0);
    ListPage* page = lists->currentPage();
    REQUIRE(page->model()->rowCount() == 1);
    int sizeColumn = -1;
    for (int c = 0; c < page->model()->columnCount(); ++c)
        if (page->model()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Size DN"))
            sizeColumn = c;
    REQUIRE(sizeColumn >= 0);
    const QVariant size = page->model()->index(0, sizeColumn).data();
    CHECK(size.toString().isEmpty());
    CHECK(qobject_cast<QStyledItemDelegate*>(page->table()->itemDelegate())
              ->displayText(size, QLocale())
              .isEmpty());
    lists->close();
}
