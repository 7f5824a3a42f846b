#pragma once

#include "domain/User.h"
#include "improvement/Improvement.h"

#include <QCoreApplication>
#include <QString>

// Who may do what in the improvement loop (R11-R13). The Quality Department leads: it opens
// tracings, plans their steps, raises actions, records the meetings, checks effectiveness and
// closes. A step's owner (its unit's members or the person named) writes and signs the step;
// an action's owner unit reports it done; a group's lead and members record its progress.
// The window asks the same rules to decide what to offer; the services enforce them.
class ImprovementRules
{
    Q_DECLARE_TR_FUNCTIONS(ImprovementRules)
public:
    enum class Task
    {
        OpenTracing,
        PlanStep,
        RaiseAction,
        RecordCirculation,
        CheckEffectiveness,
        CloseAction,
        OpenGroup,
    };
    // Empty when allowed; otherwise the reason in a clerk's words.
    static QString refusal(const User& user, Task task);
    static QString stepRefusal(const User& user, const TracingStep& step);
    static QString doneRefusal(const User& user, const CorrectiveAction& action);
    static QString groupRefusal(const User& user, const TreatmentGroup& group, bool leadOnly);
    static bool may(const User& user, Task task) { return refusal(user, task).isEmpty(); }
    // Throws UserError with a refusal that is not empty.
    static void require(const QString& refusal);
};
