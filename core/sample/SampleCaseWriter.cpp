#include "sample/SampleCaseWriter.h"

#include "deadlines/CaseClocks.h"
#include "deadlines/CaseDuties.h"
#include "deadlines/DutyStore.h"
#include "domain/QualityCase.h"
#include "sample/SamplePhotos.h"
#include "sample/SampleTexts.h"

#include <cmath>
#include <sqlite3.h>

struct SampleCaseWriter::Statements
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
                  "VALUES (?1,?2,?3,?4,?5,?6,?7,1,?8,?9,?10)")
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
const QString& from(const QStringList& list, int index)
{
    return list.at(index % list.size());
}
} // namespace

SampleCaseWriter::SampleCaseWriter(sqlite3* db, const SampleWorld& world, const DeadlineCalculator& deadlines,
                                   QDateTime now, quint32 seed)
    : m_world(world)
    , m_deadlines(deadlines)
    , m_now(std::move(now))
    , m_rng(seed)
    , m_costRng(seed * 7919U + 13U)
    , m_s(std::make_unique<Statements>(db))
{
}

SampleCaseWriter::~SampleCaseWriter() = default;

QDateTime SampleCaseWriter::after(const QDateTime& t, double minHours, double maxHours)
{
    const double hours = minHours + m_rng.generateDouble() * (maxHours - minHours);
    return t.addSecs(static_cast<qint64>(hours * 3600));
}

void SampleCaseWriter::audit(qint64 caseId, int version, const QDateTime& at, qint64 user, const char* entity,
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

void SampleCaseWriter::write(const QDateTime& receivedAt)
{
    const SampleWorld& w = m_world;
    QualityCase c;
    c.id = m_nextCaseId++;
    const int serialIndex = pick(static_cast<int>(w.serials.size()));
    const qint64 sales = w.salesUsers.at(pick(static_cast<int>(w.salesUsers.size())));
    const qint64 quality = w.qualityUsers.at(pick(static_cast<int>(w.qualityUsers.size())));
    // Now and then a case stops at some step and is left there (the overdue ones).
    const int stopAt = m_rng.generateDouble() < 0.04 ? pick(9) : 99;
    int step = 0;
    auto reached = [&](const QDateTime& t) { return t.isValid() && t <= m_now && step++ < stopAt; };

    c.receivedAt = receivedAt;
    c.isObjection = m_rng.generateDouble() < 0.3;
    c.loggedAt = after(receivedAt, 0.05, 1);
    const int year = c.loggedAt.toTimeZone(m_deadlines.rules().zone).date().year();
    c.number = QStringLiteral("QI-%1-%2").arg(year).arg(++m_caseNumbers[year], 5, 10, QLatin1Char('0'));
    c.symptom = from(SampleTexts::symptoms(), pick(1000));
    c.modelId = w.serialModels.at(serialIndex);
    c.productLine = w.modelLines.value(c.modelId);
    c.status = CaseStatus::Logged;
    const QDateTime sent = after(c.loggedAt, 0.2, m_rng.generateDouble() < 0.05 ? 60 : 5);
    if (reached(sent)) {
        c.sentAt = sent;
        c.status = CaseStatus::SentToQuality;
    }
    const QDateTime recorded = after(sent, 0.2, 4);
    if (c.sentAt.isValid() && reached(recorded)) {
        c.recordedAt = recorded;
        c.status = CaseStatus::Recorded;
    }
    if (c.isObjection) {
        const QDateTime disposal = after(receivedAt, 1, m_rng.generateDouble() < 0.1 ? 40 : 20);
        if (disposal <= m_now && c.recordedAt.isValid())
            c.disposalAt = disposal;
    }
    const qint64 grade
        = w.grades.at(m_rng.generateDouble() < 0.1 ? 0 : (m_rng.generateDouble() < 0.4 ? 1 : 2));
    const QDateTime analysed = after(recorded, 2, 30);
    if (c.recordedAt.isValid() && reached(analysed)) {
        c.analysedAt = analysed;
        c.gradeId = grade;
        c.processingDueAt = analysed.addSecs(qint64(w.gradeHours.value(grade).first) * 3600);
        c.status = CaseStatus::Analysed;
        const int unitCount = 1 + pick(3);
        const int first = pick(static_cast<int>(w.units.size()));
        for (int k = 0; k < unitCount; ++k) {
            const qint64 unit = w.units.at((first + k) % w.units.size());
            CaseUnit cu;
            cu.unitId = unit;
            cu.unitName = w.unitNames.value(unit);
            cu.task = from(SampleTexts::unitTasks(), pick(100));
            // Each unit its own deadline: the grade's for the first, two days more for each next one.
            cu.dueAt = analysed.addSecs((qint64(w.gradeHours.value(grade).second) + 48 * k) * 3600);
            c.units.append(cu);
        }
    }
    const QDateTime issued = after(analysed, 0.5, 8);
    if (c.analysedAt.isValid() && reached(issued)) {
        const int sheetYear = issued.toTimeZone(m_deadlines.rules().zone).date().year();
        c.sheet = FeedbackSheet {QStringLiteral("FS-%1-%2")
                                     .arg(sheetYear)
                                     .arg(++m_sheetNumbers[sheetYear], 5, 10, QLatin1Char('0')),
                                 issued,
                                 {}};
        c.status = CaseStatus::SheetIssued;
        for (CaseUnit& cu : c.units) {
            const QDateTime got = after(issued, 0.5, 10);
            const QDateTime replied = after(issued, 4, w.gradeHours.value(grade).second * 1.3);
            if (got <= m_now && step < stopAt + 2)
                cu.receivedAt = got;
            if (replied <= m_now && cu.receivedAt.isValid() && m_rng.generateDouble() > 0.03) {
                cu.repliedAt = std::max(replied, got);
                cu.reply = QStringLiteral("Done: ") + cu.task;
            }
        }
    }
    const QDateTime planned = after(issued, 2, 24);
    if (c.sheet && reached(planned)) {
        ProcessingPlan p;
        const double r = m_rng.generateDouble();
        p.kind = r < 0.6 ? PlanKind::OnSite
                         : (r < 0.8 ? PlanKind::ReturnToFactory
                                    : (r < 0.9 ? PlanKind::Replacement : PlanKind::RemoteGuidance));
        p.plannedAt = planned;
        if (p.kind == PlanKind::OnSite) {
            const auto tech = w.technicians.at(pick(static_cast<int>(w.technicians.size())));
            p.agencyId = tech.first;
            p.technicianId = tech.second;
            p.appointedAt = planned.addSecs(qint64(w.gradeArrival.value(grade)) * 3600);
        }
        c.plan = p;
        c.status = CaseStatus::Planned;
    }
    if (c.plan) {
        ProcessingPlan& p = *c.plan;
        if (p.kind == PlanKind::OnSite) {
            const QDateTime arrived = std::max(after(p.appointedAt, -20, 8), after(planned, 1, 2));
            const QDateTime finished = after(arrived, 2, 8);
            if (reached(finished)) {
                c.service = ServiceRecord {p.technicianId,
                                           {},
                                           arrived,
                                           finished,
                                           from(SampleTexts::workDone(), pick(100)),
                                           {},
                                           QStringLiteral("Solved"),
                                           true,
                                           from(SampleTexts::contacts(), pick(10)),
                                           finished,
                                           {}};
                c.status = CaseStatus::Implemented;
            }
        } else if (p.kind == PlanKind::ReturnToFactory) {
            p.returnOrderNo = QStringLiteral("RP-%1").arg(c.id);
            const QDateTime received = after(planned, 48, 120);
            const QDateTime reworked = after(received, 24, 120);
            const QDateTime resupplied = after(reworked, 24, 96);
            p.receivedAt = received <= m_now ? received : QDateTime();
            p.reworkedAt = p.receivedAt.isValid() && reworked <= m_now ? reworked : QDateTime();
            if (p.reworkedAt.isValid() && reached(resupplied)) {
                p.resuppliedAt = resupplied;
                c.status = CaseStatus::Implemented;
            }
        } else {
            p.details = QStringLiteral("Send a replacement and guide the customer by phone");
            const QDateTime done = after(planned, 24, 120);
            if (reached(done)) {
                p.completedAt = done;
                p.completionNote = QStringLiteral("Completed as planned");
                c.status = CaseStatus::Implemented;
            }
        }
    }
    if (c.status == CaseStatus::Implemented && c.service) {
        const QDateTime firstAt = after(c.service->finishedAt, 4, m_rng.generateDouble() < 0.1 ? 120 : 70);
        if (reached(firstAt)) {
            ReturnVisit v;
            v.kind = VisitKind::First;
            v.visitedAt = firstAt;
            v.marks = 60 + pick(41);
            for (int k = 0; k < 3; ++k)
                v.items.append({SampleTexts::visitRequirements().at(k), m_rng.generateDouble() > 0.1, {}});
            c.visits.append(v);
            c.status = CaseStatus::FirstVisited;
        }
        const QDateTime secondAt = after(c.service->finishedAt, 15 * 24, 23 * 24);
        if (c.status == CaseStatus::FirstVisited && reached(secondAt)) {
            ReturnVisit v;
            v.kind = VisitKind::Second;
            v.visitedAt = secondAt;
            v.productUse = QStringLiteral("In continuous service");
            v.feedback = from(SampleTexts::feedback(), pick(100));
            c.visits.append(v);
            c.status = CaseStatus::FollowedUp;
            if (m_rng.generateDouble() < 0.15) {
                FollowUp f;
                f.ownerUnitId = w.techSupportUnit;
                f.ownerUnitName = w.unitNames.value(w.techSupportUnit);
                f.task = QStringLiteral("Check the gland again");
                f.dueAt = m_deadlines.followUpDue(secondAt);
                const QDateTime done = after(secondAt, 24, 240);
                if (done <= m_now)
                    f.doneAt = done;
                c.followUps.append(f);
            }
        }
    } else if (c.status == CaseStatus::Implemented && c.plan && c.plan->kind != PlanKind::RemoteGuidance) {
        const QDateTime at
            = after(c.plan->resuppliedAt.isValid() ? c.plan->resuppliedAt : c.plan->completedAt, 24, 120);
        if (reached(at)) {
            ReturnVisit v;
            v.kind = VisitKind::Resupply;
            v.visitedAt = at;
            v.feedback = from(SampleTexts::feedback(), pick(100));
            v.forwardedToQuality = true;
            c.visits.append(v);
            c.status = CaseStatus::FollowedUp;
        }
    }
    const bool ready = c.status == CaseStatus::FollowedUp
        || (c.status == CaseStatus::Implemented && c.plan && c.plan->kind == PlanKind::RemoteGuidance);
    bool nothingOpen = true;
    for (const DeadlineClock& clock : m_deadlines.clocks(c))
        nothingOpen = nothingOpen && !clock.isOpen();
    QDateTime lastEvent = c.visits.isEmpty() ? c.loggedAt : c.visits.last().visitedAt;
    for (const FollowUp& f : c.followUps)
        lastEvent = std::max(lastEvent, f.doneAt);
    const QDateTime closeAt = after(lastEvent, 24, 120);
    if (ready && nothingOpen && reached(closeAt)) {
        c.closedAt = closeAt;
        c.status = CaseStatus::Closed;
    }
    const NextDue next = m_deadlines.nextDue(c, m_now);

    // Write the case and its records.
    BulkStatement& s = m_s->cases;
    const QString serial = w.serials.at(serialIndex);
    s.bind(1, c.id).bind(2, c.number).bind(3, CaseStatuses::code(c.status)).bind(4, secs(receivedAt));
    s.bind(5, QByteArray(m_rng.generateDouble() < 0.7 ? "phone" : "email"));
    s.bind(6, w.customers.at(pick(static_cast<int>(w.customers.size()))));
    s.bind(7, from(SampleTexts::contacts(), pick(100)))
        .bind(8, QStringLiteral("+86 21 5555 %1").arg(1000 + pick(8999)));
    s.bind(9, c.modelId)
        .bind(10, serial)
        .bind(11, QStringLiteral("B%1").arg(w.serialsShipment.at(serialIndex)));
    s.bind(12, QStringLiteral("SO-%1").arg(w.serialsShipment.at(serialIndex))).bind(13, 1 + pick(3));
    s.bind(14, c.symptom)
        .bind(15, from(SampleTexts::requests(), pick(100)))
        .bind(16, QStringLiteral("Plant site"));
    s.bind(17, c.isObjection ? 1 : 0).bind(18, secs(c.loggedAt)).bind(19, sales);
    bindTime(s, 20, c.sentAt);
    c.sentAt.isValid() ? s.bind(21, sales) : s.bindNull(21);
    bindTime(s, 22, c.recordedAt);
    c.recordedAt.isValid() ? s.bind(23, quality) : s.bindNull(23);
    bindTime(s, 24, c.analysedAt);
    if (c.analysedAt.isValid()) {
        s.bind(25, quality).bind(26, from(SampleTexts::verifications(), pick(100)));
        s.bind(27, from(SampleTexts::analyses(), pick(100)));
        // A few defects and causes make most of the cases, as in a real plant (Pareto).
        s.bind(28, w.categories.at(skewed(static_cast<int>(w.categories.size()))));
        s.bind(29, w.causes.at(skewed(static_cast<int>(w.causes.size())))).bind(30, c.gradeId);
        s.bind(31, QStringLiteral("Isolate and monitor"));
    } else {
        s.bindNull(25).bind(26, QByteArray()).bind(27, QByteArray()).bindNull(28).bindNull(29).bindNull(30);
        s.bind(31, QByteArray());
    }
    bindTime(s, 32, c.processingDueAt);
    bindTime(s, 33, c.disposalAt);
    c.disposalAt.isValid() ? s.bind(34, sales) : s.bindNull(34);
    s.bind(35,
           c.disposalAt.isValid() ? QStringLiteral("Check the packing; a technician is planned") : QString());
    bindTime(s, 36, c.closedAt);
    if (c.closedAt.isValid()) {
        s.bind(37, quality)
            .bind(38, c.symptom)
            .bind(39, QStringLiteral("Solved on site; customer satisfied"));
        s.bind(40, QStringLiteral("Dear customer, the problem has been solved."));
    } else {
        s.bindNull(37).bind(38, QByteArray()).bind(39, QByteArray()).bind(40, QByteArray());
    }
    bindTime(s, 41, next.dueAt);
    s.bind(42, next.code).bind(43, next.ownerCode);
    // As WorkflowService counts them: each step written below is one version of the case.
    const int finalVersion = 1 + int(c.sentAt.isValid()) + int(c.recordedAt.isValid())
        + int(c.analysedAt.isValid()) + int(c.sheet.has_value()) + int(c.plan.has_value())
        + int(c.service.has_value()) + int(c.visits.size()) + int(c.closedAt.isValid());
    s.bind(44, finalVersion);
    s.run();

    int version = 1;

    audit(c.id, version, c.loggedAt, sales, "cases", c.id, "create", "number", {}, c.number);
    audit(c.id, version, c.loggedAt, sales, "cases", c.id, "create", "status", {}, QStringLiteral("logged"));
    audit(c.id, version, c.loggedAt, sales, "cases", c.id, "create", "symptom", {}, c.symptom);
    audit(c.id, version, c.loggedAt, sales, "cases", c.id, "create", "serial_no", {}, serial);
    if (m_photos)
        m_photos->attach(c.id, c.loggedAt, sales);
    if (c.sentAt.isValid())
        audit(c.id, ++version, c.sentAt, sales, "cases", c.id, "update", "status", QStringLiteral("logged"),
              QStringLiteral("sent"));
    if (c.recordedAt.isValid())
        audit(c.id, ++version, c.recordedAt, quality, "cases", c.id, "update", "status",
              QStringLiteral("sent"), QStringLiteral("recorded"));
    if (c.analysedAt.isValid())
        audit(c.id, ++version, c.analysedAt, quality, "cases", c.id, "update", "status",
              QStringLiteral("recorded"), QStringLiteral("analysed"));
    for (CaseUnit& cu : c.units) {
        BulkStatement& u = m_s->units;
        u.bind(1, c.id).bind(2, cu.unitId).bind(3, cu.task).bind(4, secs(cu.dueAt));
        bindTime(u, 5, cu.receivedAt);
        cu.receivedAt.isValid() ? u.bind(6, quality) : u.bindNull(6);
        bindTime(u, 7, cu.repliedAt);
        cu.repliedAt.isValid() ? u.bind(8, quality) : u.bindNull(8);
        u.bind(9, cu.reply);
        const qint64 id = u.run();
        cu.id = id;
        audit(c.id, version, c.analysedAt, quality, "case_units", id, "create", "task", {}, cu.task);
    }
    if (c.sheet) {
        const qint64 id = m_s->sheet.bind(1, c.id)
                              .bind(2, c.sheet->number)
                              .bind(3, secs(c.sheet->issuedAt))
                              .bind(4, quality)
                              .run();
        audit(c.id, ++version, c.sheet->issuedAt, quality, "feedback_sheets", id, "create", "number", {},
              c.sheet->number);
    }
    if (c.plan) {
        const ProcessingPlan& p = *c.plan;
        static const char* const kinds[] = {"onsite", "return", "replacement", "remote"};
        BulkStatement& ps = m_s->plan;
        ps.bind(1, c.id).bind(2, QByteArray(kinds[static_cast<int>(p.kind)]));
        p.agencyId ? ps.bind(3, p.agencyId) : ps.bindNull(3);
        p.technicianId ? ps.bind(4, p.technicianId) : ps.bindNull(4);
        bindTime(ps, 5, p.appointedAt);
        ps.bind(6, p.kind == PlanKind::OnSite ? QStringLiteral("Plant site") : QString()).bind(7, p.details);
        ps.bind(8, p.returnOrderNo);
        bindTime(ps, 9, p.receivedAt);
        bindTime(ps, 10, p.reworkedAt);
        bindTime(ps, 11, p.resuppliedAt);
        bindTime(ps, 12, p.completedAt);
        ps.bind(13, p.completionNote).bind(14, secs(p.plannedAt)).bind(15, sales);
        const qint64 id = ps.run();
        audit(c.id, ++version, p.plannedAt, sales, "plans", id, "create", "kind", {},
              QString::fromLatin1(kinds[static_cast<int>(p.kind)]));
    }
    if (c.service) {
        const ServiceRecord& r = *c.service;
        const qint64 id = m_s->service.bind(1, c.id)
                              .bind(2, r.technicianId)
                              .bind(3, secs(r.arrivedAt))
                              .bind(4, secs(r.finishedAt))
                              .bind(5, r.workDone)
                              .bind(6, QByteArray())
                              .bind(7, r.result)
                              .bind(8, r.confirmedBy)
                              .bind(9, secs(r.recordedAt))
                              .bind(10, sales)
                              .run();
        audit(c.id, ++version, r.recordedAt, sales, "service_records", id, "create", "work_done", {},
              r.workDone);
    }
    for (const ReturnVisit& v : c.visits) {
        static const char* const kinds[] = {"first", "second", "resupply"};
        BulkStatement& vs = m_s->visit;
        vs.bind(1, c.id)
            .bind(2, QByteArray(kinds[static_cast<int>(v.kind)]))
            .bind(3, secs(v.visitedAt))
            .bind(4, sales);
        v.marks >= 0 ? vs.bind(5, v.marks) : vs.bindNull(5);
        vs.bind(6, v.remarks).bind(7, v.productUse).bind(8, v.feedback).bind(9, v.forwardedToQuality ? 1 : 0);
        const qint64 id = vs.run();
        for (const VisitItem& item : v.items)
            m_s->item.bind(1, id).bind(2, item.requirement).bind(3, item.confirmed ? 1 : 0).run();
        audit(c.id, ++version, v.visitedAt, sales, "visits", id, "create", "kind", {},
              QString::fromLatin1(kinds[static_cast<int>(v.kind)]));
    }
    for (FollowUp& f : c.followUps) {
        BulkStatement& fs = m_s->followUp;
        fs.bind(1, c.id).bind(2, f.ownerUnitId).bind(3, f.task).bind(4, secs(f.dueAt));
        bindTime(fs, 5, f.doneAt);
        f.id = fs.bind(6, f.doneAt.isValid() ? QStringLiteral("Settled") : QString()).run();
    }
    // Who owes what by when on the cases left open, as WorkflowService stores it with each save.
    if (!c.closedAt.isValid())
        m_s->duties.write(c.id, CaseDuties::of(c, m_deadlines));
    if (c.closedAt.isValid())
        audit(c.id, ++version, c.closedAt, quality, "cases", c.id, "update", "status",
              QStringLiteral("followed_up"), QStringLiteral("closed"));
    Q_ASSERT(version == finalVersion);
    for (const CaseClocks::Row& row : CaseClocks::rows(m_deadlines.clocks(c))) {
        BulkStatement& k = m_s->clock;
        k.bind(1, c.id).bind(2, row.kind).bind(3, row.unitId).bind(4, secs(row.dueAt));
        bindTime(k, 5, row.doneAt);
        k.run();
    }
    writeCosts(c);
}

int SampleCaseWriter::skewed(int size)
{
    // One draw, as pick() takes, so the rest of the case is what it was before the skew.
    const double u = static_cast<double>(m_rng.bounded(1U << 30)) / (1U << 30);
    return std::min(size - 1, static_cast<int>(size * std::pow(u, 2.2)));
}

void SampleCaseWriter::writeCosts(const QualityCase& c)
{
    // Costs come from a generator of their own, so cases are the same with or without them.
    QRandomGenerator& r = m_costRng;
    auto money = [&r](int minimum, int maximum) { // whole currency units, stored in hundredths
        return 100LL * (minimum + static_cast<int>(r.bounded(maximum - minimum + 1)));
    };
    auto add = [this, &c](const char* record, qint64 parts, double hours, qint64 travel, qint64 replacement) {
        m_s->cost.bind(1, c.id).bind(2, QByteArray(record)).bind(3, parts);
        m_s->cost.bind(4, QVariant(hours)).bind(5, travel).bind(6, replacement).run();
    };
    if (c.service) {
        const bool parts = r.bounded(100) < 60;
        add("service", parts ? money(50, 4000) : 0, 2 + r.bounded(29) / 2.0, money(100, 2500),
            r.bounded(100) < 5 ? money(3000, 30000) : 0);
    }
    if (c.plan && c.plan->reworkedAt.isValid())
        add("return_reworked", money(100, 6000), 1 + r.bounded(40) / 2.0, 0, 0);
    if (c.plan && c.plan->resuppliedAt.isValid())
        add("return_resupplied", 0, 0, money(200, 1500), r.bounded(100) < 30 ? money(2000, 40000) : 0);
}

void SampleCaseWriter::finish()
{
    for (auto it = m_caseNumbers.cbegin(); it != m_caseNumbers.cend(); ++it)
        m_s->counter.bind(1, QByteArray("QI")).bind(2, it.key()).bind(3, it.value()).run();
    for (auto it = m_sheetNumbers.cbegin(); it != m_sheetNumbers.cend(); ++it)
        m_s->counter.bind(1, QByteArray("FS")).bind(2, it.key()).bind(3, it.value()).run();
}
