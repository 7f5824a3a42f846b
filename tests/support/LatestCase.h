#pragma once

#include "domain/CaseRef.h"
#include "workflow/WorkflowService.h"

// The case as it stands now: for tests that drive the flow one step after another, each step
// as a form freshly opened on the case would save it. Tests of conflicts build their CaseRef
// from the version a form saw.
inline CaseRef latest(const WorkflowService& flow, qint64 caseId)
{
    return {caseId, flow.version(caseId)};
}
