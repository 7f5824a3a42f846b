#pragma once

#include "improvement/Improvement.h"

#include <QCoreApplication>

class QWidget;
class Session;

// The small forms of the improvement loop, each an ImprovementForm whose Save calls core:
// raising a corrective action (from a case, a tracing or by hand), recording the notice at a
// meeting, reporting an action done, checking its effectiveness, opening a special treatment
// group, its members, its progress, its systematic improvement and its closing. Each returns true when saved.
class ImprovementForms
{
    Q_DECLARE_TR_FUNCTIONS(ImprovementForms)
public:
    static bool raiseAction(Session& session, QWidget* parent, ActionSource source, qint64 caseId,
                            qint64 tracingId);
    static bool recordCirculation(Session& session, QWidget* parent, const CorrectiveAction& action);
    static bool reportDone(Session& session, QWidget* parent, const CorrectiveAction& action);
    static bool checkEffectiveness(Session& session, QWidget* parent, const CorrectiveAction& action);
    static bool openGroup(Session& session, QWidget* parent, qint64 caseId);
    static bool changeMembers(Session& session, QWidget* parent, const TreatmentGroup& group);
    static bool addProgress(Session& session, QWidget* parent, const TreatmentGroup& group);
    static bool decideImprovement(Session& session, QWidget* parent, const TreatmentGroup& group);
    static bool closeGroup(Session& session, QWidget* parent, const TreatmentGroup& group);
};
