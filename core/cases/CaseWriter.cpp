#include "cases/CaseWriter.h"

#include "costs/CostRecords.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "domain/PlanKinds.h"
#include "domain/VisitKinds.h"

using Fields = RecordWriter::Fields;

namespace {
const QString casesTable()
{
    return QStringLiteral("cases");
}
} // namespace

CaseWriter::CaseWriter(QSqlDatabase db, qint64 userId, QDateTime at, int version)
    : m_db(db)
    , m_userId(userId)
    , m_writer(std::make_unique<RecordWriter>(std::move(db), userId, std::move(at), version))
{
}

CaseWriter::~CaseWriter() = default;

int CaseWriter::written() const
{
    return m_writer->written();
}

qint64 CaseWriter::insertCase(const QString& number, const IntakeData& d, const QDateTime& loggedAt)
{
    return m_writer->insert(casesTable(), 0,
                            Fields {{QStringLiteral("number"), number},
                                    {QStringLiteral("status"), CaseStatuses::code(CaseStatus::Logged)},
                                    {QStringLiteral("received_at"), d.receivedAt},
                                    {QStringLiteral("channel"), d.channel},
                                    {QStringLiteral("customer_id"), d.customerId},
                                    {QStringLiteral("contact_name"), d.contactName},
                                    {QStringLiteral("contact_phone"), d.contactPhone},
                                    {QStringLiteral("model_id"), d.modelId},
                                    {QStringLiteral("serial_no"), d.serialNo},
                                    {QStringLiteral("batch_no"), d.batchNo},
                                    {QStringLiteral("order_no"), d.orderNo},
                                    {QStringLiteral("quantity"), d.quantity},
                                    {QStringLiteral("symptom"), d.symptom},
                                    {QStringLiteral("customer_request"), d.customerRequest},
                                    {QStringLiteral("site_address"), d.siteAddress},
                                    {QStringLiteral("is_objection"), d.isObjection},
                                    {QStringLiteral("logged_at"), loggedAt},
                                    {QStringLiteral("logged_by"), m_userId}});
}

void CaseWriter::setStatus(qint64 caseId, CaseStatus status)
{
    m_writer->update(casesTable(), caseId, caseId, {{QStringLiteral("status"), CaseStatuses::code(status)}});
}

void CaseWriter::markSent(qint64 caseId, const QDateTime& at)
{
    m_writer->update(casesTable(), caseId, caseId,
                     {{QStringLiteral("sent_at"), at}, {QStringLiteral("sent_by"), m_userId}});
}

void CaseWriter::markRecorded(qint64 caseId, const QDateTime& at)
{
    m_writer->update(casesTable(), caseId, caseId,
                     {{QStringLiteral("recorded_at"), at}, {QStringLiteral("recorded_by"), m_userId}});
}

void CaseWriter::setAnalysis(qint64 caseId, const AnalysisData& d, const QDateTime& at,
                             const QDateTime& processingDue)
{
    m_writer->update(casesTable(), caseId, caseId,
                     {{QStringLiteral("analysed_at"), at},
                      {QStringLiteral("analysed_by"), m_userId},
                      {QStringLiteral("verification"), d.verification},
                      {QStringLiteral("analysis"), d.analysis},
                      {QStringLiteral("defect_category_id"), d.defectCategoryId},
                      {QStringLiteral("defect_cause_id"), d.defectCauseId},
                      {QStringLiteral("grade_id"), d.gradeId},
                      {QStringLiteral("temporary_measures"), d.temporaryMeasures},
                      {QStringLiteral("processing_due_at"), processingDue}});
}

void CaseWriter::setDisposal(qint64 caseId, const QString& suggestion, const QDateTime& firstAt)
{
    Fields fields {{QStringLiteral("disposal_suggestion"), suggestion}};
    if (firstAt.isValid())
        fields
            += Fields {{QStringLiteral("disposal_at"), firstAt}, {QStringLiteral("disposal_by"), m_userId}};
    m_writer->update(casesTable(), caseId, caseId, fields);
}

void CaseWriter::close(qint64 caseId, const CloseData& d, const QDateTime& at)
{
    m_writer->update(casesTable(), caseId, caseId,
                     {{QStringLiteral("closed_at"), at},
                      {QStringLiteral("closed_by"), m_userId},
                      {QStringLiteral("problem_summary"), d.problemSummary},
                      {QStringLiteral("treatment_result"), d.treatmentResult},
                      {QStringLiteral("written_feedback"), d.writtenFeedback},
                      {QStringLiteral("waiver_reason"), d.waiverReason}});
}

void CaseWriter::insertUnit(qint64 caseId, qint64 unitId, const QString& task, const QDateTime& dueAt)
{
    m_writer->insert(QStringLiteral("case_units"), caseId,
                     {{QStringLiteral("case_id"), caseId},
                      {QStringLiteral("unit_id"), unitId},
                      {QStringLiteral("task"), task},
                      {QStringLiteral("due_at"), dueAt}});
}

void CaseWriter::updateUnit(qint64 caseId, qint64 rowId, const QString& task, const QDateTime& dueAt)
{
    m_writer->update(QStringLiteral("case_units"), rowId, caseId,
                     {{QStringLiteral("task"), task}, {QStringLiteral("due_at"), dueAt}});
}

void CaseWriter::removeUnit(qint64 caseId, qint64 rowId)
{
    m_writer->remove(QStringLiteral("case_units"), rowId, caseId,
                     {QStringLiteral("unit_id"), QStringLiteral("task"), QStringLiteral("due_at")});
}

void CaseWriter::recordUnitAnswer(qint64 caseId, qint64 rowId, const QDateTime& receivedAt,
                                  const QString& reply, const QDateTime& repliedAt)
{
    Fields fields;
    if (receivedAt.isValid())
        fields += Fields {{QStringLiteral("received_at"), receivedAt},
                          {QStringLiteral("received_by"), m_userId}};
    if (!reply.isNull())
        fields += Fields {{QStringLiteral("replied_at"), repliedAt},
                          {QStringLiteral("replied_by"), m_userId},
                          {QStringLiteral("reply"), reply}};
    if (!fields.isEmpty())
        m_writer->update(QStringLiteral("case_units"), rowId, caseId, fields);
}

void CaseWriter::insertSheet(qint64 caseId, const QString& number, const QDateTime& issuedAt)
{
    m_writer->insert(QStringLiteral("feedback_sheets"), caseId,
                     {{QStringLiteral("case_id"), caseId},
                      {QStringLiteral("number"), number},
                      {QStringLiteral("issued_at"), issuedAt},
                      {QStringLiteral("issued_by"), m_userId}});
}

void CaseWriter::insertPlan(qint64 caseId, const ProcessingPlan& p)
{
    const bool onSite = p.kind == PlanKind::OnSite;
    m_writer->insert(QStringLiteral("plans"), caseId,
                     {{QStringLiteral("case_id"), caseId},
                      {QStringLiteral("kind"), PlanKinds::code(p.kind)},
                      {QStringLiteral("agency_id"), onSite ? QVariant(p.agencyId) : QVariant()},
                      {QStringLiteral("technician_id"), onSite ? QVariant(p.technicianId) : QVariant()},
                      {QStringLiteral("appointed_at"), onSite ? QVariant(p.appointedAt) : QVariant()},
                      {QStringLiteral("address"), onSite ? p.address : QString()},
                      {QStringLiteral("details"), p.details},
                      {QStringLiteral("return_order_no"), p.returnOrderNo},
                      {QStringLiteral("planned_at"), p.plannedAt},
                      {QStringLiteral("planned_by"), m_userId}});
}

void CaseWriter::setReturnStage(qint64 caseId, ReturnStage stage, const QDateTime& at, const CostData& costs)
{
    const QString column = stage == ReturnStage::Received ? QStringLiteral("received_at")
        : stage == ReturnStage::Reworked                  ? QStringLiteral("reworked_at")
                                                          : QStringLiteral("resupplied_at");
    const qint64 planId
        = Sql::scalar(m_db, QStringLiteral("SELECT id FROM plans WHERE case_id = ?"), {caseId}).toLongLong();
    m_writer->update(QStringLiteral("plans"), planId, caseId, {{column, at}});
    writeCosts(caseId, QStringLiteral("return_") + column.section(u'_', 0, 0), costs);
}

void CaseWriter::completePlan(qint64 caseId, const QDateTime& at, const QString& note)
{
    const qint64 planId
        = Sql::scalar(m_db, QStringLiteral("SELECT id FROM plans WHERE case_id = ?"), {caseId}).toLongLong();
    m_writer->update(QStringLiteral("plans"), planId, caseId,
                     {{QStringLiteral("completed_at"), at}, {QStringLiteral("completion_note"), note}});
}

void CaseWriter::insertService(qint64 caseId, const ServiceRecord& r)
{
    m_writer->insert(QStringLiteral("service_records"), caseId,
                     {{QStringLiteral("case_id"), caseId},
                      {QStringLiteral("technician_id"), r.technicianId},
                      {QStringLiteral("arrived_at"), r.arrivedAt},
                      {QStringLiteral("finished_at"), r.finishedAt},
                      {QStringLiteral("work_done"), r.workDone},
                      {QStringLiteral("parts_used"), r.partsUsed},
                      {QStringLiteral("result"), r.result},
                      {QStringLiteral("customer_confirmed"), r.customerConfirmed},
                      {QStringLiteral("confirmed_by"), r.confirmedBy},
                      {QStringLiteral("recorded_at"), r.recordedAt},
                      {QStringLiteral("recorded_by"), m_userId}});
}

void CaseWriter::insertVisit(qint64 caseId, const ReturnVisit& v)
{
    Fields fields {{QStringLiteral("case_id"), caseId},
                   {QStringLiteral("kind"), VisitKinds::code(v.kind)},
                   {QStringLiteral("visited_at"), v.visitedAt},
                   {QStringLiteral("visited_by"), m_userId}};
    switch (v.kind) {
    case VisitKind::First:
        fields += Fields {{QStringLiteral("marks"), v.marks}, {QStringLiteral("remarks"), v.remarks}};
        break;
    case VisitKind::Second:
        fields += Fields {{QStringLiteral("product_use"), v.productUse},
                          {QStringLiteral("feedback"), v.feedback}};
        break;
    case VisitKind::Resupply:
        fields += Fields {{QStringLiteral("feedback"), v.feedback},
                          {QStringLiteral("forwarded_to_quality"), v.forwardedToQuality}};
        break;
    }
    const qint64 visitId = m_writer->insert(QStringLiteral("visits"), caseId, fields);
    for (const VisitItem& item : v.items)
        m_writer->insert(QStringLiteral("visit_items"), caseId,
                         {{QStringLiteral("visit_id"), visitId},
                          {QStringLiteral("requirement"), item.requirement},
                          {QStringLiteral("confirmed"), item.confirmed},
                          {QStringLiteral("note"), item.note}});
}

void CaseWriter::insertFollowUp(qint64 caseId, const FollowUp& f)
{
    m_writer->insert(QStringLiteral("follow_ups"), caseId,
                     {{QStringLiteral("case_id"), caseId},
                      {QStringLiteral("owner_unit_id"), f.ownerUnitId},
                      {QStringLiteral("task"), f.task},
                      {QStringLiteral("due_at"), f.dueAt}});
}

void CaseWriter::completeFollowUp(qint64 caseId, qint64 followUpId, const QDateTime& at,
                                  const QString& result)
{
    m_writer->update(QStringLiteral("follow_ups"), followUpId, caseId,
                     {{QStringLiteral("done_at"), at},
                      {QStringLiteral("done_by"), m_userId},
                      {QStringLiteral("result"), result}});
}

void CaseWriter::writeCosts(qint64 caseId, const QString& record, const CostData& costs)
{
    CostRecords::write(*m_writer, caseId, record, costs);
}
