#pragma once

#include "Clock.h"
#include "cases/CaseChanges.h"
#include "deadlines/DeadlineCalculator.h"
#include "domain/CaseRef.h"
#include "domain/QualityCase.h"
#include "domain/User.h"
#include "domain/WorkflowInputs.h"
#include "workflow/WorkflowStep.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// The main flow of a quality case (DOMAIN.md R1-R9), one operation per step. Every operation
// checks the role, the state of the case and the fields, writes in one durable transaction
// with its audit entries, and refreshes what is due next. Refusals are UserErrors in a
// clerk's words; wrong fields are named in UserError::fieldErrors.
class WorkflowService
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowService)
public:
    WorkflowService(QSqlDatabase db, const Clock& clock);

    qint64 logCase(const User& user, const IntakeData& data); // returns the new case's id (version 1)
    // Every change of an existing case names the version it was built on (CaseRef): a save on
    // an older version than the stored one is refused with a ConflictError naming who changed
    // what and when since; nothing is saved then. A change that writes anything increments
    // the version.
    void sendToQuality(const User& user, CaseRef c);
    void recordByQuality(const User& user, CaseRef c);
    void analyse(const User& user, CaseRef c, const AnalysisData& data);
    QString issueFeedbackSheet(const User& user, CaseRef c); // returns the sheet number
    void recordUnitReceipt(const User& user, CaseRef c, qint64 unitId);
    void recordUnitReply(const User& user, CaseRef c, qint64 unitId, const QString& reply);
    void giveDisposalSuggestion(const User& user, CaseRef c, const QString& suggestion);
    void planProcessing(const User& user, CaseRef c, const PlanData& data);
    void recordOnSiteService(const User& user, CaseRef c, const ServiceData& data);
    // Each stage may carry its costs (issue 13), kept as "return_received", "return_reworked",
    // "return_resupplied".
    void recordReturnStage(const User& user, CaseRef c, ReturnStage stage, const QDateTime& at = {},
                           const CostData& costs = {});
    void completePlan(const User& user, CaseRef c, const QString& note);
    void recordFirstVisit(const User& user, CaseRef c, const FirstVisitData& data);
    void recordSecondVisit(const User& user, CaseRef c, const SecondVisitData& data);
    void recordResupplyFollowUp(const User& user, CaseRef c, const ResupplyFollowUpData& data);
    void completeFollowUp(const User& user, CaseRef c, qint64 followUpId, const QString& result);
    void closeCase(const User& user, CaseRef c, const CloseData& data);

    QualityCase load(qint64 caseId) const;
    // The stored version of a case (throws UserError when there is no such case).
    int version(qint64 caseId) const;
    // What others changed in the case after the version the form was opened on, in words
    // (files added or withdrawn meanwhile left out: they conflict with nothing).
    QList<CaseChange> changesSince(CaseRef c) const;
    // The sentences about those changes (company time zone, "14:02" for today).
    CaseChanges changeWords() const;
    QList<DeadlineClock> clocks(const QualityCase& c) const;
    NextDue nextDue(const QualityCase& c) const;
    // What still stands in the way of closing the case, in words.
    QStringList owed(const QualityCase& c) const;
    const DeadlineCalculator& deadlines() const { return m_deadlines; }
    void reloadRules();

private:
    template<typename Body> void change(const User& user, WorkflowStep step, CaseRef ref, Body&& body);
    void requireVersion(const QualityCase& c, CaseRef ref) const;
    static QList<CaseChange> withoutFiles(QList<CaseChange> changes);
    void refresh(qint64 caseId, int version);
    static void requireRole(const User& user, WorkflowStep step);

    QSqlDatabase m_db;
    const Clock& m_clock;
    DeadlineCalculator m_deadlines;
};
