#pragma once

#include "deadlines/CaseClocks.h"
#include "deadlines/CaseDuty.h"
#include "deadlines/DeadlineCalculator.h"
#include "domain/QualityCase.h"

#include <memory>

struct sqlite3;

// Who did each step of a case written whole (user ids; ignored for a step not done).
struct CaseAuthors
{
    qint64 loggedBy = 0;
    qint64 sentBy = 0;
    qint64 recordedBy = 0;
    qint64 analysedBy = 0;
    qint64 disposalBy = 0;
    qint64 closedBy = 0;
};

// The SQLite fast path of the case store (issue 16): whole cases with their records written
// at once through prepared statements of the C API (the sample data, a million cases), with
// the audit rows of each record as the flow would have left them (one per step, numbered by
// the version the step made). The tables and columns are known here, in CaseWriter and in
// CaseStore only.
class CaseBulkWriter
{
public:
    explicit CaseBulkWriter(sqlite3* db);
    ~CaseBulkWriter();

    // The case row as it stands (c.version: its last version; c.id given), and the audit rows
    // of its creation (version 1, at c.loggedAt by the logger).
    void insertCase(const QualityCase& c, const CaseAuthors& by, const NextDue& next);
    // The audit row of a step that moved the case from one status to the next.
    void logStatus(qint64 caseId, int version, const QDateTime& at, qint64 by, CaseStatus from,
                   CaseStatus to);
    // A responsible unit's task (its receipt and reply by "by" when done); returns its id.
    qint64 insertUnit(qint64 caseId, int version, const CaseUnit& u, const QDateTime& at, qint64 by);
    void insertSheet(qint64 caseId, int version, const FeedbackSheet& sheet, qint64 by);
    void insertPlan(qint64 caseId, int version, const ProcessingPlan& p, qint64 by);
    void insertService(qint64 caseId, int version, const ServiceRecord& r, qint64 by);
    void insertVisit(qint64 caseId, int version, const ReturnVisit& v, qint64 by);
    qint64 insertFollowUp(qint64 caseId, const FollowUp& f); // no audit row: part of its visit
    void storeDuties(qint64 caseId, const QList<CaseDuty>& duties);
    void storeClocks(qint64 caseId, const QList<CaseClocks::Row>& rows);
    void insertCost(qint64 caseId, const CaseCost& cost);
    // Keeps the per-year counters at least at "last", so new numbers continue after these.
    void keepCaseNumbers(int year, qint64 last);
    void keepSheetNumbers(int year, qint64 last);

private:
    struct Statements;
    void audit(qint64 caseId, int version, const QDateTime& at, qint64 user, const char* entity,
               qint64 entityId, const char* action, const char* field, const QString& oldValue,
               const QString& newValue);
    std::unique_ptr<Statements> m_s;
};
