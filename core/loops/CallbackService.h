#pragma once

#include "Clock.h"
#include "domain/User.h"
#include "domain/WorkflowInputs.h"
#include "loops/BatchCallback.h"
#include "reference/ReferenceTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class WorkflowService;

// R16 the call-back after a delivered batch: the call records the customer's view of the
// quality; an objection becomes a new case in the same save, logged through the workflow
// (WorkflowService::logCase) with the batch, order, customer, site and contact filled in and
// linked to the call-back.
class CallbackService
{
    Q_DECLARE_TR_FUNCTIONS(CallbackService)
public:
    CallbackService(QSqlDatabase db, const Clock& clock, WorkflowService& workflow);

    BatchCallback batch(qint64 shipmentId) const; // throws UserError when there is none
    // The product models in the batch (by its serial numbers), the most frequent first.
    QList<NamedItem> models(qint64 shipmentId) const;
    // The case an objection becomes, as it will be logged.
    IntakeData objectionCase(const BatchCallback& batch, const CallbackData& call) const;
    // Records the call; returns its id. An objection's case id is then in batch(…).caseId.
    qint64 record(const User& user, const CallbackData& call);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    WorkflowService& m_workflow;
};
