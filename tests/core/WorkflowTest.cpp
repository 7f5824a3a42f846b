#include "FlowDriver.h"
#include "LatestCase.h"
#include "UserError.h"
#include "cases/CaseRepository.h"
#include "db/Sql.h"

#include <catch2/catch.hpp>

TEST_CASE("One case goes through the whole main flow R1-R9 and every record survives a reopen", "[workflow]")
{
    TestDatabase t;
    FlowDriver d(t);
    WorkflowService& flow = d.flow;

    // R1 intake: the serial number fills the product, batch and order.
    const qint64 id = d.log(true);
    QualityCase c = flow.load(id);
    CHECK(c.number == QStringLiteral("QI-2026-00001"));
    CHECK(c.status == CaseStatus::Logged);
    CHECK(c.modelCode == QStringLiteral("Q41F-16C-50"));
    CHECK(c.batchNo == QStringLiteral("B2025-031"));
    CHECK(c.orderNo == QStringLiteral("SO-7788"));
    CHECK(c.customerName == QStringLiteral("Huadong Petrochemical Co."));
    NextDue next = flow.nextDue(c);
    CHECK(next.ownerCode == QStringLiteral("sales"));
    CHECK(next.code == QStringLiteral("send")); // same working day comes before the 24-hour clock

    // R2 send to Quality and Quality records it.
    d.clock.advanceHours(1);
    flow.sendToQuality(t.sales, latest(flow, id));
    CHECK(flow.load(id).status == CaseStatus::SentToQuality);
    flow.recordByQuality(t.quality, latest(flow, id));
    c = flow.load(id);
    CHECK(c.status == CaseStatus::Recorded);
    CHECK(c.recordedBy == QStringLiteral("quality"));

    // The disposal suggestion within 24 hours of the objection.
    flow.giveDisposalSuggestion(t.sales, latest(flow, id),
                                QStringLiteral("Retighten the gland nut by a quarter turn"));
    CHECK(flow.load(id).disposalAt == d.clock.now());

    // R3 analysis with two responsible units; deadlines default from grade B.
    d.clock.advanceHours(3);
    const QDateTime analysedAt = d.clock.now();
    flow.analyse(t.quality, latest(flow, id), d.analysis());
    c = flow.load(id);
    CHECK(c.status == CaseStatus::Analysed);
    CHECK(c.gradeCode == QStringLiteral("B"));
    REQUIRE(c.units.size() == 2);
    CHECK(c.units[0].dueAt == analysedAt.addSecs(48 * 3600));
    CHECK(c.processingDueAt == analysedAt.addSecs(120 * 3600));
    CHECK_FALSE(c.temporaryMeasures.isEmpty()); // the grade's temporary measures

    // R4 numbered feedback sheet; each unit records receipt and reply.
    const QString sheet = flow.issueFeedbackSheet(t.quality, latest(flow, id));
    CHECK(sheet == QStringLiteral("FS-2026-00001"));
    flow.recordUnitReceipt(t.rnd, latest(flow, id), t.rndUnit);
    c = flow.load(id);
    CHECK(c.units[0].receivedAt.isValid());
    CHECK_FALSE(c.units[0].repliedAt.isValid());
    flow.recordUnitReply(t.rnd, latest(flow, id), t.rndUnit, QStringLiteral("Assembly torque now recorded"));
    flow.recordUnitReply(t.quality, latest(flow, id), t.mfgUnit,
                         QStringLiteral("Stock of the batch checked"));
    c = flow.load(id);
    CHECK(c.units[0].reply == QStringLiteral("Assembly torque now recorded"));
    CHECK(c.units[1].repliedAt.isValid());

    // R5 processing plan: on-site service; the appointed time defaults from the grade.
    d.clock.advanceHours(2);
    flow.planProcessing(t.sales, latest(flow, id), d.onSitePlan());
    c = flow.load(id);
    REQUIRE(c.plan.has_value());
    CHECK(c.plan->technicianName == QStringLiteral("Zhou Jie"));
    CHECK(c.plan->appointedAt == d.clock.now().addSecs(48 * 3600));
    CHECK(c.plan->address == QStringLiteral("Unit 3, 1 Refinery Road"));
    CHECK(flow.nextDue(c).code == QStringLiteral("arrival"));

    // R6 on-site service by the assigned technician.
    d.clock.advanceHours(30);
    flow.recordOnSiteService(t.technician, latest(flow, id), d.service());
    c = flow.load(id);
    CHECK(c.status == CaseStatus::Implemented);
    REQUIRE(c.service.has_value());
    CHECK(c.service->customerConfirmed);
    next = flow.nextDue(c);
    CHECK(next.code == QStringLiteral("first_visit"));
    CHECK_FALSE(next.overdue);

    // R7 first return visit with items and marks; R8 second visit transfers a problem.
    d.clock.advanceDays(2);
    flow.recordFirstVisit(t.sales, latest(flow, id), d.firstVisit());
    c = flow.load(id);
    REQUIRE(c.visit(VisitKind::First));
    CHECK(c.visit(VisitKind::First)->marks == 92);
    CHECK(c.visit(VisitKind::First)->items.size() == 2);
    d.clock.advanceDays(17);
    flow.recordSecondVisit(t.sales, latest(flow, id), d.secondVisit(true));
    c = flow.load(id);
    CHECK(c.status == CaseStatus::FollowedUp);
    REQUIRE(c.followUps.size() == 1);
    CHECK(c.followUps[0].ownerUnitId == t.techSupportUnit);
    CHECK(flow.owed(c).size() == 1); // the follow-up is still open

    // R9 close: refused while the follow-up is owed, then allowed once it is done.
    CHECK_THROWS_AS(flow.closeCase(t.quality, latest(flow, id), d.closing()), UserError);
    flow.completeFollowUp(t.techSupport, latest(flow, id), c.followUps[0].id,
                          QStringLiteral("Gland retightened, no leak"));
    flow.closeCase(t.quality, latest(flow, id), d.closing());
    c = flow.load(id);
    CHECK(c.status == CaseStatus::Closed);
    CHECK(c.writtenFeedback.startsWith(QStringLiteral("Dear customer")));
    CHECK(flow.nextDue(c).isNone());

    // Everything is still there after the database is closed and opened again.
    t.reopen();
    const QualityCase again = CaseRepository(t.connection()).load(id);
    CHECK(again.status == CaseStatus::Closed);
    CHECK(again.sheet->number == sheet);
    CHECK(again.visits.size() == 2);
    CHECK(again.units.size() == 2);
    CHECK(again.followUps[0].doneAt.isValid());
}

TEST_CASE("Return to factory goes through the return plan order and the resupply follow-up", "[workflow]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    d.toSheetIssued(id);
    PlanData plan;
    plan.kind = PlanKind::ReturnToFactory;
    plan.returnOrderNo = QStringLiteral("RP-2026-0042");
    d.flow.planProcessing(t.sales, latest(d.flow, id), plan);
    CHECK_THROWS_WITH(d.flow.recordReturnStage(t.sales, latest(d.flow, id), ReturnStage::Reworked),
                      Catch::Contains("not been received"));
    d.flow.recordReturnStage(t.sales, latest(d.flow, id), ReturnStage::Received);
    d.flow.recordReturnStage(t.sales, latest(d.flow, id), ReturnStage::Reworked);
    d.flow.recordReturnStage(t.sales, latest(d.flow, id), ReturnStage::Resupplied);
    QualityCase c = d.flow.load(id);
    CHECK(c.status == CaseStatus::Implemented);
    CHECK(d.flow.nextDue(c).code == QStringLiteral("unit_reply")); // the units still owe replies
    CHECK_THROWS_WITH(d.flow.recordFirstVisit(t.sales, latest(d.flow, id), d.firstVisit()),
                      Catch::Contains("on-site service"));
    d.flow.recordResupplyFollowUp(t.sales, latest(d.flow, id),
                                  {{}, QStringLiteral("Runs well after rework"), true});
    c = d.flow.load(id);
    CHECK(c.status == CaseStatus::FollowedUp);
    REQUIRE(c.visit(VisitKind::Resupply));
    CHECK(c.visit(VisitKind::Resupply)->forwardedToQuality);
}

TEST_CASE("Remote guidance closes after completion: owed replies need a waiver with a reason", "[workflow]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    d.toSheetIssued(id);
    PlanData plan;
    plan.kind = PlanKind::RemoteGuidance;
    plan.details = QStringLiteral("Guided the operator by video call");
    d.flow.planProcessing(t.sales, latest(d.flow, id), plan);
    d.flow.completePlan(t.sales, latest(d.flow, id), QStringLiteral("Valve adjusted by the operator"));
    try {
        d.flow.closeCase(t.quality, latest(d.flow, id), d.closing());
        FAIL("closing with unit replies owed must be refused");
    } catch (const UserError& e) {
        CHECK(e.message().contains(QStringLiteral("R&D")));
        CHECK(e.fieldErrors().contains(QStringLiteral("waiverReason")));
    }
    CloseData waived = d.closing();
    waived.waiverReason = QStringLiteral("Units replied at the meeting; written replies not needed");
    d.flow.closeCase(t.quality, latest(d.flow, id), waived);
    const QualityCase c = d.flow.load(id);
    CHECK(c.status == CaseStatus::Closed);
    CHECK(c.waiverReason == waived.waiverReason);
}

TEST_CASE("A form with wrong fields names each of them and saves nothing", "[workflow]")
{
    TestDatabase t;
    FlowDriver d(t);
    IntakeData bad;
    bad.channel = QStringLiteral("pigeon");
    bad.quantity = 0;
    try {
        d.flow.logCase(t.sales, bad);
        FAIL("an empty intake must be refused");
    } catch (const UserError& e) {
        const auto fields = e.fieldErrors();
        CHECK(fields.contains(QStringLiteral("customerId")));
        CHECK(fields.contains(QStringLiteral("channel")));
        CHECK(fields.contains(QStringLiteral("symptom")));
        CHECK(fields.contains(QStringLiteral("modelId")));
        CHECK(fields.contains(QStringLiteral("quantity")));
    }
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM cases")).toInt() == 0);
    IntakeData future = d.intake();
    future.receivedAt = d.clock.now().addDays(1);
    CHECK_THROWS_WITH(d.flow.logCase(t.sales, future), Catch::Contains("future"));
}
