#pragma once

#include <QtGlobal>

// A case as a form saw it: its id and the version it was opened on. Every operation that
// changes an existing case takes one, and core refuses a save built on an older version
// (ConflictError) instead of letting the last writer win.
struct CaseRef
{
    qint64 id = 0;
    int version = 0; // cases.version when the form was opened (1 for a new case)
};
