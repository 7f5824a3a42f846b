#pragma once

#include "cases/CaseListQuery.h"

class QWidget;
class Session;

// Opens what a line of My work names from the improvement loop (issue 14): an 8D step in its
// tracing's form with the step chosen, an action among View > Improvement's actions, selected.
class ImprovementItem
{
public:
    // False when the row is not an action or a step (a case's duty: the caller opens the case).
    static bool open(Session& session, QWidget* mainWindow, const CaseListRow& row);
};
