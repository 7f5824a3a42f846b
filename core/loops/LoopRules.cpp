#include "loops/LoopRules.h"

#include "UserError.h"

QString LoopRules::roleRefusal(const User& user, LoopStep step)
{
    const Role r = user.role;
    const bool sales = r == Role::SalesClerk;
    const bool manager = r == Role::Manager;
    switch (step) {
    case LoopStep::PlanVisit:
    case LoopStep::RecordVisit:
        return manager || sales
            ? QString()
            : tr("Only a manager or the Sales Department can plan and record customer visits.");
    case LoopStep::WaiveVisit:
        return manager ? QString() : tr("Only a manager can decide that a customer visit is not needed.");
    case LoopStep::OpenRound:
        return manager ? QString() : tr("Only a manager can organize a round of customer return visits.");
    case LoopStep::SendVisitRecord:
    case LoopStep::FileVisitRecord:
        return sales
            ? QString()
            : tr("Only the Sales Department can send return-visit records to the departments and file "
                 "them.");
    case LoopStep::AcknowledgeVisitRecord:
        return r == Role::Technician || r == Role::Office || r == Role::Administrator
            ? tr("Only the departments a return-visit record was sent to can sign for it.")
            : QString();
    case LoopStep::RecordCallback:
        return sales ? QString() : tr("Only the Sales Department can call customers back after a delivery.");
    case LoopStep::OpenSurvey:
    case LoopStep::RecordSurveyAnswer:
    case LoopStep::ReportSurvey:
        return sales ? QString() : tr("Only the Sales Department can run the satisfaction survey.");
    case LoopStep::ReviewSurvey:
        return r == Role::QualityEngineer
            ? QString()
            : tr("Only the Quality Department can review the survey and name improvement opportunities.");
    case LoopStep::RecordRequirements:
        return sales ? QString()
                     : tr("Only the Sales Department can record an order's requirements and documents.");
    }
    return {};
}

void LoopRules::require(const User& user, LoopStep step)
{
    const QString refusal = roleRefusal(user, step);
    if (!refusal.isEmpty())
        throw UserError(refusal);
}
