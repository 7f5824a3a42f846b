// Issue 11, items 4 and 5: serial numbers in bulk (one statement per good row, the import's
// audit entries listing them) and past cases (their numbers and dates kept, each marked in the
// audit log as imported), on a database with nothing but its administrator.
#include "MockClock.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/Sql.h"
#include "deadlines/DeadlineRules.h"
#include "transfer/ColumnMapping.h"
#include "transfer/CsvReader.h"
#include "transfer/ImportService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

namespace {
struct Company
{
    Company()
    {
        admin.username = QStringLiteral("admin");
        admin.displayName = QStringLiteral("Administrator");
        admin.role = Role::Administrator;
        admin.id = Sql::exec(store.connection(),
                             QStringLiteral("INSERT INTO users(username, display_name, role, created_at) "
                                            "VALUES ('admin', 'Administrator', 'admin', 0)"))
                       .lastInsertId()
                       .toLongLong();
        REQUIRE(import(QStringLiteral("customers"), "code,name\nC-1,Yangzi Petrochemical\nC-2,Water Works\n")
                    .committed);
        REQUIRE(import(QStringLiteral("models"),
                       "code,name,product_line,active\nM-1,Ball valve,valve,yes\n"
                       "M-OLD,Old valve,valve,no\n")
                    .committed);
    }
    ImportResult import(const QString& kindId, const QByteArray& bytes, ImportOptions options = {})
    {
        const TransferKind& kind = *TransferKinds::find(kindId);
        const CsvTable table = CsvReader::parse(bytes, kindId + QStringLiteral(".csv"));
        options.source = kindId + QStringLiteral(".csv");
        return ImportService(store.connection(), clock)
            .run(admin, kind, table, ColumnMapping::fromHeader(kind, table.header()), options);
    }
    QVariant value(const QString& sql) const { return Sql::scalar(store.connection(), sql); }
    int count(const QString& table) const
    {
        return value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

    // A file, or a database on the test server in the core suite's run there (QL_TEST_BACKEND).
    TestDatabase store {TestDatabase::World::None};
    MockClock clock;
    User admin;
};

QString firstProblem(const ImportResult& r)
{
    return r.problems.isEmpty() ? QString() : r.problems.first().message;
}
} // namespace

TEST_CASE("Serial numbers come in by the thousand, listed in the import's audit entries", "[transfer][bulk]")
{
    Company co;
    QByteArray file = "serial_no,model,customer,order_no,batch_no,delivered\n";
    for (int i = 0; i < 1203; ++i)
        file += QStringLiteral("SN-%1,M-1,C-%2,PO-%3,B1,2025-06-30\n")
                    .arg(i)
                    .arg(1 + (i / 600) % 2)
                    .arg(i / 600)
                    .toUtf8();
    file += "\"SN-\"\"Q\"\"\\1\",M-1,C-1,PO-2,B1,2025-06-30\n"; // a quote and a backslash in the audit entry
    const ImportResult r = co.import(QStringLiteral("serials"), file);
    INFO(firstProblem(r).toStdString());
    REQUIRE(r.committed);
    CHECK(r.added == 1204);
    CHECK(co.count(QStringLiteral("serials")) == 1204);
    CHECK(co.count(QStringLiteral("shipments")) == 3);
    CHECK(co.value(QStringLiteral("SELECT s.order_no FROM serials n JOIN shipments s ON s.id = n.shipment_id "
                                  "WHERE n.serial_no = 'SN-1202'"))
              .toString()
          == QStringLiteral("PO-2"));

    // Who, when, from which file, which ids and which numbers: one audit row per 1,000.
    QStringList listed;
    int counted = 0;
    QSqlQuery q
        = Sql::exec(co.store.connection(),
                    QStringLiteral("SELECT new_value, user_id, at FROM audit_log WHERE entity = 'serials' "
                                   "AND field = 'imported' ORDER BY id"));
    while (q.next()) {
        const QJsonObject entry = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        CHECK(entry.value(QStringLiteral("imported_from")).toString() == QStringLiteral("serials.csv"));
        CHECK(q.value(1).toLongLong() == co.admin.id);
        CHECK(q.value(2).toLongLong() == co.clock.now().toSecsSinceEpoch());
        counted += entry.value(QStringLiteral("count")).toInt();
        for (const QJsonValue& v : entry.value(QStringLiteral("serial_no")).toArray())
            listed.append(v.toString());
    }
    // The batches are new entries of their list, each with its own audit row.
    CHECK(co.value(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE entity = 'shipments' AND action = 'create'"))
              .toInt()
          == 3);
    CHECK(counted == 1204);
    CHECK(listed.size() == counted);
    CHECK(listed.contains(QStringLiteral("SN-1202")));
    CHECK(listed.contains(QStringLiteral("SN-\"Q\"\\1")));
    CHECK(co.value(QStringLiteral(
                       "SELECT count(*) FROM audit_log WHERE entity = 'serials' AND field = 'imported'"))
              .toInt()
          == 2); // 1,000 and 204

    SECTION("the same file again is refused row by row and changes nothing")
    {
        const int audit = co.count(QStringLiteral("audit_log"));
        const ImportResult again = co.import(QStringLiteral("serials"), file);
        CHECK_FALSE(again.committed);
        CHECK(again.badRows() == 1204);
        CHECK(again.problems.first().line == 2);
        CHECK(again.problems.first().column == QStringLiteral("serial_no"));
        CHECK(co.count(QStringLiteral("serials")) == 1204);
        CHECK(co.count(QStringLiteral("audit_log")) == audit);
    }
}

TEST_CASE("A serial row the bulk path does not take gets the lists' own checks and words", "[transfer][bulk]")
{
    Company co;
    const QByteArray file = "serial_no,model,customer,order_no,batch_no,delivered\n"
                            "SN-1,M-1,C-1,PO-1,B1,2025-06-30\n"
                            "SN-2,M-OLD,C-1,PO-1,B1,2025-06-30\n" // a model no longer active
                            "SN-3,M-1,C-2,PO-1,B1,2025-06-30\n" // the batch went to C-1
                            "SN-4,M-1,C-2,PO-2,B1,2025-13-01\n" // a new batch with a bad date
                            "SN-5,M-1,C-1,PO-1,B1,2025-06-30\n";
    ImportOptions goodOnly;
    goodOnly.goodRowsOnly = true;
    const ImportResult r = co.import(QStringLiteral("serials"), file, goodOnly);
    REQUIRE(r.committed);
    CHECK(r.added == 2);
    REQUIRE(r.badRows() == 3);
    CHECK(r.problems.at(0).line == 3);
    CHECK(r.problems.at(0).column == QStringLiteral("model"));
    CHECK(r.problems.at(0).message.contains(QStringLiteral("no longer active")));
    CHECK(r.problems.at(1).line == 4);
    CHECK(r.problems.at(1).column == QStringLiteral("customer"));
    CHECK(r.problems.at(2).line == 5);
    CHECK(r.problems.at(2).column == QStringLiteral("delivered"));
    // The refused row's new batch went with it.
    CHECK(co.count(QStringLiteral("shipments")) == 1);
    CHECK(co.value(QStringLiteral("SELECT %1 FROM (SELECT serial_no FROM serials ORDER BY serial_no) AS s")
                       .arg(Dialect::groupConcat(co.store.connection(), QStringLiteral("serial_no"),
                                                 QStringLiteral("','"))))
              .toString()
          == QStringLiteral("SN-1,SN-5"));

    SECTION("a number already there is updated when asked, never doubled")
    {
        ImportOptions update;
        update.onExisting = ImportOptions::OnExisting::Update;
        const ImportResult u = co.import(QStringLiteral("serials"),
                                         "serial_no,model,customer,order_no,batch_no,delivered\n"
                                         "SN-5,M-1,C-2,PO-9,B1,2025-07-01\nSN-6,M-1,C-2,PO-9,B1,2025-07-01\n",
                                         update);
        INFO(firstProblem(u).toStdString());
        REQUIRE(u.committed);
        CHECK(u.updated == 1);
        CHECK(u.added == 1);
        CHECK(co.count(QStringLiteral("serials")) == 3);
        CHECK(co.value(QStringLiteral(
                           "SELECT s.order_no FROM serials n JOIN shipments s ON s.id = n.shipment_id "
                           "WHERE n.serial_no = 'SN-5'"))
                  .toString()
              == QStringLiteral("PO-9"));
    }
}

TEST_CASE("Past cases keep their numbers and dates and are marked in the audit log as imported",
          "[transfer][bulk]")
{
    Company co;
    const QByteArray file
        = "number,status,received_at,logged_at,closed_at,channel,customer,model,serial_no,quantity,is_"
          "objection,"
          "symptom\n"
          "QI-2019-00034,logged,2019-03-05 14:05,2019-03-05 14:30,,phone,C-1,M-1,SN-77,2,no,Stem packing "
          "leaks\n"
          "QI-2021-00120,closed,2021/6/1 9:00,,2021-06-20 16:00,email,C-2,,,,yes,Actuator hums\n";
    const ImportResult r = co.import(QStringLiteral("cases"), file);
    INFO(firstProblem(r).toStdString());
    REQUIRE(r.committed);
    CHECK(r.added == 2);
    // The times as written, in the company's time zone.
    const QDateTime received = Sql::toTime(
        co.value(QStringLiteral("SELECT received_at FROM cases WHERE number = 'QI-2019-00034'")));
    CHECK(received.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
          == QDateTime(QDate(2019, 3, 5), QTime(14, 5), DeadlineRules::load(co.store.connection()).zone)
                 .toUTC()
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    CHECK(co.value(QStringLiteral("SELECT logged_at - received_at FROM cases WHERE number = 'QI-2019-00034'"))
              .toLongLong()
          == 25 * 60);
    CHECK(
        co.value(QStringLiteral("SELECT status || ' ' || quantity FROM cases WHERE number = 'QI-2021-00120'"))
            .toString()
        == QStringLiteral("closed 1"));
    CHECK(co.value(QStringLiteral("SELECT closed_at - received_at FROM cases WHERE number = 'QI-2021-00120'"))
              .toLongLong()
          == (19 * 24 + 7) * 3600);
    // Each case's history starts with its import: who, from which file, what it held.
    QSqlQuery q = Sql::exec(
        co.store.connection(),
        QStringLiteral("SELECT c.number, a.user_id, a.action, a.field, a.new_value FROM audit_log a "
                       "JOIN cases c ON c.id = a.case_id ORDER BY a.id"));
    int rows = 0;
    while (q.next()) {
        ++rows;
        CHECK(q.value(1).toLongLong() == co.admin.id);
        CHECK(q.value(2).toString() == QStringLiteral("create"));
        const QJsonObject created = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        CHECK(created.value(QStringLiteral("imported_from")).toString() == QStringLiteral("cases.csv"));
        CHECK(created.value(QStringLiteral("number")).toString() == q.value(0).toString());
    }
    CHECK(rows == 2);
    // The numbering goes on after the highest imported number of each year; a number is imported once.
    CHECK(co.value(QStringLiteral("SELECT last FROM counters WHERE kind = 'QI' AND year = 2021")).toInt()
          == 120);
    const ImportResult again = co.import(QStringLiteral("cases"), file);
    CHECK_FALSE(again.committed);
    CHECK(again.problems.first().message.contains(QStringLiteral("already in the database")));
    CHECK(co.count(QStringLiteral("cases")) == 2);
    // A later file of a year the database has cases of: the numbering goes on after the highest
    // number of both, never back.
    const ImportResult later = co.import(QStringLiteral("cases"),
                                         "number,status,received_at,channel,customer,symptom\n"
                                         "QI-2021-00300,logged,2021-07-01 09:00,phone,C-1,Seat worn\n"
                                         "QI-2021-00050,logged,2021-05-01 09:00,phone,C-2,Handle broken\n");
    INFO(firstProblem(later).toStdString());
    REQUIRE(later.committed);
    CHECK(co.value(QStringLiteral("SELECT last FROM counters WHERE kind = 'QI' AND year = 2021")).toInt()
          == 300);
    const ImportResult earlier = co.import(QStringLiteral("cases"),
                                           "number,status,received_at,channel,customer,symptom\n"
                                           "QI-2021-00200,logged,2021-06-15 09:00,phone,C-1,Gland leaks\n");
    REQUIRE(earlier.committed);
    CHECK(co.value(QStringLiteral("SELECT last FROM counters WHERE kind = 'QI' AND year = 2021")).toInt()
          == 300);
    CHECK(co.count(QStringLiteral("cases")) == 5);
}
