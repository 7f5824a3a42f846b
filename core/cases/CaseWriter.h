#pragma once

#include "domain/CaseStatus.h"
#include "domain/QualityCase.h"
#include "domain/WorkflowInputs.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <memory>
#include <optional>

class RecordWriter;

// The one way the flow writes a case and its records (issue 16): one typed method per thing a
// step stores, each writing its audit rows (who, when, old and new value, the version the
// change makes). The tables and columns are known here and in CaseStore only; "by" is always
// the user the writer was made for. Values are stored as given (the rules trim them first).
class CaseWriter
{
public:
    // version: the version of the case once this change is made (1 for a new case).
    CaseWriter(QSqlDatabase db, qint64 userId, QDateTime at, int version);
    ~CaseWriter();

    // R1: the new case (its intake as given, logged at "at" by the user); returns its id.
    qint64 insertCase(const QString& number, const IntakeData& d, const QDateTime& loggedAt);
    void setStatus(qint64 caseId, CaseStatus status);
    void markSent(qint64 caseId, const QDateTime& at);
    void markRecorded(qint64 caseId, const QDateTime& at);
    // R3: d.temporaryMeasures as kept (the grade's default already chosen).
    void setAnalysis(qint64 caseId, const AnalysisData& d, const QDateTime& at,
                     const QDateTime& processingDue);
    // The disposal suggestion; firstAt valid: the time it was first given (kept once set).
    void setDisposal(qint64 caseId, const QString& suggestion, const QDateTime& firstAt);
    void close(qint64 caseId, const CloseData& d, const QDateTime& at);

    void insertUnit(qint64 caseId, qint64 unitId, const QString& task, const QDateTime& dueAt);
    void updateUnit(qint64 caseId, qint64 rowId, const QString& task, const QDateTime& dueAt);
    void removeUnit(qint64 caseId, qint64 rowId);
    // R4: receivedAt valid: the receipt (written once); reply not null: the reply at repliedAt.
    void recordUnitAnswer(qint64 caseId, qint64 rowId, const QDateTime& receivedAt, const QString& reply,
                          const QDateTime& repliedAt);
    void insertSheet(qint64 caseId, const QString& number, const QDateTime& issuedAt);

    // R5: kind, (on site: agency, technician, appointment, address), details, return order, plannedAt.
    void insertPlan(qint64 caseId, const ProcessingPlan& p);
    // A stage of a return plan order with its costs ("return_received"…).
    void setReturnStage(qint64 caseId, ReturnStage stage, const QDateTime& at, const CostData& costs);
    void completePlan(qint64 caseId, const QDateTime& at, const QString& note);
    // R6: every field of the record as given.
    void insertService(qint64 caseId, const ServiceRecord& r);
    // R7, R8, R14: the fields of the visit's kind (first: marks, remarks, items; second: product
    // use, feedback; resupply: feedback, forwarded).
    void insertVisit(qint64 caseId, const ReturnVisit& v);
    void insertFollowUp(qint64 caseId, const FollowUp& f);
    void completeFollowUp(qint64 caseId, qint64 followUpId, const QDateTime& at, const QString& result);
    // Issue 13: the costs of a record ("service", "return_received"…); none writes nothing.
    void writeCosts(qint64 caseId, const QString& record, const CostData& costs);

    // How many audit rows this change has written (0: nothing changed, no new version).
    int written() const;

private:
    QSqlDatabase m_db;
    qint64 m_userId;
    std::unique_ptr<RecordWriter> m_writer;
};
