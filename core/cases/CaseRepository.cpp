#include "cases/CaseRepository.h"

#include "UserError.h"
#include "db/Sql.h"
#include "domain/PlanKinds.h"
#include "domain/VisitKinds.h"

using Sql::toTime;

CaseRepository::CaseRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 CaseRepository::idOfNumber(const QString& number) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT id FROM cases WHERE number = ?"), {number}).toLongLong();
}

QualityCase CaseRepository::load(qint64 caseId) const
{
    // On a server every read is a round trip: the case's row also says which kinds of records
    // it has, and only those are read (a new case: one statement instead of eight).
    const bool server = Sql::isServer(m_db);
    static const QString recordKinds
        = QStringLiteral(", EXISTS (SELECT 1 FROM case_units x WHERE x.case_id = c.id), "
                         "EXISTS (SELECT 1 FROM feedback_sheets x WHERE x.case_id = c.id) "
                         "OR EXISTS (SELECT 1 FROM plans x WHERE x.case_id = c.id), "
                         "EXISTS (SELECT 1 FROM service_records x WHERE x.case_id = c.id), "
                         "EXISTS (SELECT 1 FROM visits x WHERE x.case_id = c.id), "
                         "EXISTS (SELECT 1 FROM follow_ups x WHERE x.case_id = c.id), "
                         "EXISTS (SELECT 1 FROM case_costs x WHERE x.case_id = c.id) ");
    QSqlQuery& q = Sql::cached(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.number, c.status, c.received_at, c.channel, c.customer_id, cu.name, "
            "cu.key_customer, "
            "c.contact_name, c.contact_phone, c.model_id, m.code, m.name, m.product_line, c.serial_no, "
            "c.batch_no, "
            "c.order_no, c.quantity, c.symptom, c.customer_request, c.site_address, c.is_objection, "
            "c.logged_at, "
            "lu.display_name, c.sent_at, c.recorded_at, ru.display_name, c.analysed_at, au.display_name, "
            "c.verification, c.analysis, c.defect_category_id, dc.name, c.defect_cause_id, dz.name, "
            "c.grade_id, "
            "g.code, g.name, c.temporary_measures, c.processing_due_at, c.disposal_at, "
            "c.disposal_suggestion, "
            "c.closed_at, cl.display_name, c.problem_summary, c.treatment_result, c.written_feedback, "
            "c.waiver_reason, c.version ")
            + (server ? recordKinds : QString())
            + QStringLiteral(
                "FROM cases c JOIN customers cu ON cu.id = c.customer_id "
                "LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN users lu ON lu.id = c.logged_by "
                "LEFT JOIN users ru ON ru.id = c.recorded_by LEFT JOIN users au ON au.id = c.analysed_by "
                "LEFT JOIN users cl ON cl.id = c.closed_by LEFT JOIN defect_categories dc ON dc.id = "
                "c.defect_category_id "
                "LEFT JOIN defect_causes dz ON dz.id = c.defect_cause_id LEFT JOIN grades g ON g.id = "
                "c.grade_id "
                "WHERE c.id = ?"),
        {caseId});
    if (!q.next()) {
        q.finish();
        throw UserError(tr("There is no case with the id %1.").arg(caseId));
    }
    QualityCase c;
    int i = 0;
    auto next = [&]() { return q.value(i++); };
    c.id = next().toLongLong();
    c.number = next().toString();
    c.status = CaseStatuses::fromCode(next().toString());
    c.receivedAt = toTime(next());
    c.channel = next().toString();
    c.customerId = next().toLongLong();
    c.customerName = next().toString();
    c.keyCustomer = next().toBool();
    c.contactName = next().toString();
    c.contactPhone = next().toString();
    c.modelId = next().toLongLong();
    c.modelCode = next().toString();
    c.modelName = next().toString();
    c.productLine = next().toString();
    c.serialNo = next().toString();
    c.batchNo = next().toString();
    c.orderNo = next().toString();
    c.quantity = next().toInt();
    c.symptom = next().toString();
    c.customerRequest = next().toString();
    c.siteAddress = next().toString();
    c.isObjection = next().toBool();
    c.loggedAt = toTime(next());
    c.loggedBy = next().toString();
    c.sentAt = toTime(next());
    c.recordedAt = toTime(next());
    c.recordedBy = next().toString();
    c.analysedAt = toTime(next());
    c.analysedBy = next().toString();
    c.verification = next().toString();
    c.analysis = next().toString();
    c.defectCategoryId = next().toLongLong();
    c.defectCategory = next().toString();
    c.defectCauseId = next().toLongLong();
    c.defectCause = next().toString();
    c.gradeId = next().toLongLong();
    c.gradeCode = next().toString();
    c.gradeName = next().toString();
    c.temporaryMeasures = next().toString();
    c.processingDueAt = toTime(next());
    c.disposalAt = toTime(next());
    c.disposalSuggestion = next().toString();
    c.closedAt = toTime(next());
    c.closedBy = next().toString();
    c.problemSummary = next().toString();
    c.treatmentResult = next().toString();
    c.writtenFeedback = next().toString();
    c.waiverReason = next().toString();
    c.version = next().toInt();
    bool has[6] = {true, true, true, true, true, true};
    if (server)
        for (bool& kind : has)
            kind = next().toBool();
    q.finish();
    if (has[0])
        loadUnits(c);
    if (has[1])
        loadSheetAndPlan(c);
    if (has[2])
        loadService(c);
    if (has[3])
        loadVisits(c);
    if (has[4])
        loadFollowUps(c);
    if (has[5])
        loadCosts(c);
    return c;
}

void CaseRepository::loadUnits(QualityCase& c) const
{
    QSqlQuery& q
        = Sql::cached(m_db,
                      QStringLiteral("SELECT cu.id, cu.unit_id, u.name, cu.task, cu.due_at, cu.received_at, "
                                     "cu.replied_at, cu.reply FROM case_units cu JOIN units u ON u.id = "
                                     "cu.unit_id WHERE cu.case_id = ? ORDER BY cu.id"),
                      {c.id});
    while (q.next())
        c.units.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toString(), toTime(q.value(4)), toTime(q.value(5)), toTime(q.value(6)),
                        q.value(7).toString()});
    q.finish();
}

void CaseRepository::loadSheetAndPlan(QualityCase& c) const
{
    QSqlQuery& s
        = Sql::cached(m_db,
                      QStringLiteral("SELECT s.number, s.issued_at, u.display_name FROM feedback_sheets s "
                                     "LEFT JOIN users u ON u.id = s.issued_by WHERE s.case_id = ?"),
                      {c.id});
    if (s.next())
        c.sheet = FeedbackSheet {s.value(0).toString(), toTime(s.value(1)), s.value(2).toString()};
    QSqlQuery& p = Sql::cached(
        m_db,
        QStringLiteral(
            "SELECT p.kind, p.agency_id, a.name, p.technician_id, t.name, p.appointed_at, p.address, "
            "p.details, p.return_order_no, p.received_at, p.reworked_at, p.resupplied_at, p.completed_at, "
            "p.completion_note, p.planned_at, u.display_name FROM plans p "
            "LEFT JOIN service_agencies a ON a.id = p.agency_id LEFT JOIN technicians t ON t.id = "
            "p.technician_id LEFT JOIN users u ON u.id = p.planned_by WHERE p.case_id = ?"),
        {c.id});
    if (p.next()) {
        ProcessingPlan plan;
        plan.kind = PlanKinds::fromCode(p.value(0).toString());
        plan.agencyId = p.value(1).toLongLong();
        plan.agencyName = p.value(2).toString();
        plan.technicianId = p.value(3).toLongLong();
        plan.technicianName = p.value(4).toString();
        plan.appointedAt = toTime(p.value(5));
        plan.address = p.value(6).toString();
        plan.details = p.value(7).toString();
        plan.returnOrderNo = p.value(8).toString();
        plan.receivedAt = toTime(p.value(9));
        plan.reworkedAt = toTime(p.value(10));
        plan.resuppliedAt = toTime(p.value(11));
        plan.completedAt = toTime(p.value(12));
        plan.completionNote = p.value(13).toString();
        plan.plannedAt = toTime(p.value(14));
        plan.plannedBy = p.value(15).toString();
        c.plan = plan;
    }
    s.finish();
    p.finish();
}

void CaseRepository::loadService(QualityCase& c) const
{
    QSqlQuery& q = Sql::cached(
        m_db,
        QStringLiteral("SELECT s.technician_id, t.name, s.arrived_at, s.finished_at, s.work_done, "
                       "s.parts_used, s.result, s.customer_confirmed, s.confirmed_by, "
                       "s.recorded_at, u.display_name FROM service_records s LEFT JOIN "
                       "technicians t ON t.id = s.technician_id LEFT JOIN users u ON u.id = "
                       "s.recorded_by WHERE s.case_id = ?"),
        {c.id});
    if (q.next())
        c.service = ServiceRecord {q.value(0).toLongLong(), q.value(1).toString(), toTime(q.value(2)),
                                   toTime(q.value(3)),      q.value(4).toString(), q.value(5).toString(),
                                   q.value(6).toString(),   q.value(7).toBool(),   q.value(8).toString(),
                                   toTime(q.value(9)),      q.value(10).toString()};
    q.finish();
}

void CaseRepository::loadVisits(QualityCase& c) const
{
    QSqlQuery& q
        = Sql::cached(m_db,
                      QStringLiteral("SELECT v.id, v.kind, v.visited_at, u.display_name, v.marks, v.remarks, "
                                     "v.product_use, v.feedback, v.forwarded_to_quality FROM visits v LEFT "
                                     "JOIN users u ON u.id = v.visited_by WHERE v.case_id = ? ORDER BY v.id"),
                      {c.id});
    QList<qint64> ids;
    while (q.next()) {
        ReturnVisit v;
        ids.append(q.value(0).toLongLong());
        v.kind = VisitKinds::fromCode(q.value(1).toString());
        v.visitedAt = toTime(q.value(2));
        v.visitedBy = q.value(3).toString();
        v.marks = q.value(4).isNull() ? -1 : q.value(4).toInt();
        v.remarks = q.value(5).toString();
        v.productUse = q.value(6).toString();
        v.feedback = q.value(7).toString();
        v.forwardedToQuality = q.value(8).toBool();
        c.visits.append(v);
    }
    q.finish();
    if (ids.isEmpty())
        return;
    if (!Sql::isServer(m_db)) {
        for (qsizetype k = 0; k < ids.size(); ++k) {
            QSqlQuery& items = Sql::cached(
                m_db,
                QStringLiteral(
                    "SELECT requirement, confirmed, note FROM visit_items WHERE visit_id = ? ORDER BY id"),
                {ids[k]});
            while (items.next())
                c.visits[k].items.append(
                    {items.value(0).toString(), items.value(1).toBool(), items.value(2).toString()});
            items.finish();
        }
        return;
    }
    // On a server the items of all the visits in one statement (a round trip, not one per visit).
    QSqlQuery& items = Sql::cached(
        m_db,
        QStringLiteral("SELECT i.visit_id, i.requirement, i.confirmed, i.note FROM visit_items i "
                       "JOIN visits v ON v.id = i.visit_id WHERE v.case_id = ? ORDER BY i.visit_id, i.id"),
        {c.id});
    while (items.next()) {
        const qsizetype k = ids.indexOf(items.value(0).toLongLong());
        if (k >= 0)
            c.visits[k].items.append(
                {items.value(1).toString(), items.value(2).toBool(), items.value(3).toString()});
    }
    items.finish();
}

void CaseRepository::loadFollowUps(QualityCase& c) const
{
    QSqlQuery& q
        = Sql::cached(m_db,
                      QStringLiteral("SELECT f.id, f.owner_unit_id, u.name, f.task, f.due_at, f.done_at, "
                                     "f.result FROM follow_ups f JOIN units u ON u.id = f.owner_unit_id "
                                     "WHERE f.case_id = ? ORDER BY f.id"),
                      {c.id});
    while (q.next())
        c.followUps.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                            q.value(3).toString(), toTime(q.value(4)), toTime(q.value(5)),
                            q.value(6).toString()});
    q.finish();
}

void CaseRepository::loadCosts(QualityCase& c) const
{
    QSqlQuery& q
        = Sql::cached(m_db,
                      QStringLiteral("SELECT record, parts_cost, labour_hours, travel_cost, "
                                     "replacement_cost FROM case_costs WHERE case_id = ? ORDER BY id"),
                      {c.id});
    while (q.next())
        c.costs.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toDouble(),
                        q.value(3).toLongLong(), q.value(4).toLongLong()});
    q.finish();
}
