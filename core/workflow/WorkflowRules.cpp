#include "workflow/WorkflowRules.h"

#include <QList>

namespace {
bool isOneOf(Role role, std::initializer_list<Role> roles)
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}
bool before(const QualityCase& c, CaseStatus status)
{
    return c.status < status;
}
} // namespace

QString WorkflowRules::roleRefusal(const User& user, WorkflowStep step)
{
    const Role r = user.role;
    using S = WorkflowStep;
    switch (step) {
    case S::LogCase:
        return r == Role::SalesClerk ? QString()
                                     : tr("Only the Sales Department can log a customer's quality call.");
    case S::SendToQuality:
        return r == Role::SalesClerk ? QString()
                                     : tr("Only the Sales Department can send a case to Quality.");
    case S::RecordByQuality:
        return r == Role::QualityEngineer ? QString() : tr("Only the Quality Department can record a case.");
    case S::Analyse:
        return r == Role::QualityEngineer ? QString() : tr("Only the Quality Department can analyse a case.");
    case S::IssueSheet:
        return r == Role::QualityEngineer ? QString()
                                          : tr("Only the Quality Department can issue a feedback sheet.");
    case S::UnitReceipt:
    case S::UnitReply:
        return isOneOf(r, {Role::ResponsibleUnit, Role::QualityEngineer})
            ? QString()
            : tr("Only the responsible unit (or Quality on its behalf) can record its receipt and reply.");
    case S::DisposalSuggestion:
        return isOneOf(r, {Role::SalesClerk, Role::QualityEngineer})
            ? QString()
            : tr("Only Sales or Quality can give the customer a disposal suggestion.");
    case S::Plan:
        return r == Role::SalesClerk ? QString()
                                     : tr("Only the Sales Department can organize the processing plan.");
    case S::OnSiteService:
        return isOneOf(r, {Role::Technician, Role::SalesClerk})
            ? QString()
            : tr("Only the service technician (or Sales from the paper report) can record the on-site "
                 "service.");
    case S::ReturnStage:
    case S::CompletePlan:
        return isOneOf(r, {Role::SalesClerk, Role::ResponsibleUnit})
            ? QString()
            : tr("Only Sales or the responsible unit can record how the plan was carried out.");
    case S::FirstVisit:
    case S::SecondVisit:
        return r == Role::SalesClerk ? QString() : tr("Only the Sales Department makes the return visits.");
    case S::ResupplyFollowUp:
        return r == Role::SalesClerk ? QString()
                                     : tr("Only the Sales Department follows up resupplied products.");
    case S::CompleteFollowUp:
        return isOneOf(r, {Role::ResponsibleUnit, Role::QualityEngineer})
            ? QString()
            : tr("Only technical support (or Quality) can complete a follow-up.");
    case S::Close:
        return r == Role::QualityEngineer ? QString() : tr("Only the Quality Department can close a case.");
    }
    return {};
}

QString WorkflowRules::stateRefusal(WorkflowStep step, const QualityCase& c)
{
    using S = WorkflowStep;
    using St = CaseStatus;
    if (c.status == St::Closed && step != S::LogCase)
        return tr("The case is closed.");
    const bool onSite = c.plan && c.plan->kind == PlanKind::OnSite;
    const bool returned = c.plan && c.plan->kind == PlanKind::ReturnToFactory;
    switch (step) {
    case S::LogCase:
        return {};
    case S::SendToQuality:
        return c.status == St::Logged ? QString() : tr("The case has already been sent to Quality.");
    case S::RecordByQuality:
        if (c.status == St::Logged)
            return tr("The case has not been sent to Quality yet.");
        return c.status == St::SentToQuality ? QString() : tr("Quality has already recorded the case.");
    case S::Analyse:
        if (before(c, St::Recorded))
            return tr("Quality has not recorded the case yet.");
        return c.status == St::Recorded || c.status == St::Analysed
            ? QString()
            : tr("The feedback sheet has been issued; the analysis can no longer be changed.");
    case S::IssueSheet:
        if (before(c, St::Analysed))
            return tr("The case has not been analysed yet.");
        return c.status == St::Analysed ? QString() : tr("The feedback sheet has already been issued.");
    case S::UnitReceipt:
    case S::UnitReply:
        return before(c, St::SheetIssued) ? tr("The feedback sheet has not been issued yet.") : QString();
    case S::DisposalSuggestion:
        return {};
    case S::Plan:
        if (before(c, St::SheetIssued))
            return tr("The feedback sheet has not been issued yet.");
        return c.status == St::SheetIssued ? QString() : tr("The processing plan has already been made.");
    case S::OnSiteService:
        if (before(c, St::Planned))
            return tr("There is no processing plan yet.");
        if (!onSite)
            return tr("The plan has no on-site service.");
        return c.status == St::Planned ? QString() : tr("The on-site service has already been recorded.");
    case S::ReturnStage:
        if (before(c, St::Planned))
            return tr("There is no processing plan yet.");
        if (!returned)
            return tr("The plan has no return to the factory.");
        return c.status == St::Planned ? QString() : tr("The returned product has already been resupplied.");
    case S::CompletePlan:
        if (before(c, St::Planned))
            return tr("There is no processing plan yet.");
        if (onSite || returned)
            return tr("This plan is completed by its service record or its resupply.");
        return c.status == St::Planned ? QString() : tr("The plan has already been carried out.");
    case S::FirstVisit:
        if (!onSite || before(c, St::Implemented))
            return tr("Return visits follow an on-site service, and none has been recorded yet.");
        return c.status == St::Implemented ? QString() : tr("The first return visit has already been made.");
    case S::SecondVisit:
        if (before(c, St::FirstVisited))
            return tr("The first return visit has not been made yet.");
        return c.status == St::FirstVisited ? QString()
                                            : tr("The second return visit has already been made.");
    case S::ResupplyFollowUp:
        if (!c.plan || onSite || c.plan->kind == PlanKind::RemoteGuidance)
            return tr("Only a returned or replaced product is followed up after resupply.");
        if (before(c, St::Implemented))
            return tr("The product has not been resupplied yet.");
        return c.status == St::Implemented ? QString()
                                           : tr("The resupplied product has already been followed up.");
    case S::CompleteFollowUp:
        return {};
    case S::Close:
        return before(c, St::Recorded) ? tr("Quality has not recorded the case yet.") : QString();
    }
    return {};
}

QString WorkflowRules::refusal(const User& user, WorkflowStep step, const QualityCase* c)
{
    const QString role = roleRefusal(user, step);
    if (!role.isEmpty())
        return role;
    return c ? stateRefusal(step, *c) : QString();
}
