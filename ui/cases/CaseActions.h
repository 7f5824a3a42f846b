#pragma once

#include "domain/QualityCase.h"
#include "workflow/WorkflowStep.h"

#include <QCoreApplication>
#include <QList>

class Session;
class StepDialog;
class QWidget;

// The steps of the main flow as the window offers them on one case: which the signed-in
// person may do now (WorkflowRules, the same rules core enforces), their names, and running
// them: a form for the steps that record something, a confirmation for the others.
class CaseActions
{
    Q_DECLARE_TR_FUNCTIONS(CaseActions)
public:
    CaseActions(Session& session, QWidget* parent);

    // The steps shown on this case for this user, in the order of the flow.
    QList<WorkflowStep> available(const QualityCase& c) const;
    static QString label(WorkflowStep step, const QualityCase& c);
    static QString objectName(WorkflowStep step);
    // The form of a step, or nullptr for a step done at a click. The caller owns the dialog.
    StepDialog* createDialog(WorkflowStep step, const QualityCase& c) const;
    // Runs a step (opening its form when it has one). Returns true when the case changed.
    bool run(WorkflowStep step, const QualityCase& c);

private:
    StepDialog* createForm(WorkflowStep step, const QualityCase& c) const;
    bool runDirect(WorkflowStep step, const QualityCase& c);
    int unitsOwing(const QualityCase& c, bool reply) const;
    Session& m_session;
    QWidget* m_parent;
};
