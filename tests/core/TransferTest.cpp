// Issue 11, item 4: the company's lists imported from CSV files into a database made as
// `qualityloop-cli init` makes it (nothing in it but the administrator), all or nothing, updated
// by code, exported and imported again to the same bytes, recorded in the audit log.
#include "MockClock.h"
#include "TestDatabase.h"
#include "UserError.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "transfer/ColumnMapping.h"
#include "transfer/CsvReader.h"
#include "transfer/ExportService.h"
#include "transfer/ImportService.h"

#include <QStringEncoder>

#include <catch2/catch.hpp>

namespace {
// A new, empty database as `init` leaves it: the migrations and one administrator.
struct EmptyCompany
{
    EmptyCompany()
    {
        // The administrator init makes, without its password hash (an Argon2id hash per test
        // would cost more than the test; TransferCliTest runs init itself).
        admin.username = QStringLiteral("admin");
        admin.displayName = QStringLiteral("Administrator");
        admin.role = Role::Administrator;
        admin.id = Sql::exec(store.connection(),
                             QStringLiteral("INSERT INTO users(username, display_name, role, created_at) "
                                            "VALUES ('admin', 'Administrator', 'admin', 0)"))
                       .lastInsertId()
                       .toLongLong();
        REQUIRE(admin.id > 0);
    }

    ImportResult import(const QString& kindId, const QByteArray& bytes, ImportOptions options = {})
    {
        const TransferKind& kind = *TransferKinds::find(kindId);
        const CsvTable table = CsvReader::parse(bytes, kindId + QStringLiteral(".csv"));
        if (options.source.isEmpty())
            options.source = kindId + QStringLiteral(".csv");
        return ImportService(store.connection(), clock)
            .run(admin, kind, table, ColumnMapping::fromHeader(kind, table.header()), options);
    }
    QByteArray exported(const QString& kindId) const
    {
        return ExportService(store.connection()).bytes(*TransferKinds::find(kindId));
    }
    int count(const QString& table) const
    {
        return Sql::scalar(store.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }
    QString text(const QString& sql) const { return Sql::scalar(store.connection(), sql).toString(); }

    // A file, or a database on the test server in the core suite's run there (QL_TEST_BACKEND).
    TestDatabase store {TestDatabase::World::None};
    MockClock clock;
    User admin;
};

const QByteArray customersCsv = "code;name;name_zh;key_customer;region\r\n"
                                "C-100;Sinopec Yangzi;扬子石化;yes;East\r\n"
                                "C-200;\"Water Works, Shanghai\";上海水务;no;East\r\n"
                                "C-300;=Formula Trading;;no;North\r\n";
const QByteArray modelsCsv = "code,name,product_line,size_dn,pressure_rating\n"
                             "Q41F-16C-50,Ball valve DN50,valve,50,PN16\n"
                             "AT-200,Electric actuator,actuator,,\n";
const QByteArray serialsCsv = "serial_no,model,customer,order_no,batch_no,delivered\n"
                              "SN-0001,Q41F-16C-50,C-100,PO-77,B1,2025-06-30\n"
                              "SN-0002,Q41F-16C-50,C-100,PO-77,B1,2025-06-30\n"
                              "SN-0003,AT-200,C-200,PO-78,B1,2025/7/2\n";
} // namespace

TEST_CASE("A new company imports its customers, models and serials into an empty database", "[transfer]")
{
    EmptyCompany co;
    REQUIRE(co.count(QStringLiteral("customers")) == 0);
    QByteArray withBom = QByteArrayLiteral("\xef\xbb\xbf") + customersCsv;
    const ImportResult customers = co.import(QStringLiteral("customers"), withBom);
    INFO((customers.problems.isEmpty() ? QString() : customers.problems.first().message).toStdString());
    REQUIRE(customers.committed);
    CHECK(customers.added == 3);
    CHECK(co.text(QStringLiteral("SELECT name_zh FROM customers WHERE code = 'C-100'"))
          == QStringLiteral("扬子石化"));
    CHECK(co.text(QStringLiteral("SELECT name FROM customers WHERE code = 'C-200'"))
          == QStringLiteral("Water Works, Shanghai"));
    CHECK(co.text(QStringLiteral("SELECT key_customer FROM customers WHERE code = 'C-100'"))
          == QStringLiteral("1"));

    REQUIRE(co.import(QStringLiteral("models"), modelsCsv).committed);
    const ImportResult serials = co.import(QStringLiteral("serials"), serialsCsv);
    REQUIRE(serials.problems.isEmpty());
    CHECK(serials.added == 3);
    CHECK(co.count(QStringLiteral("serials")) == 3);
    CHECK(co.count(QStringLiteral("shipments")) == 2); // PO-77/B1 once, PO-78/B1

    SECTION("the audit log says who imported each entry and from which file")
    {
        const QString created = co.text(
            QStringLiteral("SELECT a.new_value FROM audit_log a JOIN customers c ON c.id = a.entity_id "
                           "WHERE a.entity = 'customers' AND a.action = 'create' AND c.code = 'C-100'"));
        CHECK(created.contains(QStringLiteral("\"imported_from\":\"customers.csv\"")));
        CHECK(Sql::scalar(
                  co.store.connection(),
                  QStringLiteral("SELECT count(DISTINCT user_id) FROM audit_log WHERE entity = 'serials'"))
                  .toInt()
              == 1);
        CHECK(Sql::scalar(co.store.connection(),
                          QStringLiteral("SELECT user_id FROM audit_log WHERE entity = 'serials' LIMIT 1"))
                  .toLongLong()
              == co.admin.id);
    }
    SECTION("the data is still there after the database is opened again")
    {
        co.store.reopen();
        CHECK(co.count(QStringLiteral("serials")) == 3);
        CHECK(co.count(QStringLiteral("customers")) == 3);
    }
}

TEST_CASE("A file with one bad row imports nothing and names the line and the column", "[transfer]")
{
    EmptyCompany co;
    REQUIRE(co.import(QStringLiteral("customers"), customersCsv).committed);
    REQUIRE(co.import(QStringLiteral("models"), modelsCsv).committed);
    const int auditBefore = co.count(QStringLiteral("audit_log"));
    const QByteArray bad = "serial_no,model,customer,order_no,batch_no,delivered\n"
                           "SN-0001,Q41F-16C-50,C-100,PO-77,B1,2025-06-30\n"
                           "SN-0002,NO-SUCH-MODEL,C-100,PO-77,B1,2025-06-30\n"
                           "SN-0003,AT-200,C-200,PO-78,B1,31st of June\n";
    const ImportResult r = co.import(QStringLiteral("serials"), bad);
    CHECK_FALSE(r.committed);
    REQUIRE(r.problems.size() >= 2);
    CHECK(r.badRows() == 2);
    CHECK(r.problems.at(0).line == 3);
    CHECK(r.problems.at(0).column == QStringLiteral("model"));
    CHECK(r.problems.at(0).message.contains(QStringLiteral("NO-SUCH-MODEL")));
    CHECK(r.problems.last().line == 4);
    CHECK(r.problems.last().column == QStringLiteral("delivered"));
    // Nothing half-imported: not the good first row, not its batch, not an audit row.
    CHECK(co.count(QStringLiteral("serials")) == 0);
    CHECK(co.count(QStringLiteral("shipments")) == 0);
    CHECK(co.count(QStringLiteral("audit_log")) == auditBefore);

    SECTION("the good rows only, when asked")
    {
        ImportOptions goodOnly;
        goodOnly.goodRowsOnly = true;
        const ImportResult g = co.import(QStringLiteral("serials"), bad, goodOnly);
        CHECK(g.committed);
        CHECK(g.added == 1);
        CHECK(co.count(QStringLiteral("serials")) == 1);
    }
    SECTION("a missing required column stops the file at line 1")
    {
        const ImportResult m = co.import(QStringLiteral("serials"), "serial_no,customer\nSN-9,C-100\n");
        CHECK_FALSE(m.committed);
        REQUIRE_FALSE(m.problems.isEmpty());
        CHECK(m.problems.first().line == 1);
        CHECK(co.count(QStringLiteral("serials")) == 0);
    }
    SECTION("a key twice in one file")
    {
        const ImportResult d = co.import(QStringLiteral("customers"), "code,name\nC-900,One\nC-900,Two\n");
        CHECK_FALSE(d.committed);
        REQUIRE(d.problems.size() == 1);
        CHECK(d.problems.first().line == 3);
        CHECK(d.problems.first().message.contains(QStringLiteral("line 2")));
    }
}

TEST_CASE("Importing again updates the entries by their code, never doubles them", "[transfer]")
{
    EmptyCompany co;
    REQUIRE(co.import(QStringLiteral("customers"), customersCsv).committed);
    const QByteArray changed = "code,name,region,active\n"
                               "C-100,Sinopec Yangzi Petrochemical,East,yes\n"
                               "C-200,\"Water Works, Shanghai\",East,no\n"
                               "C-400,New Customer,South,yes\n";
    SECTION("refused by default")
    {
        const ImportResult r = co.import(QStringLiteral("customers"), changed);
        CHECK_FALSE(r.committed);
        CHECK(r.problems.first().line == 2);
        CHECK(co.count(QStringLiteral("customers")) == 3);
    }
    SECTION("updated when chosen")
    {
        ImportOptions update;
        update.onExisting = ImportOptions::OnExisting::Update;
        const ImportResult r = co.import(QStringLiteral("customers"), changed, update);
        REQUIRE(r.committed);
        CHECK(r.added == 1);
        CHECK(r.updated == 2);
        CHECK(co.count(QStringLiteral("customers")) == 4);
        CHECK(co.text(QStringLiteral("SELECT name FROM customers WHERE code = 'C-100'"))
              == QStringLiteral("Sinopec Yangzi Petrochemical"));
        CHECK(co.text(QStringLiteral("SELECT active FROM customers WHERE code = 'C-200'"))
              == QStringLiteral("0"));
        // Columns the file does not have are kept.
        CHECK(co.text(QStringLiteral("SELECT name_zh FROM customers WHERE code = 'C-100'"))
              == QStringLiteral("扬子石化"));
        CHECK(Sql::scalar(co.store.connection(),
                          QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customers' AND "
                                         "action = 'update' AND field = 'name'"))
                  .toInt()
              == 1);
        // The same file again changes nothing.
        const ImportResult again = co.import(QStringLiteral("customers"), changed, update);
        CHECK(again.unchanged == 3);
        CHECK(again.updated == 0);
    }
}

TEST_CASE("Export, import into an empty database, export again gives the same bytes, for every kind",
          "[transfer]")
{
    EmptyCompany from;
    REQUIRE(from.import(QStringLiteral("customers"), customersCsv).committed);
    REQUIRE(from.import(QStringLiteral("models"), modelsCsv).committed);
    REQUIRE(from.import(QStringLiteral("serials"), serialsCsv).committed);
    REQUIRE(from.import(QStringLiteral("contacts"),
                        "customer,name,phone,email\nC-100,Li Wei,+86 25 5555 0100,li@example.com\n")
                .committed);
    REQUIRE(
        from.import(QStringLiteral("agencies"), "code,name,region\nA-1,East China Service,East\n").committed);
    REQUIRE(
        from.import(QStringLiteral("technicians"),
                    "code,name,agency,lines,models\nT-1,Zhou Jie,A-1,valve; actuator,Q41F-16C-50; AT-200\n")
            .committed);
    REQUIRE(from.import(QStringLiteral("cases"),
                        "number,status,received_at,channel,customer,model,serial_no,symptom\n"
                        "QI-2024-00007,logged,2024-03-05 14:05,phone,C-100,Q41F-16C-50,SN-0001,Stem leaks\n")
                .committed);
    EmptyCompany to;
    for (const QString& kind :
         {QStringLiteral("customers"), QStringLiteral("models"), QStringLiteral("serials"),
          QStringLiteral("contacts"), QStringLiteral("agencies"), QStringLiteral("technicians"),
          QStringLiteral("cases")}) {
        INFO(kind.toStdString());
        const QByteArray first = from.exported(kind);
        const ImportResult r = to.import(kind, first);
        INFO((r.problems.isEmpty() ? QString() : r.problems.first().message).toStdString());
        REQUIRE(r.committed);
        CHECK(to.exported(kind) == first);
    }
    // A formula is made harmless in the file, and comes back as the text it was.
    CHECK(from.exported(QStringLiteral("customers")).contains("'=Formula Trading"));
    CHECK(to.text(QStringLiteral("SELECT name FROM customers WHERE code = 'C-300'"))
          == QStringLiteral("=Formula Trading"));
}

TEST_CASE("A file saved by Excel on a Chinese system (GB18030) imports", "[transfer]")
{
    EmptyCompany co;
    QStringEncoder gb("GB18030");
    const QByteArray bytes
        = gb.encode(QStringLiteral("code\tname\tname_zh\r\nC-500\tHangzhou Steam\t杭州蒸汽\r\n"));
    const ImportResult r = co.import(QStringLiteral("customers"), bytes);
    REQUIRE(r.committed);
    CHECK(co.text(QStringLiteral("SELECT name_zh FROM customers WHERE code = 'C-500'"))
          == QStringLiteral("杭州蒸汽"));
}

TEST_CASE("An empty file is refused in words", "[transfer]")
{
    CHECK_THROWS_AS(CsvReader::parse(QByteArray(), QStringLiteral("empty.csv")), UserError);
}

TEST_CASE("Only the office or an administrator imports and core refuses the others", "[transfer]")
{
    EmptyCompany co;
    User sales;
    sales.id = co.admin.id;
    sales.role = Role::SalesClerk;
    const TransferKind& kind = *TransferKinds::find(QStringLiteral("customers"));
    const CsvTable table = CsvReader::parse(customersCsv, QStringLiteral("c.csv"));
    CHECK_THROWS_AS(ImportService(co.store.connection(), co.clock)
                        .run(sales, kind, table, ColumnMapping::fromHeader(kind, table.header()), {}),
                    UserError);
    CHECK(co.count(QStringLiteral("customers")) == 0);
}

TEST_CASE("A bad file is refused in words and the database is left as it was", "[transfer]")
{
    EmptyCompany co;
    REQUIRE(co.import(QStringLiteral("customers"), customersCsv).committed);
    const QByteArray before = co.exported(QStringLiteral("customers"));
    const auto refusal = [&co](const QByteArray& bytes) {
        try {
            co.import(QStringLiteral("customers"), bytes);
        } catch (const UserError& e) {
            return e.message();
        }
        return QString();
    };
    SECTION("a column the list does not have")
    {
        const ImportResult r = co.import(QStringLiteral("customers"), "code,name,colour\nC-900,New,red\n");
        CHECK_FALSE(r.committed);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().line == 1);
        CHECK(r.problems.first().column == QStringLiteral("colour"));
    }
    SECTION("a value of 1 MB")
    {
        const ImportResult r = co.import(QStringLiteral("customers"),
                                         "code,name\nC-900,Fine\nC-901,\"" + QByteArray(1024 * 1024, 'x')
                                             + "\"\nC-902,Fine too\n");
        CHECK_FALSE(r.committed);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().line == 3);
        CHECK(r.problems.first().column == QStringLiteral("name"));
        CHECK(r.problems.first().message.contains(QStringLiteral("too long")));
    }
    SECTION("a line with more values than the header has columns, after a value on two lines")
    {
        const ImportResult r
            = co.import(QStringLiteral("customers"), "code,name\nC-900,\"Two\nlines\"\nC-901,Works, Ltd\n");
        CHECK_FALSE(r.committed);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems.first().line == 4);
    }
    SECTION("text in no encoding the reader knows")
    {
        CHECK(refusal("code,name\nC-900,Fine\nC-901,\xff\xfe\xff\n").contains(QStringLiteral("line 3")));
    }
    SECTION("a quote never closed")
    {
        CHECK(refusal("code,name\nC-900,\"Fine\nC-901,Fine\n").contains(QStringLiteral("line 2")));
    }
    CHECK(co.exported(QStringLiteral("customers")) == before);
}
