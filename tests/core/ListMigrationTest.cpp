#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "reference/ReferenceData.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
// A database as version 9 left it: customers without codes, models under the CHECK on the
// product line, serials keyed by their number, a technician knowing a line outside the CHECK.
void makeVersion9(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        Migrator::migrate(db, 9);
        for (const char* sql :
             {"INSERT INTO users(id, username, display_name, role, created_at) VALUES (50, 'old', 'Old', "
              "'sales', 0)",
              "INSERT INTO customers(id, name, key_customer) VALUES (7, '北方煤化工集团', 1), (8, 'Delta "
              "Paper', 0)",
              "INSERT INTO contacts(customer_id, name, phone) VALUES (7, 'Wang Lei', '+86 10 5555 0100')",
              "INSERT INTO product_models(id, code, name, product_line) VALUES (3, 'Q41F-50', 'Ball valve "
              "DN50', "
              "'valve'), (4, 'AT-63', 'Actuator AT-63', 'actuator')",
              "INSERT INTO shipments(id, order_no, batch_no, customer_id, shipped_at) VALUES (11, 'SO-1', "
              "'B-1', "
              "7, 1700000000)",
              "INSERT INTO serials(serial_no, shipment_id, model_id) VALUES ('SN-B', 11, 3), ('SN-A', 11, 4)",
              "INSERT INTO service_agencies(id, name) VALUES (2, 'North station')",
              "INSERT INTO technicians(id, agency_id, name) VALUES (5, 2, 'Ma Lin')",
              "INSERT INTO technician_lines VALUES (5, 'valve'), (5, 'regulator')",
              "INSERT INTO cases(number, status, received_at, channel, customer_id, model_id, serial_no, "
              "symptom, "
              "logged_at, logged_by) VALUES ('QI-2025-00009', 'logged', 1700000000, 'phone', 7, 3, 'SN-B', "
              "'Leaks', 1700000000, 50)"})
            Sql::exec(db, QString::fromUtf8(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v9"));
}
} // namespace

TEST_CASE("Migration 13 gives existing entries codes and lists and keeps every reference",
          "[sqlite-file][lists][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
    makeVersion9(path);
    Database db(path);
    const QSqlDatabase c = db.connection();
    CHECK(db.schemaVersion() >= 13);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT code FROM customers WHERE id = 7")).toString()
          == QStringLiteral("C00007"));
    CHECK(Sql::scalar(c, QStringLiteral("SELECT code FROM service_agencies WHERE id = 2")).toString()
          == QStringLiteral("AG002"));
    CHECK(Sql::scalar(c, QStringLiteral("SELECT code FROM technicians WHERE id = 5")).toString()
          == QStringLiteral("T0005"));
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM customers WHERE active = 1")).toInt() == 2);
    // The line a technician knew became a product line; the models kept their ids and lines.
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM product_lines")).toInt() == 5);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT product_line FROM product_models WHERE id = 4")).toString()
          == QStringLiteral("actuator"));
    // Serials got ids and still lead to their case's model, batch and customer.
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM serials WHERE id > 0")).toInt() == 2);
    const auto serial = ReferenceData(c).serial(QStringLiteral("SN-B"));
    REQUIRE(serial.has_value());
    CHECK(serial->modelCode == QStringLiteral("Q41F-50"));
    CHECK(serial->customerName == QStringLiteral("北方煤化工集团"));
    CHECK(serial->openCases == 1);
    // The defect lists stand in groups; every reference holds.
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM defect_categories WHERE group_id IS NULL"))
              .toInt()
          == 0);
    CHECK_FALSE(Sql::scalar(c, QStringLiteral("SELECT 1 FROM pragma_foreign_key_check")).isValid());
    CHECK(Sql::scalar(c, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));

    // The CHECK is gone: a new line takes models; an unknown line is refused by the reference.
    Sql::exec(c, QStringLiteral("INSERT INTO product_lines(code, name) VALUES ('pump', 'Pumps')"));
    CHECK_NOTHROW(
        Sql::exec(c,
                  QStringLiteral(
                      "INSERT INTO product_models(code, name, product_line) VALUES ('P1', 'Pump', 'pump')")));
    CHECK_THROWS(
        Sql::exec(c,
                  QStringLiteral(
                      "INSERT INTO product_models(code, name, product_line) VALUES ('X1', 'X', 'nothing')")));
    // A row written without a code (an older tool) still gets one.
    const qint64 id = Sql::exec(c, QStringLiteral("INSERT INTO customers(name) VALUES ('No code')"))
                          .lastInsertId()
                          .toLongLong();
    CHECK(Sql::scalar(c, QStringLiteral("SELECT code FROM customers WHERE id = ?"), {id}).toString()
          == QStringLiteral("C%1").arg(id, 5, 10, QLatin1Char('0')));
}
