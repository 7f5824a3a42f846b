#include "cases/CaseBulkWriter.h"

#include "db/BulkStatement.h"
#include "deadlines/DutyStore.h"
#include "domain/PlanKinds.h"
#include "domain/VisitKinds.h"

#include <sqlite3.h>

struct CaseBulkWriter::Statements
{
    explicit Statements(sqlite3* db)
        : cases(
            db,
            "INSERT INTO cases(id, number, status, received_at, channel, customer_id, contact_name, "
            "contact_phone, model_id, serial_no, batch_no, order_no, quantity, symptom, customer_request, "
            "site_address, is_objection, logged_at, logged_by, sent_at, sent_by, recorded_at, recorded_by, "
            "analysed_at, analysed_by, verification, analysis, defect_category_id, defect_cause_id, "
            "grade_id, "
            "temporary_measures, processing_due_at, disposal_at, disposal_by, disposal_suggestion, "
            "closed_at, "
            "closed_by, problem_summary, treatment_result, written_feedback, next_due_at, next_due_kind, "
            "next_owner, version) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,"
            "?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31,?32,?33,?34,?35,?36,?37,?38,?39,?40,?41,?42,?43,"
            "?44)")
        , units(
              db,
              "INSERT INTO case_units(case_id, unit_id, task, due_at, received_at, received_by, replied_at, "
              "replied_by, reply) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)")
        , sheet(db, "INSERT INTO feedback_sheets(case_id, number, issued_at, issued_by) VALUES (?1,?2,?3,?4)")
        , plan(db,
               "INSERT INTO plans(case_id, kind, agency_id, technician_id, appointed_at, address, details, "
               "return_order_no, received_at, reworked_at, resupplied_at, completed_at, completion_note, "
               "planned_at, planned_by) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)")
        , service(db,
                  "INSERT INTO service_records(case_id, technician_id, arrived_at, finished_at, work_done, "
                  "parts_used, result, customer_confirmed, confirmed_by, recorded_at, recorded_by) "
                  "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)")
        , visit(db,
                "INSERT INTO visits(case_id, kind, visited_at, visited_by, marks, remarks, product_use, "
                "feedback, "
                "forwarded_to_quality) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)")
        , item(db, "INSERT INTO visit_items(visit_id, requirement, confirmed) VALUES (?1,?2,?3)")
        , followUp(db,
                   "INSERT INTO follow_ups(case_id, owner_unit_id, task, due_at, done_at, result) "
                   "VALUES (?1,?2,?3,?4,?5,?6)")
        , audit(db,
                "INSERT INTO audit_log(at, user_id, case_id, entity, entity_id, action, field, old_value, "
                "new_value, case_version) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)")
        , counter(
              db,
              "INSERT INTO counters(kind, year, last) VALUES (?1,?2,?3) ON CONFLICT(kind, year) DO UPDATE "
              "SET last = max(last, excluded.last)")
        , clock(db,
                "INSERT INTO case_clocks(case_id, kind, unit_id, due_at, done_at) VALUES (?1,?2,?3,?4,?5)")
        , cost(db,
               "INSERT INTO case_costs(case_id, record, parts_cost, labour_hours, travel_cost, "
               "replacement_cost) "
               "VALUES (?1,?2,?3,?4,?5,?6)")
        , duties(db)
    {
    }
    BulkStatement cases, units, sheet, plan, service, visit, item, followUp, audit, counter, clock, cost;
    DutyStore duties;
};

namespace {
qint64 secs(const QDateTime& t)
{
    return t.toSecsSinceEpoch();
}
void bindTime(BulkStatement& s, int index, const QDateTime& t)
{
    if (t.isValid())
        s.bind(index, secs(t));
    else
        s.bindNull(index);
}
} // namespace

CaseBulkWriter::CaseBulkWriter(sqlite3* db)
    : m_s(std::make_unique<Statements>(db))
{
}

CaseBulkWriter::~CaseBulkWriter() = default;

void CaseBulkWriter::audit(qint64 caseId, int version, const QDateTime& at, qint64 user, const char* entity,
                           qint64 entityId, const char* action, const char* field, const QString& oldValue,
                           const QString& newValue)
{
    BulkStatement& a = m_s->audit;
    a.bind(10, version);
    a.bind(1, secs(at)).bind(2, user).bind(3, caseId).bind(4, QByteArray(entity)).bind(5, entityId);
    a.bind(6, QByteArray(action)).bind(7, QByteArray(field));
    if (oldValue.isNull())
        a.bindNull(8);
    else
        a.bind(8, oldValue);
    a.bind(9, newValue);
    a.run();
}

void CaseBulkWriter::insertCase(const QualityCase& c, const CaseAuthors& by, const NextDue& next)
{
    BulkStatement& s = m_s->cases;
    s.bind(1, c.id).bind(2, c.number).bind(3, CaseStatuses::code(c.status)).bind(4, secs(c.receivedAt));
    s.bind(5, c.channel).bind(6, c.customerId).bind(7, c.contactName).bind(8, c.contactPhone);
    s.bind(9, c.modelId).bind(10, c.serialNo).bind(11, c.batchNo).bind(12, c.orderNo).bind(13, c.quantity);
    s.bind(14, c.symptom).bind(15, c.customerRequest).bind(16, c.siteAddress);
    s.bind(17, c.isObjection ? 1 : 0).bind(18, secs(c.loggedAt)).bind(19, by.loggedBy);
    bindTime(s, 20, c.sentAt);
    c.sentAt.isValid() ? s.bind(21, by.sentBy) : s.bindNull(21);
    bindTime(s, 22, c.recordedAt);
    c.recordedAt.isValid() ? s.bind(23, by.recordedBy) : s.bindNull(23);
    bindTime(s, 24, c.analysedAt);
    if (c.analysedAt.isValid()) {
        s.bind(25, by.analysedBy).bind(26, c.verification).bind(27, c.analysis);
        s.bind(28, c.defectCategoryId).bind(29, c.defectCauseId).bind(30, c.gradeId);
    } else {
        s.bindNull(25).bind(26, c.verification).bind(27, c.analysis).bindNull(28).bindNull(29).bindNull(30);
    }
    s.bind(31, c.temporaryMeasures);
    bindTime(s, 32, c.processingDueAt);
    bindTime(s, 33, c.disposalAt);
    c.disposalAt.isValid() ? s.bind(34, by.disposalBy) : s.bindNull(34);
    s.bind(35, c.disposalSuggestion);
    bindTime(s, 36, c.closedAt);
    c.closedAt.isValid() ? s.bind(37, by.closedBy) : s.bindNull(37);
    s.bind(38, c.problemSummary).bind(39, c.treatmentResult).bind(40, c.writtenFeedback);
    bindTime(s, 41, next.dueAt);
    s.bind(42, next.code).bind(43, next.ownerCode);
    s.bind(44, c.version);
    s.run();
    audit(c.id, 1, c.loggedAt, by.loggedBy, "cases", c.id, "create", "number", {}, c.number);
    audit(c.id, 1, c.loggedAt, by.loggedBy, "cases", c.id, "create", "status", {},
          CaseStatuses::code(CaseStatus::Logged));
    audit(c.id, 1, c.loggedAt, by.loggedBy, "cases", c.id, "create", "symptom", {}, c.symptom);
    audit(c.id, 1, c.loggedAt, by.loggedBy, "cases", c.id, "create", "serial_no", {}, c.serialNo);
}

void CaseBulkWriter::logStatus(qint64 caseId, int version, const QDateTime& at, qint64 by, CaseStatus from,
                               CaseStatus to)
{
    audit(caseId, version, at, by, "cases", caseId, "update", "status", CaseStatuses::code(from),
          CaseStatuses::code(to));
}

qint64 CaseBulkWriter::insertUnit(qint64 caseId, int version, const CaseUnit& cu, const QDateTime& at,
                                  qint64 by)
{
    BulkStatement& u = m_s->units;
    u.bind(1, caseId).bind(2, cu.unitId).bind(3, cu.task).bind(4, secs(cu.dueAt));
    bindTime(u, 5, cu.receivedAt);
    cu.receivedAt.isValid() ? u.bind(6, by) : u.bindNull(6);
    bindTime(u, 7, cu.repliedAt);
    cu.repliedAt.isValid() ? u.bind(8, by) : u.bindNull(8);
    u.bind(9, cu.reply);
    const qint64 id = u.run();
    audit(caseId, version, at, by, "case_units", id, "create", "task", {}, cu.task);
    return id;
}

void CaseBulkWriter::insertSheet(qint64 caseId, int version, const FeedbackSheet& sheet, qint64 by)
{
    const qint64 id
        = m_s->sheet.bind(1, caseId).bind(2, sheet.number).bind(3, secs(sheet.issuedAt)).bind(4, by).run();
    audit(caseId, version, sheet.issuedAt, by, "feedback_sheets", id, "create", "number", {}, sheet.number);
}

void CaseBulkWriter::insertPlan(qint64 caseId, int version, const ProcessingPlan& p, qint64 by)
{
    BulkStatement& ps = m_s->plan;
    const QString kind = PlanKinds::code(p.kind);
    ps.bind(1, caseId).bind(2, kind);
    p.agencyId ? ps.bind(3, p.agencyId) : ps.bindNull(3);
    p.technicianId ? ps.bind(4, p.technicianId) : ps.bindNull(4);
    bindTime(ps, 5, p.appointedAt);
    ps.bind(6, p.address).bind(7, p.details).bind(8, p.returnOrderNo);
    bindTime(ps, 9, p.receivedAt);
    bindTime(ps, 10, p.reworkedAt);
    bindTime(ps, 11, p.resuppliedAt);
    bindTime(ps, 12, p.completedAt);
    ps.bind(13, p.completionNote).bind(14, secs(p.plannedAt)).bind(15, by);
    const qint64 id = ps.run();
    audit(caseId, version, p.plannedAt, by, "plans", id, "create", "kind", {}, kind);
}

void CaseBulkWriter::insertService(qint64 caseId, int version, const ServiceRecord& r, qint64 by)
{
    const qint64 id = m_s->service.bind(1, caseId)
                          .bind(2, r.technicianId)
                          .bind(3, secs(r.arrivedAt))
                          .bind(4, secs(r.finishedAt))
                          .bind(5, r.workDone)
                          .bind(6, r.partsUsed)
                          .bind(7, r.result)
                          .bind(8, r.customerConfirmed ? 1 : 0)
                          .bind(9, r.confirmedBy)
                          .bind(10, secs(r.recordedAt))
                          .bind(11, by)
                          .run();
    audit(caseId, version, r.recordedAt, by, "service_records", id, "create", "work_done", {}, r.workDone);
}

void CaseBulkWriter::insertVisit(qint64 caseId, int version, const ReturnVisit& v, qint64 by)
{
    const QString kind = VisitKinds::code(v.kind);
    BulkStatement& vs = m_s->visit;
    vs.bind(1, caseId).bind(2, kind).bind(3, secs(v.visitedAt)).bind(4, by);
    v.marks >= 0 ? vs.bind(5, v.marks) : vs.bindNull(5);
    vs.bind(6, v.remarks).bind(7, v.productUse).bind(8, v.feedback).bind(9, v.forwardedToQuality ? 1 : 0);
    const qint64 id = vs.run();
    for (const VisitItem& item : v.items)
        m_s->item.bind(1, id).bind(2, item.requirement).bind(3, item.confirmed ? 1 : 0).run();
    audit(caseId, version, v.visitedAt, by, "visits", id, "create", "kind", {}, kind);
}

qint64 CaseBulkWriter::insertFollowUp(qint64 caseId, const FollowUp& f)
{
    BulkStatement& fs = m_s->followUp;
    fs.bind(1, caseId).bind(2, f.ownerUnitId).bind(3, f.task).bind(4, secs(f.dueAt));
    bindTime(fs, 5, f.doneAt);
    return fs.bind(6, f.result).run();
}

void CaseBulkWriter::storeDuties(qint64 caseId, const QList<CaseDuty>& duties)
{
    m_s->duties.write(caseId, duties);
}

void CaseBulkWriter::storeClocks(qint64 caseId, const QList<CaseClocks::Row>& rows)
{
    for (const CaseClocks::Row& row : rows) {
        BulkStatement& k = m_s->clock;
        k.bind(1, caseId).bind(2, row.kind).bind(3, row.unitId).bind(4, secs(row.dueAt));
        bindTime(k, 5, row.doneAt);
        k.run();
    }
}

void CaseBulkWriter::insertCost(qint64 caseId, const CaseCost& cost)
{
    m_s->cost.bind(1, caseId).bind(2, cost.record).bind(3, cost.partsCost);
    m_s->cost.bind(4, QVariant(cost.labourHours))
        .bind(5, cost.travelCost)
        .bind(6, cost.replacementCost)
        .run();
}

void CaseBulkWriter::keepCaseNumbers(int year, qint64 last)
{
    m_s->counter.bind(1, QByteArray("QI")).bind(2, year).bind(3, last).run();
}

void CaseBulkWriter::keepSheetNumbers(int year, qint64 last)
{
    m_s->counter.bind(1, QByteArray("FS")).bind(2, year).bind(3, last).run();
}
