// Issue 15 (R17, R18, R20): the list of the general manager's rounds of return visits (by period
// and state, paged by key), Quality's review of the survey refused to others and after it is
// closed, and the orders an entry of the lists leads to for the requirements form.
#include "MockClock.h"
#include "Refusal.h"
#include "TestDatabase.h"
#include "db/Sql.h"
#include "loops/RequirementService.h"
#include "loops/RoundQuery.h"
#include "loops/SurveyService.h"
#include "loops/VisitService.h"
#include "reference/ReferenceData.h"

#include <catch2/catch.hpp>

namespace {
qint64 openRound(VisitService& visits, const User& manager, const QString& purpose, const QDate& from,
                 const QDate& to, const QList<qint64>& customers)
{
    RoundData round;
    round.purpose = purpose;
    round.from = from;
    round.to = to;
    round.customerIds = customers;
    return visits.openRound(manager, round);
}

QStringList numbers(const QList<RoundSummary>& rows)
{
    QStringList list;
    for (const RoundSummary& r : rows)
        list.append(r.purpose);
    return list;
}
} // namespace

TEST_CASE("R17 the rounds of return visits listed newest first, by period and state, paged by key",
          "[loops][rounds]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 1, 5), QTime(2, 0), Qt::UTC));
    const RoundQuery query(t.connection());
    CHECK(query.page({}, 0, 10).isEmpty()); // a new database has none
    VisitService visits(t.connection(), clock);
    const qint64 january = openRound(visits, t.manager, QStringLiteral("January"), QDate(2026, 1, 10),
                                     QDate(2026, 1, 31), {t.customerId, t.keyCustomerId});
    const qint64 march = openRound(visits, t.manager, QStringLiteral("March"), QDate(2026, 3, 10),
                                   QDate(2026, 3, 31), {t.customerId});
    openRound(visits, t.manager, QStringLiteral("June"), QDate(2026, 6, 1), QDate(2026, 6, 30),
              {t.keyCustomerId});

    // March's only visit: recorded, sent, signed for and filed; January's first one recorded.
    CustomerVisit v = visits.round(march).visits.first();
    visits.record(t.manager, v.id, v.version,
                  {QDate(2026, 1, 5), QStringLiteral("Mr Li"), {}, QStringLiteral("Valves fine"), {}});
    v = visits.load(v.id);
    visits.send(t.sales, v.id, v.version, {t.rndUnit});
    visits.acknowledge(t.rnd, v.id, t.rndUnit);
    v = visits.load(v.id);
    visits.file(t.sales, v.id, v.version);
    CHECK(RoundQuery(t.connection()).idOfNumber(visits.round(march).number) == march);
    v = visits.round(january).visits.first();
    visits.record(t.manager, v.id, v.version, {QDate(2026, 1, 5), QString(), {}, QStringLiteral("Good"), {}});
    t.reopen();

    const RoundQuery after(t.connection());
    const QList<RoundSummary> all = after.page({}, 0, 10);
    CHECK(numbers(all)
          == QStringList {QStringLiteral("June"), QStringLiteral("March"), QStringLiteral("January")});
    CHECK(all[2].visits == 2);
    CHECK(all[2].visited == 1);
    CHECK(all[2].filed == 0);
    CHECK_FALSE(all[2].isFiled());
    CHECK(all[1].isFiled());
    CHECK(all[1].organiser == QStringLiteral("manager"));
    CHECK(all[1].from == QDate(2026, 3, 10));
    CHECK(all[1].number.startsWith(QStringLiteral("VR-2026-")));

    // Paged by key: the second page starts after the last round of the first, nothing twice.
    const QList<RoundSummary> first = after.page({}, 0, 2);
    REQUIRE(first.size() == 2);
    CHECK(numbers(after.page({}, first.last().id, 2)) == QStringList {QStringLiteral("January")});

    RoundFilter filed;
    filed.show = RoundFilter::Show::Filed;
    CHECK(numbers(after.page(filed, 0, 10)) == QStringList {QStringLiteral("March")});
    RoundFilter open;
    open.show = RoundFilter::Show::Open;
    CHECK(numbers(after.page(open, 0, 10))
          == QStringList {QStringLiteral("June"), QStringLiteral("January")});
    // The rounds whose visits fall in a period: overlapping it, either end.
    RoundFilter spring;
    spring.from = QDate(2026, 3, 31);
    spring.to = QDate(2026, 6, 1);
    CHECK(numbers(after.page(spring, 0, 10))
          == QStringList {QStringLiteral("June"), QStringLiteral("March")});
    spring.show = RoundFilter::Show::Open;
    CHECK(numbers(after.page(spring, 0, 10)) == QStringList {QStringLiteral("June")});
    RoundFilter before;
    before.to = QDate(2026, 1, 9);
    CHECK(after.page(before, 0, 10).isEmpty());
    CHECK(after.idOfNumber(QStringLiteral("VR-1999-00001")) == 0);
}

TEST_CASE("R18 only Quality reviews the survey, and only while the summary waits for its review",
          "[loops][survey]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
    SurveyService surveys(t.connection(), clock);
    const qint64 id = surveys.open(t.sales, 2026, {t.customerId}, QDate(2027, 1, 15));
    const FindingData finding {QStringLiteral("Packing"), t.mfgUnit, QDate(2027, 2, 1)};
    CHECK(refusal([&] { surveys.addFinding(t.quality, id, finding); })
          == QStringLiteral("The summary of the survey has not been sent to Quality yet."));
    surveys.recordAnswer(t.sales, surveys.load(2026).letters.first().id, {QDate(2026, 12, 1), 3, 3, {}});
    surveys.report(t.sales, id, QStringLiteral("Average"));
    for (const User& other : {t.sales, t.manager, t.technician, t.admin}) {
        CHECK(refusal([&] { surveys.addFinding(other, id, finding); }).startsWith(QStringLiteral("Only")));
        CHECK(refusal([&] {
                  surveys.review(other, id, QStringLiteral("x"));
              }).startsWith(QStringLiteral("Only")));
    }
    CHECK(fieldsOf([&] { surveys.review(t.quality, id, QStringLiteral("  ")); })
          == QStringList {QStringLiteral("reviewNote")});
    surveys.addFinding(t.quality, id, finding);
    surveys.review(t.quality, id, QStringLiteral("Packing to be improved"));
    CHECK(refusal([&] {
              surveys.addFinding(t.quality, id, finding);
          }).contains(QStringLiteral("already closed")));
    const Survey s = surveys.load(2026);
    CHECK(s.reviewNote == QStringLiteral("Packing to be improved"));
    CHECK(s.reviewedBy == QStringLiteral("quality"));
    REQUIRE(s.findings.size() == 1);
    CHECK(s.findings.first().actionNumber.startsWith(QStringLiteral("RN-2026-")));
}

TEST_CASE("R20 the orders an order, serial or customer of the lists leads to", "[loops][requirements]")
{
    TestDatabase t;
    MockClock clock;
    const ReferenceData ref(t.connection());
    ref.addShipment(QStringLiteral("SO-7788"), QStringLiteral("B2025-032"), t.customerId,
                    QDateTime(QDate(2025, 6, 20), QTime(8, 0), Qt::UTC));
    ref.addShipment(QStringLiteral("SO-8001"), QStringLiteral("B2025-050"), t.customerId,
                    QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC));
    const RequirementService service(t.connection(), clock);
    CHECK(service.ordersOf(QStringLiteral("shipments"), t.shipmentId, 20)
          == QStringList {QStringLiteral("SO-7788")});
    const qint64 serialId
        = Sql::scalar(t.connection(), QStringLiteral("SELECT id FROM serials WHERE serial_no = ?"),
                      {t.serialNo})
              .toLongLong();
    CHECK(service.ordersOf(QStringLiteral("serials"), serialId, 20)
          == QStringList {QStringLiteral("SO-7788")});
    // A customer's orders once each, the latest delivered first.
    CHECK(service.ordersOf(QStringLiteral("customers"), t.customerId, 20)
          == QStringList {QStringLiteral("SO-8001"), QStringLiteral("SO-7788")});
    CHECK(service.ordersOf(QStringLiteral("customers"), t.keyCustomerId, 20).isEmpty());
    CHECK(service.ordersOf(QStringLiteral("units"), t.rndUnit, 20).isEmpty());
}
