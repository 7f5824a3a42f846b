#pragma once

#include "domain/QualityCase.h"
#include "domain/User.h"
#include "workflow/WorkflowStep.h"

#include <QCoreApplication>
#include <QString>

// Who may do which step, in which state of the case. The window asks the same rules to
// decide what to show, and the workflow service enforces them on every call.
class WorkflowRules
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRules)
public:
    // Empty when allowed; otherwise the reason in a clerk's words.
    static QString refusal(const User& user, WorkflowStep step, const QualityCase* c);
    static QString roleRefusal(const User& user, WorkflowStep step);
    static QString stateRefusal(WorkflowStep step, const QualityCase& c);
    static bool mayDo(const User& user, WorkflowStep step, const QualityCase* c)
    {
        return refusal(user, step, c).isEmpty();
    }
};
