#include "FlowDriver.h"
#include "LatestCase.h"
#include "Refusal.h"
#include "UserError.h"
#include "loops/LoopSettings.h"
#include "loops/VisitService.h"
#include "reference/ReferenceData.h"

#include <catch2/catch.hpp>

namespace {
// A new database starts its loops on the day it is made; these tests' cases are from March 2026.
void startIn2026(TestDatabase& t, const Clock& clock)
{
    LoopSettingsService settings(t.connection(), clock);
    LoopSettings s = settings.load();
    s.start = QDate(2026, 1, 1);
    settings.save(t.admin, s);
}

// A key customer's case taken through the main flow to closed.
qint64 closedKeyCase(FlowDriver& d)
{
    IntakeData in = d.intake();
    in.customerId = d.t.keyCustomerId;
    in.serialNo.clear();
    in.modelId = d.t.modelId;
    const qint64 id = d.flow.logCase(d.t.sales, in);
    d.toFollowedUp(id);
    d.flow.closeCase(d.t.quality, latest(d.flow, id), d.closing());
    return id;
}
} // namespace

TEST_CASE("R15 a key customer's closed case owes a manager's visit: planned, recorded, due by the set days",
          "[loops][visit]")
{
    TestDatabase t;
    FlowDriver d(t);
    startIn2026(t, d.clock);
    VisitService visits(t.connection(), d.clock);

    // An ordinary customer's case owes no visit; an open key customer's case not yet.
    const qint64 ordinary = d.log();
    CHECK(refusal([&] { visits.afterCase(ordinary); }).contains(QStringLiteral("key customers only")));
    const qint64 id = closedKeyCase(d);
    const QDateTime closedAt = d.flow.load(id).closedAt;
    CustomerVisit v = visits.afterCase(id);
    CHECK(v.status == CustomerVisitStatus::Due);
    CHECK(v.id == 0);
    CHECK(v.dueAt == closedAt.addDays(30));
    CHECK(v.caseNumber == d.flow.load(id).number);
    QList<CustomerVisit> todo = visits.worklist(50);
    REQUIRE(todo.size() == 1); // the ordinary customer's case is not there
    CHECK(todo.first().caseId == id);
    CHECK(todo.first().status == CustomerVisitStatus::Due);

    VisitPlan plan;
    plan.leaderId = t.manager.id;
    plan.participants = QStringLiteral("Sales: sales");
    plan.plannedOn = d.clock.now().date().addDays(5);
    for (const User* u : {&t.technician, &t.quality, &t.rnd})
        CHECK(
            refusal([&] { visits.plan(*u, id, 0, plan); })
            == QStringLiteral("Only a manager or the Sales Department can plan and record customer visits."));
    VisitPlan noLeader = plan;
    noLeader.leaderId = t.sales.id; // a clerk cannot lead it
    noLeader.plannedOn = QDate();
    CHECK(fieldsOf([&] { visits.plan(t.sales, id, 0, noLeader); })
          == QStringList {QStringLiteral("leaderId"), QStringLiteral("plannedOn")});

    const qint64 visitId = visits.plan(t.sales, id, 0, plan);
    v = visits.load(visitId);
    CHECK(v.status == CustomerVisitStatus::Planned);
    CHECK(v.number.startsWith(QStringLiteral("CV-2026-")));
    CHECK(v.leaderName == QStringLiteral("manager"));
    CHECK(v.plannedOn == plan.plannedOn);
    CHECK_FALSE(v.isOverdue(d.clock.now()));
    // A second planner on the empty form that was opened before the first saved is refused.
    CHECK(refusal([&] { visits.plan(t.sales, id, 0, plan); }).contains(QStringLiteral("planned this visit")));

    // Recording: a stale version is refused, the comments on the treatment are required.
    VisitRecord rec;
    rec.visitedOn = d.clock.now().date();
    rec.customerPeople = QStringLiteral("Mr Zhang, plant manager");
    CHECK(fieldsOf([&] { visits.record(t.manager, visitId, v.version, rec); })
          == QStringList {QStringLiteral("treatmentComments")});
    rec.treatmentComments = QStringLiteral("Quick and thorough; the technician came the next day");
    rec.suggestions = QStringLiteral("Send the test reports with the goods");
    CHECK(refusal([&] {
              visits.record(t.manager, visitId, v.version - 1, rec);
          }).contains(QStringLiteral("after you opened it")));
    CHECK(refusal([&] {
              visits.record(t.technician, visitId, v.version, rec);
          }).startsWith(QStringLiteral("Only")));
    visits.record(t.manager, visitId, v.version, rec);
    t.reopen();
    VisitService again(t.connection(), d.clock);
    v = again.afterCase(id);
    CHECK(v.status == CustomerVisitStatus::Recorded);
    CHECK(v.treatmentComments == rec.treatmentComments);
    CHECK(v.suggestions == rec.suggestions);
    CHECK(v.recordedBy == QStringLiteral("manager"));
    CHECK_FALSE(v.isOverdue(d.clock.now().addDays(90))); // made: never overdue
    CHECK(refusal([&] {
              again.waive(t.manager, id, v.version, QStringLiteral("x"));
          }).contains(QStringLiteral("already been made")));
}

TEST_CASE("R15 an unplanned visit becomes overdue: only a manager waives it, with the reason",
          "[loops][visit]")
{
    TestDatabase t;
    FlowDriver d(t);
    startIn2026(t, d.clock);
    VisitService visits(t.connection(), d.clock);
    const qint64 id = closedKeyCase(d);
    CHECK_FALSE(visits.afterCase(id).isOverdue(d.clock.now()));
    CHECK(visits.worklist(50).size() == 1);
    d.clock.advanceDays(31);
    CHECK(visits.afterCase(id).isOverdue(d.clock.now()));
    CHECK(refusal([&] { visits.waive(t.sales, id, 0, QStringLiteral("No need")); })
          == QStringLiteral("Only a manager can decide that a customer visit is not needed."));
    CHECK(fieldsOf([&] { visits.waive(t.manager, id, 0, QStringLiteral("  ")); })
          == QStringList {QStringLiteral("waiverReason")});
    visits.waive(t.manager, id, 0, QStringLiteral("The customer asked for no visit"));
    const CustomerVisit v = visits.afterCase(id);
    CHECK(v.status == CustomerVisitStatus::Waived);
    CHECK(v.waiverReason == QStringLiteral("The customer asked for no visit"));
    CHECK_FALSE(v.isOverdue(d.clock.now()));
    CHECK(visits.worklist(50).isEmpty());
}

TEST_CASE("R17 a round of return visits: recorded, sent to departments, each signs, then filed",
          "[loops][visit]")
{
    TestDatabase t;
    MockClock clock;
    VisitService visits(t.connection(), clock);
    RoundData round;
    round.purpose = QStringLiteral("Spring return visits");
    round.from = QDate(2026, 3, 10);
    round.to = QDate(2026, 3, 31);
    round.customerIds = {t.customerId, t.keyCustomerId};
    CHECK(refusal([&] { visits.openRound(t.sales, round); })
          == QStringLiteral("Only a manager can organize a round of customer return visits."));
    RoundData bad = round;
    bad.purpose.clear();
    bad.to = QDate(2026, 3, 1);
    bad.customerIds = {t.customerId, t.customerId};
    CHECK(fieldsOf([&] { visits.openRound(t.manager, bad); })
          == QStringList {QStringLiteral("customers"), QStringLiteral("period"), QStringLiteral("purpose")});

    const qint64 roundId = visits.openRound(t.manager, round);
    VisitRound r = visits.round(roundId);
    REQUIRE(r.visits.size() == 2);
    CHECK(r.number.startsWith(QStringLiteral("VR-2026-")));
    CustomerVisit v = r.visits.first();
    CHECK(v.status == CustomerVisitStatus::Planned);
    CHECK(v.leaderName == QStringLiteral("manager"));
    // Due by the end of the round's last day in the company's time zone (Shanghai, UTC+8).
    CHECK(v.dueAt == QDateTime(QDate(2026, 3, 31), QTime(15, 59, 59), Qt::UTC));

    // Not sent before it is recorded; the opinions are required.
    CHECK(refusal([&] { visits.send(t.sales, v.id, v.version, {t.rndUnit}); })
          == QStringLiteral("The visit has not been recorded yet."));
    VisitRecord rec;
    rec.visitedOn = clock.now().date();
    CHECK(fieldsOf([&] { visits.record(t.manager, v.id, v.version, rec); })
          == QStringList {QStringLiteral("opinions")});
    rec.opinions = QStringLiteral("Satisfied with the valves; delivery dates slipped twice");
    visits.record(t.manager, v.id, v.version, rec);
    v = visits.load(v.id);

    CHECK(refusal([&] {
              visits.send(t.manager, v.id, v.version, {t.rndUnit});
          }).startsWith(QStringLiteral("Only")));
    CHECK(fieldsOf([&] { visits.send(t.sales, v.id, v.version, {}); })
          == QStringList {QStringLiteral("units")});
    visits.send(t.sales, v.id, v.version, {t.rndUnit, t.mfgUnit});
    v = visits.load(v.id);
    CHECK(v.status == CustomerVisitStatus::Sent);
    REQUIRE(v.recipients.size() == 2);

    // Filing waits for every receipt; each department signs only for itself.
    CHECK(refusal([&] {
              visits.file(t.sales, v.id, v.version);
          }).contains(QStringLiteral("still waiting for")));
    CHECK(refusal([&] {
              visits.acknowledge(t.techSupport, v.id, t.rndUnit);
          }).startsWith(QStringLiteral("Only")));
    CHECK(refusal([&] {
              visits.acknowledge(t.technician, v.id, t.rndUnit);
          }).startsWith(QStringLiteral("Only")));
    visits.acknowledge(t.rnd, v.id, t.rndUnit);
    CHECK(refusal([&] {
              visits.acknowledge(t.rnd, v.id, t.rndUnit);
          }).contains(QStringLiteral("already signed")));
    CHECK(refusal([&] { visits.acknowledge(t.rnd, v.id, t.techSupportUnit); })
          == QStringLiteral("The record was not sent to that department."));
    CHECK_FALSE(VisitService::unitsOf(t.connection(), t.quality).contains(t.mfgUnit));
    // A user of the manufacturing unit signs for it.
    User mfg = t.rnd;
    mfg.unitId = t.mfgUnit;
    visits.acknowledge(mfg, v.id, t.mfgUnit);
    v = visits.load(v.id);
    visits.file(t.sales, v.id, v.version);
    t.reopen();
    r = VisitService(t.connection(), clock).round(roundId);
    CHECK(r.visits.first().status == CustomerVisitStatus::Filed);
    CHECK(r.visits.first().filedBy == QStringLiteral("sales"));
    CHECK_FALSE(r.isFiled()); // the second customer is still to visit
}
