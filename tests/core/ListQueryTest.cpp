#include "lists/ListQuery.h"

#include "ListTestWorld.h"
#include "UserError.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "lists/CustomerCall.h"
#include "lists/ListSpec.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

namespace {
QStringList walk(const ListQuery& query, const ListFilter& filter, int pageSize, int column)
{
    QStringList seen;
    ListCursor cursor;
    for (;;) {
        const QList<ListRow> rows = query.page(filter, cursor, pageSize);
        for (const ListRow& r : rows)
            seen.append(r.cells.at(column));
        if (rows.size() < pageSize)
            return seen;
        cursor = rows.last().cursor;
    }
}
} // namespace

TEST_CASE("A list pages by keyset in either order and searches without skipping or repeating a row",
          "[lists]")
{
    ListTestWorld w;
    {
        Transaction t(w.t.connection()); // an import: every row a savepoint inside one transaction
        w.lists.setOneAuditRowPerCreate(true);
        for (int i = 0; i < 250; ++i)
            w.lists.add(w.office, QStringLiteral("serials"),
                        {{QStringLiteral("serial_no"), QStringLiteral("SN%1").arg(1000 + (i * 37) % 250)},
                         {QStringLiteral("shipment_id"), w.t.shipmentId},
                         {QStringLiteral("model_id"), w.t.modelId}});
        // A refused row in the middle takes back only itself.
        CHECK_THROWS_AS(w.lists.add(w.office, QStringLiteral("serials"),
                                    {{QStringLiteral("serial_no"), QStringLiteral("SN1000")},
                                     {QStringLiteral("shipment_id"), w.t.shipmentId},
                                     {QStringLiteral("model_id"), w.t.modelId}}),
                        UserError);
        t.commit();
    }
    CHECK(w.auditRows(QStringLiteral("serials"),
                      w.lists.findId(QStringLiteral("serials"), QStringLiteral("SN1000")))
          == 1);
    const ListQuery query(w.t.connection(), ListSpecs::get(QStringLiteral("serials")));
    ListFilter filter;
    CHECK(query.count(filter) == 251); // with the test database's own serial
    const QStringList up = walk(query, filter, 40, 0);
    REQUIRE(up.size() == 251);
    QStringList sorted = up;
    sorted.sort();
    CHECK(up == sorted);
    filter.descending = true;
    QStringList down = walk(query, filter, 33, 0);
    std::reverse(down.begin(), down.end());
    CHECK(down == up);
    filter.search = QStringLiteral("SN11");
    CHECK(query.count(filter) == 100); // SN1100 ... SN1199
    CHECK(walk(query, filter, 7, 0).size() == 100);
    // The customer comes from the batch's order.
    CHECK(query.page(filter, {}, 1).first().cells.last() == QStringLiteral("Huadong Petrochemical Co."));
}

TEST_CASE("A list sorts by a column and finds words anywhere and hides deactivated entries unless asked",
          "[lists]")
{
    ListTestWorld w;
    for (const QString& name : {QStringLiteral("Delta Chemicals"), QStringLiteral("Alpha Steel"),
                                QStringLiteral("Gamma Paper Mill"), QStringLiteral("Beta Chemicals")})
        w.lists.add(w.office, QStringLiteral("customers"),
                    {{QStringLiteral("name"), name}, {QStringLiteral("region"), QStringLiteral("North")}});
    const ListQuery query(w.t.connection(), ListSpecs::get(QStringLiteral("customers")));
    ListFilter filter;
    filter.search = QStringLiteral("chemicals");
    CHECK(walk(query, filter, 1, 1)
          == QStringList({QStringLiteral("Beta Chemicals"), QStringLiteral("Delta Chemicals")}));
    filter.search = QStringLiteral("north mill");
    CHECK(walk(query, filter, 5, 1) == QStringList({QStringLiteral("Gamma Paper Mill")}));
    filter.search.clear();
    filter.sortKey = QStringLiteral("region");
    filter.descending = true;
    CHECK(walk(query, filter, 2, 4).first() == QStringLiteral("North"));
    const qint64 alpha = w.lists.findId(
        QStringLiteral("customers"), QVariantMap {{QStringLiteral("name"), QStringLiteral("Alpha Steel")}});
    w.lists.setActive(w.office, QStringLiteral("customers"), alpha, false);
    filter = ListFilter();
    CHECK(query.count(filter) == 5); // 4 + 2 from the test database - Alpha
    filter.includeInactive = true;
    CHECK(query.count(filter) == 6);
    // The picker of a reference offers active entries only.
    CHECK(query.pick(QStringLiteral("Alpha"), 10).isEmpty());
    CHECK(query.pick(QStringLiteral("Beta"), 10).size() == 1);
}

TEST_CASE("Sales adds a customer and contact during a call and the office sees it to complete", "[lists]")
{
    ListTestWorld w;
    CustomerCall call(w.t.connection(), w.clock);
    CallCustomer c;
    c.name = QStringLiteral("Jiangnan Water Works");
    c.region = QStringLiteral("East");
    c.contactName = QStringLiteral("Xu Lei");
    c.contactPhone = QStringLiteral("+86 25 5555 0199");
    const CallCustomerAdded added = call.addCustomer(w.t.sales, c);
    CHECK(added.customerId > 0);
    CHECK(added.contactId > 0);
    CHECK(added.code.startsWith(u'C'));
    CHECK(call.toCompleteCount() == 1);
    const QVariantMap stored = w.lists.load(QStringLiteral("customers"), added.customerId);
    CHECK(stored.value(QStringLiteral("needs_completion")).toBool());
    CHECK(
        Sql::scalar(w.t.connection(),
                    QStringLiteral(
                        "SELECT user_id FROM audit_log WHERE entity = 'customers' AND entity_id = ? LIMIT 1"),
                    {added.customerId})
            .toLongLong()
        == w.t.sales.id);
    const ListQuery query(w.t.connection(), ListSpecs::get(QStringLiteral("customers")));
    ListFilter toComplete;
    toComplete.onlyFlag = QStringLiteral("needs_completion");
    REQUIRE(query.count(toComplete) == 1);
    CHECK(query.page(toComplete, {}, 10).first().id == added.customerId);
    // The office completes it; Sales may not edit the list itself.
    CHECK_THROWS_AS(w.lists.edit(w.t.sales, QStringLiteral("customers"), added.customerId,
                                 {{QStringLiteral("address"), QStringLiteral("x")}}),
                    UserError);
    w.lists.edit(w.office, QStringLiteral("customers"), added.customerId,
                 {{QStringLiteral("address"), QStringLiteral("8 Riverside Road, Nanjing")},
                  {QStringLiteral("needs_completion"), false}});
    CHECK(call.toCompleteCount() == 0);
    // A contact for a known customer, during a call.
    CHECK(call.addContact(w.t.sales, w.t.customerId, QStringLiteral("Qian Bo"), QString(), QString()) > 0);

    // Wrong fields of both come back together under the call form's keys; nothing is written.
    CallCustomer bad;
    bad.contactName = QStringLiteral("Nobody");
    bad.contactEmail = QStringLiteral("nobody-at-example");
    const int customers
        = Sql::scalar(w.t.connection(), QStringLiteral("SELECT count(*) FROM customers")).toInt();
    try {
        call.addCustomer(w.t.sales, bad);
        FAIL("added a customer without a name");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().contains(QStringLiteral("name")));
        CHECK(e.fieldErrors().contains(QStringLiteral("contactEmail")));
    }
    CHECK(Sql::scalar(w.t.connection(), QStringLiteral("SELECT count(*) FROM customers")).toInt()
          == customers);
    CHECK_THROWS_AS(call.addCustomer(w.t.quality, c), UserError);
}

// Tester's shared office: a product model saved with no Size DN showed "0" in the list on the
// server (an empty number of PostgreSQL reads as a typed null, whose text is "0").
TEST_CASE("A number left empty shows empty in its list", "[lists]")
{
    ListTestWorld w;
    w.lists.add(w.office, QStringLiteral("product_models"),
                {{QStringLiteral("code"), QStringLiteral("GL-80")},
                 {QStringLiteral("name"), QStringLiteral("Globe valve")},
                 {QStringLiteral("product_line"), QStringLiteral("valve")},
                 {QStringLiteral("size_dn"), QString()}});
    const ListSpec& spec = ListSpecs::get(QStringLiteral("product_models"));
    int size = -1;
    int column = 0;
    for (const ListField& f : spec.fields)
        if (f.has(FieldFlag::Column)) {
            if (f.key == QLatin1String("size_dn"))
                size = column;
            ++column;
        }
    REQUIRE(size >= 0);
    ListFilter filter;
    filter.search = QStringLiteral("GL-80");
    const QList<ListRow> rows = ListQuery(w.t.connection(), spec).page(filter, {}, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().cells.at(size).isEmpty());
}
