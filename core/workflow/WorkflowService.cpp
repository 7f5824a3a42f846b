#include "workflow/WorkflowService.h"

#include "cases/CaseStore.h"
#include "cases/CaseWriter.h"
#include "costs/CostRecords.h"
#include "db/WriteScope.h"
#include "domain/Channels.h"
#include "improvement/TracingService.h"
#include "reference/ReferenceData.h"
#include "workflow/ConflictError.h"
#include "workflow/FieldCheck.h"
#include "workflow/WorkflowRules.h"

#include <QSet>

#include <stdexcept>

WorkflowService::WorkflowService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_deadlines(DeadlineRules::load(m_db))
{
}

void WorkflowService::reloadRules()
{
    m_deadlines = DeadlineCalculator(DeadlineRules::load(m_db));
}

QualityCase WorkflowService::load(qint64 caseId) const
{
    return CaseStore(m_db).load(caseId);
}

int WorkflowService::version(qint64 caseId) const
{
    const std::optional<int> v = CaseStore(m_db).version(caseId);
    if (!v)
        throw UserError(tr("There is no case with the id %1.").arg(caseId));
    return *v;
}

CaseChanges WorkflowService::changeWords() const
{
    return CaseChanges(m_db, m_deadlines.rules().zone, m_clock.now());
}

QList<CaseChange> WorkflowService::changesSince(CaseRef c) const
{
    return withoutFiles(changeWords().since(c.id, c.version));
}

QList<CaseChange> WorkflowService::withoutFiles(QList<CaseChange> changes)
{
    // Files are additive (issue 17): one added or withdrawn meanwhile is in no one's way.
    changes.removeIf([](const CaseChange& c) { return c.entity == QLatin1String("case_attachments"); });
    return changes;
}

QList<DeadlineClock> WorkflowService::clocks(const QualityCase& c) const
{
    return m_deadlines.clocks(c);
}

NextDue WorkflowService::nextDue(const QualityCase& c) const
{
    return m_deadlines.nextDue(c, m_clock.now());
}

void WorkflowService::requireRole(const User& user, WorkflowStep step)
{
    const QString refusal = WorkflowRules::roleRefusal(user, step);
    if (!refusal.isEmpty())
        throw UserError(refusal);
}

void WorkflowService::requireVersion(const QualityCase& c, CaseRef ref) const
{
    if (ref.version < 1)
        throw std::logic_error("a change of a case without the version it was built on");
    if (ref.version == c.version)
        return;
    const CaseChanges words = changeWords();
    const QList<CaseChange> changes = words.since(c.id, ref.version);
    if (withoutFiles(changes).isEmpty() && !changes.isEmpty())
        return; // only files were added or withdrawn since: the save goes on top of them
    throw ConflictError(words.conflictMessage(changes), ref, c.version, changes);
}

template<typename Body>
void WorkflowService::change(const User& user, WorkflowStep step, CaseRef ref, Body&& body)
{
    requireRole(user, step);
    // BEGIN IMMEDIATE: no other writer between the check and the save (a savepoint inside a
    // caller's transaction: a step saved together with the files added in its form).
    WriteScope transaction(m_db);
    CaseStore(m_db).lockForChange(ref.id);
    const QualityCase c = load(ref.id);
    requireVersion(c, ref);
    const QString refusal = WorkflowRules::stateRefusal(step, c);
    if (!refusal.isEmpty())
        throw UserError(refusal);
    CaseWriter writer(m_db, user.id, m_clock.now(), c.version + 1);
    body(writer, c);
    // A save that changed nothing (the same analysis again) is no new version.
    refresh(c.id, writer.written() > 0 ? c.version + 1 : c.version);
    transaction.commit();
}

// What is due next, who owes what by when, and the search text follow from the case; the
// version is the one the change made.
void WorkflowService::refresh(qint64 caseId, int version)
{
    CaseStore(m_db).refreshDue(caseId, version, m_deadlines, m_clock.now());
}

qint64 WorkflowService::logCase(const User& user, const IntakeData& input)
{
    requireRole(user, WorkflowStep::LogCase);
    IntakeData d = input;
    const QDateTime now = m_clock.now();
    if (!d.receivedAt.isValid())
        d.receivedAt = now;
    ReferenceData reference(m_db);
    if (!d.serialNo.trimmed().isEmpty()) {
        d.serialNo = d.serialNo.trimmed();
        if (const auto serial = reference.serial(d.serialNo)) {
            if (d.modelId == 0)
                d.modelId = serial->modelId;
            if (d.batchNo.isEmpty())
                d.batchNo = serial->batchNo;
            if (d.orderNo.isEmpty())
                d.orderNo = serial->orderNo;
        }
    }
    FieldCheck check;
    // A deactivated customer or model stays on old cases but is not chosen for a new one.
    check.require(d.customerId > 0 && reference.isActive(QStringLiteral("customers"), d.customerId),
                  QStringLiteral("customerId"), tr("Choose the customer."));
    check.require(Channels::isKnown(d.channel), QStringLiteral("channel"),
                  tr("Choose how the information came in (phone, visit, letter, e-mail or on site)."));
    check.require(!d.symptom.trimmed().isEmpty(), QStringLiteral("symptom"), tr("Describe the symptom."));
    check.require(d.modelId > 0, QStringLiteral("modelId"),
                  tr("Choose the product model, or type a serial number the company shipped."));
    check.require(d.modelId <= 0 || reference.isActive(QStringLiteral("product_models"), d.modelId),
                  QStringLiteral("modelId"), tr("This product model is no longer offered; choose another."));
    check.require(d.quantity >= 1, QStringLiteral("quantity"),
                  tr("The quantity affected must be at least 1."));
    check.require(d.receivedAt <= now.addSecs(300), QStringLiteral("receivedAt"),
                  tr("The time received cannot be in the future."));
    check.throwIfAny();

    // On its own a transaction of its own; inside a caller's (a call-back's objection that
    // becomes a case, issue 15, or the files added during the call) a savepoint.
    WriteScope transaction(m_db);
    const int year = now.toTimeZone(m_deadlines.rules().zone).date().year();
    const QString number = CaseStore(m_db).nextCaseNumber(year);
    IntakeData row = d;
    for (QString* text : {&row.contactName, &row.contactPhone, &row.batchNo, &row.orderNo, &row.symptom,
                          &row.customerRequest, &row.siteAddress})
        *text = text->trimmed();
    CaseWriter writer(m_db, user.id, now, 1);
    const qint64 id = writer.insertCase(number, row, now);
    refresh(id, 1);
    transaction.commit();
    return id;
}

void WorkflowService::sendToQuality(const User& user, CaseRef ref)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::SendToQuality, ref, [&](CaseWriter& w, const QualityCase&) {
        w.markSent(caseId, m_clock.now());
        w.setStatus(caseId, CaseStatus::SentToQuality);
    });
}

void WorkflowService::recordByQuality(const User& user, CaseRef ref)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::RecordByQuality, ref, [&](CaseWriter& w, const QualityCase&) {
        w.markRecorded(caseId, m_clock.now());
        w.setStatus(caseId, CaseStatus::Recorded);
    });
}

void WorkflowService::analyse(const User& user, CaseRef ref, const AnalysisData& d)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::Analyse, ref, [&](CaseWriter& w, const QualityCase& c) {
        const QDateTime now = m_clock.now();
        const auto grade = ReferenceData(m_db).grade(d.gradeId);
        FieldCheck check;
        check.require(!d.verification.trimmed().isEmpty(), QStringLiteral("verification"),
                      tr("Say how the information was verified."));
        check.require(d.defectCategoryId > 0, QStringLiteral("defectCategoryId"),
                      tr("Choose the defect category."));
        check.require(d.defectCauseId > 0, QStringLiteral("defectCauseId"), tr("Choose the cause."));
        check.require(grade.has_value(), QStringLiteral("gradeId"),
                      tr("Choose the grade of the quality event."));
        // Deactivated entries are kept by a case that already had them, not chosen anew.
        const ReferenceData reference(m_db);
        const auto offered = [&reference](const QString& table, qint64 id, qint64 before) {
            return id <= 0 || id == before || reference.isActive(table, id);
        };
        check.require(offered(QStringLiteral("grades"), d.gradeId, c.gradeId), QStringLiteral("gradeId"),
                      tr("This grade is no longer in use; choose another."));
        check.require(offered(QStringLiteral("defect_categories"), d.defectCategoryId, c.defectCategoryId),
                      QStringLiteral("defectCategoryId"), tr("This defect category is no longer in use."));
        check.require(offered(QStringLiteral("defect_causes"), d.defectCauseId, c.defectCauseId),
                      QStringLiteral("defectCauseId"), tr("This cause is no longer in use."));
        check.require(!d.units.isEmpty(), QStringLiteral("units"), tr("Name at least one responsible unit."));
        QSet<qint64> seen;
        for (const UnitTask& u : d.units) {
            check.require(u.unitId > 0 && !seen.contains(u.unitId), QStringLiteral("units"),
                          tr("Each responsible unit may be named once."));
            check.require(!u.task.trimmed().isEmpty(), QStringLiteral("units"),
                          tr("Give each responsible unit its task."));
            // A deadline given anew must still lie ahead; one kept from before stays as it was.
            const bool given = u.dueAt.isValid()
                && std::none_of(c.units.cbegin(), c.units.cend(), [&](const CaseUnit& cu) {
                                   return cu.unitId == u.unitId && cu.dueAt == u.dueAt;
                               });
            check.require(!given || u.dueAt > now, QStringLiteral("units"),
                          tr("Each unit's reply deadline must be in the future."));
            seen.insert(u.unitId);
        }
        check.require(!d.processingDueAt.isValid() || d.processingDueAt > now,
                      QStringLiteral("processingDueAt"),
                      tr("The processing deadline must be in the future."));
        check.throwIfAny();

        const QDateTime processingDue = d.processingDueAt.isValid()
            ? d.processingDueAt
            : now.addSecs(qint64(grade->processingHours) * 3600);
        AnalysisData kept = d;
        kept.verification = d.verification.trimmed();
        kept.analysis = d.analysis.trimmed();
        kept.temporaryMeasures = d.temporaryMeasures.trimmed().isEmpty() ? grade->temporaryMeasures
                                                                         : d.temporaryMeasures.trimmed();
        w.setAnalysis(caseId, kept, now, processingDue);
        // R11 a key customer's case, or one graded major, is traced from here (issue 14).
        TracingService(m_db, m_clock).openIfRequired(user, caseId);
        for (const CaseUnit& old : c.units)
            if (!seen.contains(old.unitId))
                w.removeUnit(caseId, old.id);
        for (const UnitTask& u : d.units) {
            const auto existing = std::find_if(c.units.cbegin(), c.units.cend(),
                                               [&](const CaseUnit& cu) { return cu.unitId == u.unitId; });
            // Each unit keeps the deadline it was given; the grade's clock is only the default of
            // a unit named without one (and a unit named again keeps its own).
            const QDateTime due = u.dueAt.isValid() ? u.dueAt
                : existing != c.units.cend()        ? existing->dueAt
                                                    : now.addSecs(qint64(grade->unitReplyHours) * 3600);
            if (existing != c.units.cend())
                w.updateUnit(caseId, existing->id, u.task.trimmed(), due);
            else
                w.insertUnit(caseId, u.unitId, u.task.trimmed(), due);
        }
        w.setStatus(caseId, CaseStatus::Analysed);
    });
}

QString WorkflowService::issueFeedbackSheet(const User& user, CaseRef ref)
{
    const qint64 caseId = ref.id;
    QString number;
    change(user, WorkflowStep::IssueSheet, ref, [&](CaseWriter& w, const QualityCase&) {
        const QDateTime now = m_clock.now();
        number = CaseStore(m_db).nextSheetNumber(now.toTimeZone(m_deadlines.rules().zone).date().year());
        w.insertSheet(caseId, number, now);
        w.setStatus(caseId, CaseStatus::SheetIssued);
    });
    return number;
}

void WorkflowService::recordUnitReceipt(const User& user, CaseRef ref, qint64 unitId)
{
    recordUnitReply(user, ref, unitId, QString());
}

void WorkflowService::recordUnitReply(const User& user, CaseRef ref, qint64 unitId, const QString& reply)
{
    const qint64 caseId = ref.id;
    const bool receiptOnly = reply.isNull();
    change(user, receiptOnly ? WorkflowStep::UnitReceipt : WorkflowStep::UnitReply, ref,
           [&](CaseWriter& w, const QualityCase& c) {
               const auto unit = std::find_if(c.units.cbegin(), c.units.cend(),
                                              [&](const CaseUnit& cu) { return cu.unitId == unitId; });
               if (unit == c.units.cend())
                   throw UserError(tr("That unit is not responsible for this case."));
               if (user.role == Role::ResponsibleUnit && user.unitId != unitId)
                   throw UserError(tr("You can record the receipt and reply of your own unit only."));
               if (receiptOnly && unit->receivedAt.isValid())
                   throw UserError(tr("%1 has already recorded its receipt.").arg(unit->unitName));
               if (!receiptOnly && unit->repliedAt.isValid())
                   throw UserError(tr("%1 has already replied.").arg(unit->unitName));
               FieldCheck check;
               check.require(receiptOnly || !reply.trimmed().isEmpty(), QStringLiteral("reply"),
                             tr("Write the unit's reply: what it did or will do."));
               check.throwIfAny();
               const QDateTime now = m_clock.now();
               w.recordUnitAnswer(caseId, unit->id, unit->receivedAt.isValid() ? QDateTime() : now,
                                  receiptOnly ? QString() : reply.trimmed(), now);
           });
}

void WorkflowService::giveDisposalSuggestion(const User& user, CaseRef ref, const QString& suggestion)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::DisposalSuggestion, ref, [&](CaseWriter& w, const QualityCase& c) {
        FieldCheck check;
        check.require(!suggestion.trimmed().isEmpty(), QStringLiteral("disposalSuggestion"),
                      tr("Write the disposal suggestion given to the customer."));
        check.throwIfAny();
        w.setDisposal(caseId, suggestion.trimmed(), c.disposalAt.isValid() ? QDateTime() : m_clock.now());
    });
}

void WorkflowService::planProcessing(const User& user, CaseRef ref, const PlanData& d)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::Plan, ref, [&](CaseWriter& w, const QualityCase& c) {
        const QDateTime now = m_clock.now();
        ReferenceData reference(m_db);
        const QString address = d.address.trimmed().isEmpty() ? c.siteAddress : d.address.trimmed();
        QDateTime appointed = d.appointedAt;
        FieldCheck check;
        switch (d.kind) {
        case PlanKind::OnSite: {
            const QList<Technician> technicians = reference.technicians(d.agencyId, c.productLine);
            const bool technicianOfAgency
                = std::any_of(technicians.cbegin(), technicians.cend(),
                              [&](const Technician& t) { return t.id == d.technicianId; });
            check.require(d.agencyId > 0
                              && reference.isActive(QStringLiteral("service_agencies"), d.agencyId),
                          QStringLiteral("agencyId"), tr("Choose the service agency."));
            check.require(d.technicianId > 0 && technicianOfAgency, QStringLiteral("technicianId"),
                          tr("Choose a technician of that agency."));
            check.require(!address.isEmpty(), QStringLiteral("address"), tr("Give the address of the site."));
            if (!appointed.isValid()) {
                const auto grade = reference.grade(c.gradeId);
                appointed = now.addSecs(qint64(grade ? grade->arrivalHours : 48) * 3600);
            }
            break;
        }
        case PlanKind::ReturnToFactory:
            check.require(!d.returnOrderNo.trimmed().isEmpty(), QStringLiteral("returnOrderNo"),
                          tr("Give the number of the return plan order."));
            break;
        case PlanKind::Replacement:
            check.require(!d.details.trimmed().isEmpty(), QStringLiteral("details"),
                          tr("Say what will be replaced and how it is sent."));
            break;
        case PlanKind::RemoteGuidance:
            check.require(!d.details.trimmed().isEmpty(), QStringLiteral("details"),
                          tr("Say what guidance is given and by whom."));
            break;
        }
        check.throwIfAny();
        ProcessingPlan plan;
        plan.kind = d.kind;
        plan.agencyId = d.agencyId;
        plan.technicianId = d.technicianId;
        plan.appointedAt = appointed;
        plan.address = address;
        plan.details = d.details.trimmed();
        plan.returnOrderNo = d.returnOrderNo.trimmed();
        plan.plannedAt = now;
        w.insertPlan(caseId, plan);
        if (!d.disposalSuggestion.trimmed().isEmpty() && !c.disposalAt.isValid())
            w.setDisposal(caseId, d.disposalSuggestion.trimmed(), now);
        w.setStatus(caseId, CaseStatus::Planned);
    });
}

void WorkflowService::recordOnSiteService(const User& user, CaseRef ref, const ServiceData& d)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::OnSiteService, ref, [&](CaseWriter& w, const QualityCase& c) {
        if (user.role == Role::Technician && user.technicianId != c.plan->technicianId)
            throw UserError(tr("This service is assigned to %1.").arg(c.plan->technicianName));
        const QDateTime now = m_clock.now();
        const QDateTime finished = d.finishedAt.isValid() ? d.finishedAt : now;
        FieldCheck check;
        check.require(d.arrivedAt.isValid(), QStringLiteral("arrivedAt"),
                      tr("Give the time of arrival on site."));
        check.require(!d.arrivedAt.isValid() || d.arrivedAt <= now.addSecs(300), QStringLiteral("arrivedAt"),
                      tr("The time of arrival cannot be in the future."));
        check.require(!d.arrivedAt.isValid() || finished >= d.arrivedAt, QStringLiteral("finishedAt"),
                      tr("The service cannot finish before the technician arrived."));
        check.require(!d.workDone.trimmed().isEmpty(), QStringLiteral("workDone"),
                      tr("Describe the work done."));
        check.require(!d.result.trimmed().isEmpty(), QStringLiteral("result"),
                      tr("Give the result of the service."));
        check.require(!d.customerConfirmed || !d.confirmedBy.trimmed().isEmpty(),
                      QStringLiteral("confirmedBy"),
                      tr("Give the name of the customer's person who confirmed the service."));
        CostRecords::check(check, d.costs);
        check.throwIfAny();
        ServiceRecord record;
        record.technicianId = c.plan->technicianId;
        record.arrivedAt = d.arrivedAt;
        record.finishedAt = finished;
        record.workDone = d.workDone.trimmed();
        record.partsUsed = d.partsUsed.trimmed();
        record.result = d.result.trimmed();
        record.customerConfirmed = d.customerConfirmed;
        record.confirmedBy = d.confirmedBy.trimmed();
        record.recordedAt = now;
        w.insertService(caseId, record);
        w.writeCosts(caseId, QStringLiteral("service"), d.costs);
        w.setStatus(caseId, CaseStatus::Implemented);
    });
}

void WorkflowService::recordReturnStage(const User& user, CaseRef ref, ReturnStage stage, const QDateTime& at,
                                        const CostData& costs)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::ReturnStage, ref, [&](CaseWriter& w, const QualityCase& c) {
        FieldCheck check;
        CostRecords::check(check, costs);
        check.throwIfAny();
        const QDateTime when = at.isValid() ? at : m_clock.now();
        const ProcessingPlan& p = *c.plan;
        switch (stage) {
        case ReturnStage::Received:
            if (p.receivedAt.isValid())
                throw UserError(tr("The returned product has already been received."));
            break;
        case ReturnStage::Reworked:
            if (!p.receivedAt.isValid())
                throw UserError(tr("The returned product has not been received at the factory yet."));
            if (p.reworkedAt.isValid())
                throw UserError(tr("The rework has already been recorded."));
            break;
        case ReturnStage::Resupplied:
            if (!p.reworkedAt.isValid())
                throw UserError(tr("The product has not been reworked yet."));
            break;
        }
        w.setReturnStage(caseId, stage, when, costs);
        if (stage == ReturnStage::Resupplied)
            w.setStatus(caseId, CaseStatus::Implemented);
    });
}

void WorkflowService::completePlan(const User& user, CaseRef ref, const QString& note)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::CompletePlan, ref, [&](CaseWriter& w, const QualityCase&) {
        FieldCheck check;
        check.require(!note.trimmed().isEmpty(), QStringLiteral("completionNote"), tr("Say what was done."));
        check.throwIfAny();
        w.completePlan(caseId, m_clock.now(), note.trimmed());
        w.setStatus(caseId, CaseStatus::Implemented);
    });
}

void WorkflowService::recordFirstVisit(const User& user, CaseRef ref, const FirstVisitData& d)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::FirstVisit, ref, [&](CaseWriter& w, const QualityCase& c) {
        const QDateTime when = d.visitedAt.isValid() ? d.visitedAt : m_clock.now();
        FieldCheck check;
        check.require(!d.items.isEmpty(), QStringLiteral("items"),
                      tr("Confirm each on-site service requirement with the customer."));
        for (const VisitItem& item : d.items)
            check.require(!item.requirement.trimmed().isEmpty(), QStringLiteral("items"),
                          tr("Each confirmed item needs its requirement."));
        check.require(d.marks >= 0 && d.marks <= 100, QStringLiteral("marks"),
                      tr("Enter the customer's marks for the on-site service (0 to 100)."));
        check.require(when >= c.service->finishedAt, QStringLiteral("visitedAt"),
                      tr("The return visit cannot be before the on-site service."));
        check.throwIfAny();
        ReturnVisit visit;
        visit.kind = VisitKind::First;
        visit.visitedAt = when;
        visit.marks = d.marks;
        visit.remarks = d.remarks.trimmed();
        for (const VisitItem& item : d.items)
            visit.items.append({item.requirement.trimmed(), item.confirmed, item.note.trimmed()});
        w.insertVisit(caseId, visit);
        w.setStatus(caseId, CaseStatus::FirstVisited);
    });
}

void WorkflowService::recordSecondVisit(const User& user, CaseRef ref, const SecondVisitData& d)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::SecondVisit, ref, [&](CaseWriter& w, const QualityCase&) {
        const QDateTime now = m_clock.now();
        const QDateTime when = d.visitedAt.isValid() ? d.visitedAt : now;
        FieldCheck check;
        check.require(!d.productUse.trimmed().isEmpty(), QStringLiteral("productUse"),
                      tr("Record how the product has been used since the service."));
        check.require(!d.feedback.trimmed().isEmpty(), QStringLiteral("feedback"),
                      tr("Record the customer's feedback as they said it."));
        check.require(!d.transferToTechnicalSupport || !d.followUpTask.trimmed().isEmpty(),
                      QStringLiteral("followUpTask"), tr("Say what technical support should follow up."));
        check.throwIfAny();
        ReturnVisit visit;
        visit.kind = VisitKind::Second;
        visit.visitedAt = when;
        visit.productUse = d.productUse.trimmed();
        visit.feedback = d.feedback.trimmed();
        w.insertVisit(caseId, visit);
        if (d.transferToTechnicalSupport) {
            const qint64 unit = d.followUpUnitId > 0
                ? d.followUpUnitId
                : ReferenceData(m_db).unitId(QStringLiteral("TECHSUPPORT"));
            FollowUp followUp;
            followUp.ownerUnitId = unit;
            followUp.task = d.followUpTask.trimmed();
            followUp.dueAt = d.followUpDueAt.isValid() ? d.followUpDueAt : m_deadlines.followUpDue(now);
            w.insertFollowUp(caseId, followUp);
        }
        w.setStatus(caseId, CaseStatus::FollowedUp);
    });
}

void WorkflowService::recordResupplyFollowUp(const User& user, CaseRef ref, const ResupplyFollowUpData& d)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::ResupplyFollowUp, ref, [&](CaseWriter& w, const QualityCase&) {
        FieldCheck check;
        check.require(!d.feedback.trimmed().isEmpty(), QStringLiteral("feedback"),
                      tr("Record the customer's feedback on the resupplied product."));
        check.throwIfAny();
        ReturnVisit visit;
        visit.kind = VisitKind::Resupply;
        visit.visitedAt = d.visitedAt.isValid() ? d.visitedAt : m_clock.now();
        visit.feedback = d.feedback.trimmed();
        visit.forwardedToQuality = d.forwardedToQuality;
        w.insertVisit(caseId, visit);
        w.setStatus(caseId, CaseStatus::FollowedUp);
    });
}

void WorkflowService::completeFollowUp(const User& user, CaseRef ref, qint64 followUpId,
                                       const QString& result)
{
    const qint64 caseId = ref.id;
    const std::optional<qint64> owner = CaseStore(m_db).followUpOwner(followUpId, caseId);
    if (!owner)
        throw UserError(tr("There is no such follow-up."));
    change(user, WorkflowStep::CompleteFollowUp, ref, [&](CaseWriter& w, const QualityCase& c) {
        if (user.role == Role::ResponsibleUnit && user.unitId != *owner)
            throw UserError(tr("This follow-up belongs to another unit."));
        for (const FollowUp& f : c.followUps)
            if (f.id == followUpId && f.doneAt.isValid())
                throw UserError(tr("This follow-up has already been completed."));
        FieldCheck check;
        check.require(!result.trimmed().isEmpty(), QStringLiteral("result"),
                      tr("Say how the problem was settled."));
        check.throwIfAny();
        w.completeFollowUp(caseId, followUpId, m_clock.now(), result.trimmed());
    });
}

QStringList WorkflowService::owed(const QualityCase& c) const
{
    QStringList items;
    if (c.status == CaseStatus::Closed)
        return items;
    for (const DeadlineClock& clock : m_deadlines.clocks(c))
        if (clock.isOpen())
            items.append(tr("%1: %2").arg(clock.owner, clock.what));
    const bool remote = c.plan && c.plan->kind == PlanKind::RemoteGuidance;
    const bool ready = c.status == CaseStatus::FollowedUp || (remote && c.status == CaseStatus::Implemented);
    if (!ready) {
        const NextDue step = m_deadlines.nextStep(c);
        const QString item = tr("%1: %2").arg(step.owner, step.what);
        if (!items.contains(item))
            items.append(item);
    }
    return items;
}

void WorkflowService::closeCase(const User& user, CaseRef ref, const CloseData& d)
{
    const qint64 caseId = ref.id;
    change(user, WorkflowStep::Close, ref, [&](CaseWriter& w, const QualityCase& c) {
        FieldCheck check;
        check.require(!d.problemSummary.trimmed().isEmpty(), QStringLiteral("problemSummary"),
                      tr("Summarize the problem for the file."));
        check.require(!d.treatmentResult.trimmed().isEmpty(), QStringLiteral("treatmentResult"),
                      tr("Give the result of the treatment."));
        check.require(!d.writtenFeedback.trimmed().isEmpty(), QStringLiteral("writtenFeedback"),
                      tr("Write the feedback to the customer."));
        check.throwIfAny();
        const QStringList stillOwed = owed(c);
        if (!stillOwed.isEmpty() && d.waiverReason.trimmed().isEmpty())
            throw UserError(
                tr("The case cannot be closed while something is still owed: %1. A quality engineer "
                   "can close it anyway by giving the reason for the waiver.")
                    .arg(stillOwed.join(QStringLiteral("; "))),
                {{QStringLiteral("waiverReason"), tr("Give the reason for closing with work still owed.")}});
        CloseData kept;
        kept.problemSummary = d.problemSummary.trimmed();
        kept.treatmentResult = d.treatmentResult.trimmed();
        kept.writtenFeedback = d.writtenFeedback.trimmed();
        kept.waiverReason = stillOwed.isEmpty() ? QString() : d.waiverReason.trimmed();
        w.close(caseId, kept, m_clock.now());
        w.setStatus(caseId, CaseStatus::Closed);
    });
}
