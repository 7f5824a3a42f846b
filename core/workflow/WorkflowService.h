#pragma once

#include "Clock.h"
#include "deadlines/DeadlineCalculator.h"
#include "domain/QualityCase.h"
#include "domain/User.h"
#include "domain/WorkflowInputs.h"
#include "workflow/WorkflowStep.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

class RecordWriter;

// The main flow of a quality case (DOMAIN.md R1-R9), one operation per step. Every operation
// checks the role, the state of the case and the fields, writes in one durable transaction
// with its audit entries, and refreshes what is due next. Refusals are UserErrors in a
// clerk's words; wrong fields are named in UserError::fieldErrors.
class WorkflowService
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowService)
public:
    WorkflowService(QSqlDatabase db, const Clock& clock);

    qint64 logCase(const User& user, const IntakeData& data); // returns the new case's id
    void sendToQuality(const User& user, qint64 caseId);
    void recordByQuality(const User& user, qint64 caseId);
    void analyse(const User& user, qint64 caseId, const AnalysisData& data);
    QString issueFeedbackSheet(const User& user, qint64 caseId); // returns the sheet number
    void recordUnitReceipt(const User& user, qint64 caseId, qint64 unitId);
    void recordUnitReply(const User& user, qint64 caseId, qint64 unitId, const QString& reply);
    void giveDisposalSuggestion(const User& user, qint64 caseId, const QString& suggestion);
    void planProcessing(const User& user, qint64 caseId, const PlanData& data);
    void recordOnSiteService(const User& user, qint64 caseId, const ServiceData& data);
    void recordReturnStage(const User& user, qint64 caseId, ReturnStage stage, const QDateTime& at = {});
    void completePlan(const User& user, qint64 caseId, const QString& note);
    void recordFirstVisit(const User& user, qint64 caseId, const FirstVisitData& data);
    void recordSecondVisit(const User& user, qint64 caseId, const SecondVisitData& data);
    void recordResupplyFollowUp(const User& user, qint64 caseId, const ResupplyFollowUpData& data);
    void completeFollowUp(const User& user, qint64 followUpId, const QString& result);
    void closeCase(const User& user, qint64 caseId, const CloseData& data);

    QualityCase load(qint64 caseId) const;
    QList<DeadlineClock> clocks(const QualityCase& c) const;
    NextDue nextDue(const QualityCase& c) const;
    // What still stands in the way of closing the case, in words.
    QStringList owed(const QualityCase& c) const;
    const DeadlineCalculator& deadlines() const { return m_deadlines; }
    void reloadRules();

private:
    template<typename Body> void change(const User& user, WorkflowStep step, qint64 caseId, Body&& body);
    void refresh(qint64 caseId);
    void setStatus(RecordWriter& writer, qint64 caseId, CaseStatus status);
    static void requireRole(const User& user, WorkflowStep step);

    QSqlDatabase m_db;
    const Clock& m_clock;
    DeadlineCalculator m_deadlines;
};
