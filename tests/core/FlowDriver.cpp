#include "FlowDriver.h"

#include "LatestCase.h"

FlowDriver::FlowDriver(TestDatabase& db)
    : t(db)
    , flow(db.connection(), clock)
{
}

IntakeData FlowDriver::intake(bool objection) const
{
    IntakeData d;
    d.channel = QStringLiteral("phone");
    d.customerId = t.customerId;
    d.contactName = QStringLiteral("Li Ming");
    d.contactPhone = QStringLiteral("+86 21 5555 1234");
    d.serialNo = t.serialNo;
    d.symptom = QStringLiteral("Stem packing leaks after two weeks; 阀杆填料处外漏");
    d.customerRequest = QStringLiteral("Send a technician");
    d.siteAddress = QStringLiteral("Unit 3, 1 Refinery Road");
    d.isObjection = objection;
    return d;
}

AnalysisData FlowDriver::analysis() const
{
    AnalysisData d;
    d.verification = QStringLiteral("Confirmed by photos");
    d.analysis = QStringLiteral("Packing compression insufficient at assembly");
    d.defectCategoryId = t.categoryId;
    d.defectCauseId = t.causeId;
    d.gradeId = t.gradeB;
    d.units = {{t.rndUnit, QStringLiteral("Find the root cause"), {}},
               {t.mfgUnit, QStringLiteral("Check stock of the batch"), {}}};
    return d;
}

PlanData FlowDriver::onSitePlan() const
{
    PlanData d;
    d.kind = PlanKind::OnSite;
    d.agencyId = t.agencyId;
    d.technicianId = t.technician.technicianId;
    d.disposalSuggestion = QStringLiteral("Retighten the gland; technician on site");
    return d;
}

ServiceData FlowDriver::service() const
{
    ServiceData d;
    d.arrivedAt = clock.now().addSecs(-3 * 3600);
    d.workDone = QStringLiteral("Replaced the packing set");
    d.partsUsed = QStringLiteral("Packing set DN50");
    d.result = QStringLiteral("No leak at 1.6 MPa");
    d.customerConfirmed = true;
    d.confirmedBy = QStringLiteral("Li Ming");
    return d;
}

FirstVisitData FlowDriver::firstVisit() const
{
    FirstVisitData d;
    d.items = {{QStringLiteral("Arrived at the appointed time"), true, {}},
               {QStringLiteral("Explained the cause"), true, {}}};
    d.marks = 92;
    d.remarks = QStringLiteral("Customer satisfied");
    return d;
}

SecondVisitData FlowDriver::secondVisit(bool transfer) const
{
    SecondVisitData d;
    d.productUse = QStringLiteral("In continuous service");
    d.feedback = transfer ? QStringLiteral("Slight weeping again") : QStringLiteral("No problem");
    d.transferToTechnicalSupport = transfer;
    d.followUpTask = transfer ? QStringLiteral("Check the gland again") : QString();
    return d;
}

CloseData FlowDriver::closing() const
{
    return {QStringLiteral("Packing leak"),
            QStringLiteral("Packing replaced"),
            QStringLiteral("Dear customer, the leak was caused by ..."),
            {}};
}

qint64 FlowDriver::log(bool objection)
{
    return flow.logCase(t.sales, intake(objection));
}

void FlowDriver::toRecorded(qint64 id)
{
    flow.sendToQuality(t.sales, latest(flow, id));
    clock.advanceHours(1);
    flow.recordByQuality(t.quality, latest(flow, id));
}

void FlowDriver::toSheetIssued(qint64 id)
{
    toRecorded(id);
    clock.advanceHours(2);
    flow.analyse(t.quality, latest(flow, id), analysis());
    flow.issueFeedbackSheet(t.quality, latest(flow, id));
}

void FlowDriver::toPlanned(qint64 id)
{
    toSheetIssued(id);
    clock.advanceHours(2);
    flow.planProcessing(t.sales, latest(flow, id), onSitePlan());
}

void FlowDriver::toImplemented(qint64 id)
{
    toPlanned(id);
    clock.advanceHours(20);
    flow.recordOnSiteService(t.technician, latest(flow, id), service());
}

void FlowDriver::toFollowedUp(qint64 id)
{
    toImplemented(id);
    flow.recordUnitReply(t.rnd, latest(flow, id), t.rndUnit, QStringLiteral("Assembly torque now recorded"));
    flow.recordUnitReply(t.quality, latest(flow, id), t.mfgUnit, QStringLiteral("Stock checked"));
    clock.advanceDays(2);
    flow.recordFirstVisit(t.sales, latest(flow, id), firstVisit());
    clock.advanceDays(18);
    flow.recordSecondVisit(t.sales, latest(flow, id), secondVisit());
}
