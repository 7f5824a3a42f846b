#include "improvement/ImprovementRules.h"

#include "UserError.h"

QString ImprovementRules::refusal(const User& user, Task task)
{
    const bool quality = user.role == Role::QualityEngineer;
    switch (task) {
    case Task::OpenTracing:
    case Task::OpenGroup:
        return quality || user.role == Role::Manager
            ? QString()
            : tr("Only the Quality Department or a manager can open a tracing or a special treatment group.");
    case Task::PlanStep:
        return quality ? QString()
                       : tr("Only the Quality Department can choose the owner and due day of an 8D step.");
    case Task::RaiseAction:
        return quality ? QString() : tr("Only the Quality Department can raise a corrective action.");
    case Task::RecordCirculation:
        return quality ? QString()
                       : tr("Only the Quality Department can record the meetings of a rectification notice.");
    case Task::CheckEffectiveness:
        return quality ? QString()
                       : tr("Only the Quality Department can check whether an action was effective.");
    case Task::CloseAction:
        return quality ? QString() : tr("Only the Quality Department can close a corrective action.");
    }
    return {};
}

QString ImprovementRules::stepRefusal(const User& user, const TracingStep& step)
{
    if (user.role == Role::QualityEngineer)
        return {};
    if (step.step == 8)
        return tr("Only the Quality Department can close a tracing (D8).");
    const bool owner = (step.ownerUserId > 0 && step.ownerUserId == user.id)
        || (step.ownerUserId == 0 && step.ownerUnitId > 0 && user.role == Role::ResponsibleUnit
            && user.unitId == step.ownerUnitId);
    return owner ? QString()
                 : tr("Only the owner of this 8D step or the Quality Department can write and sign it.");
}

QString ImprovementRules::doneRefusal(const User& user, const CorrectiveAction& action)
{
    if (user.role == Role::QualityEngineer
        || (user.role == Role::ResponsibleUnit && user.unitId == action.ownerUnitId))
        return {};
    return tr("Only the owner unit of this action or the Quality Department can report it done.");
}

QString ImprovementRules::groupRefusal(const User& user, const TreatmentGroup& group, bool leadOnly)
{
    if (user.role == Role::QualityEngineer || user.id == group.leadUserId)
        return {};
    if (!leadOnly && group.memberIds.contains(user.id))
        return {};
    return leadOnly
        ? tr("Only the group's lead or the Quality Department can do this.")
        : tr("Only the group's lead, its members or the Quality Department can record its progress.");
}

void ImprovementRules::require(const QString& refusal)
{
    if (!refusal.isEmpty())
        throw UserError(refusal);
}
