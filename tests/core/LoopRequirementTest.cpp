#include "MockClock.h"
#include "Refusal.h"
#include "TestDatabase.h"
#include "UserError.h"
#include "loops/RequirementService.h"
#include "reference/ReferenceData.h"

#include <catch2/catch.hpp>

namespace {
RequirementData conditions()
{
    RequirementData d;
    d.medium = QStringLiteral("Steam");
    d.pressure = QStringLiteral("1.6 MPa");
    d.temperature = QStringLiteral("220 °C");
    d.special = QStringLiteral("Graphite packing");
    return d;
}
} // namespace

TEST_CASE(
    "R20 before supply: an order's conditions and documents, checked off by Sales, shown for its serials",
    "[loops][requirements]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2025, 5, 20), QTime(2, 0), Qt::UTC));
    RequirementService service(t.connection(), clock);

    // Nothing recorded: the three documents every order takes, unchecked; intake shows nothing.
    OrderRequirement r = service.load(QStringLiteral("SO-7788"));
    CHECK_FALSE(r.isRecorded());
    CHECK(r.customerName.isEmpty() == false);
    CHECK(r.documents.size() == 3);
    CHECK(r.missingDocuments() == 3);
    CHECK_FALSE(service.ofSerial(t.serialNo).has_value());
    CHECK(refusal([&] { service.load(QStringLiteral("SO-0000")); })
          == QStringLiteral("There is no order SO-0000 in the list of orders and batches."));

    // Only Sales; conditions or requirements needed; other documents need a name.
    CHECK(refusal([&] { service.save(t.technician, QStringLiteral("SO-7788"), 0, conditions()); })
          == QStringLiteral("Only the Sales Department can record an order's requirements and documents."));
    CHECK(refusal([&] {
              service.save(t.manager, QStringLiteral("SO-7788"), 0, conditions());
          }).startsWith(QStringLiteral("Only the Sales")));
    RequirementData empty;
    empty.documents.append({QStringLiteral("other"), QString(), false, {}, {}});
    CHECK(fieldsOf([&] { service.save(t.sales, QStringLiteral("SO-7788"), 0, empty); })
          == QStringList {QStringLiteral("documents"), QStringLiteral("medium")});

    RequirementData d = conditions();
    d.documents.append({QStringLiteral("certificate"), QString(), true, {}, {}});
    d.documents.append({QStringLiteral("other"), QStringLiteral("Material certificate 3.1"), false, {}, {}});
    const qint64 id = service.save(t.sales, QStringLiteral(" SO-7788 "), 0, d);
    CHECK(id > 0);
    r = service.load(QStringLiteral("SO-7788"));
    CHECK(r.medium == QStringLiteral("Steam"));
    CHECK(r.temperature == QStringLiteral("220 °C"));
    REQUIRE(r.documents.size() == 4);
    CHECK(r.documents[0].kind == QStringLiteral("certificate"));
    CHECK(r.documents[0].checked);
    CHECK(r.documents[0].checkedBy == t.sales.displayName);
    CHECK(r.documents[0].checkedAt == clock.now());
    CHECK_FALSE(r.documents[1].checked);
    CHECK(r.documents[3].name == QStringLiteral("Material certificate 3.1"));
    CHECK(r.missingDocuments() == 3);

    // Intake: the serial's order shows them.
    const auto shown = service.ofSerial(t.serialNo);
    REQUIRE(shown.has_value());
    CHECK(shown->special == QStringLiteral("Graphite packing"));
    CHECK(shown->missingDocuments() == 3);

    // In the queue of orders still to prepare, until every document is checked.
    const QDate from(2025, 5, 20);
    const QDate to(2025, 6, 3);
    QList<OrderRequirement> open = service.orders(from, to, true, {}, {}, 10);
    REQUIRE(open.size() == 1);
    CHECK(open.first().orderNo == QStringLiteral("SO-7788"));
    CHECK(service.orders(from, QDate(2025, 5, 31), true, {}, {}, 10).isEmpty()); // delivered 1 June

    // A save on an older version is refused, naming who changed it.
    clock.advanceHours(1);
    for (OrderDocument& doc : r.documents)
        doc.checked = true;
    RequirementData all = conditions();
    all.documents = r.documents;
    all.documents.removeLast(); // the other document is no longer wanted
    service.save(t.sales, QStringLiteral("SO-7788"), r.version, all);
    CHECK(refusal([&] {
              service.save(t.sales, QStringLiteral("SO-7788"), r.version, all);
          }).contains(t.sales.displayName));
    r = service.load(QStringLiteral("SO-7788"));
    CHECK(r.version == 2);
    CHECK(r.documents.size() == 3);
    CHECK(r.isReady());
    CHECK(r.documents[0].checkedAt == clock.now().addSecs(-3600)); // the first check keeps its time
    CHECK(r.documents[1].checkedAt == clock.now());
    CHECK(service.orders(from, to, true, {}, {}, 10).isEmpty());
    CHECK(service.orders(from, to, false, {}, {}, 10).size() == 1);

    // Survives a restart.
    t.reopen();
    RequirementService again(t.connection(), clock);
    CHECK(again.load(QStringLiteral("SO-7788")).isReady());
}

TEST_CASE("R20 the orders to prepare are paged by delivery day and order number", "[loops][requirements]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2025, 5, 20), QTime(2, 0), Qt::UTC));
    const ReferenceData ref(t.connection());
    for (int i = 0; i < 5; ++i)
        ref.addShipment(QStringLiteral("SO-9%1").arg(i), QStringLiteral("B-%1").arg(i), t.customerId,
                        QDateTime(QDate(2025, 5, 22 + i / 2), QTime(12, 0), Qt::UTC));
    RequirementService service(t.connection(), clock);
    QStringList seen;
    QDate afterDay;
    QString afterOrder;
    for (;;) {
        const QList<OrderRequirement> page
            = service.orders(QDate(2025, 5, 20), QDate(2025, 6, 3), true, afterDay, afterOrder, 2);
        if (page.isEmpty())
            break;
        for (const OrderRequirement& o : page)
            seen.append(o.orderNo);
        afterDay = page.last().deliveryOn;
        afterOrder = page.last().orderNo;
    }
    CHECK(seen
          == QStringList {QStringLiteral("SO-90"), QStringLiteral("SO-91"), QStringLiteral("SO-92"),
                          QStringLiteral("SO-93"), QStringLiteral("SO-94"), QStringLiteral("SO-7788")});
}
