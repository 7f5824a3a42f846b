#pragma once

#include "UserError.h"
#include "cases/CaseChanges.h"
#include "domain/CaseRef.h"

// A save built on an older version of the case than the one stored: someone else changed it
// after the form was opened. Nothing was saved. The message names who changed what and when;
// changes() lists every field they changed, for the window to show before the person decides
// to apply theirs on top (reload, resubmit with the new version) or to drop theirs.
class ConflictError : public UserError
{
public:
    ConflictError(const QString& message, CaseRef yours, int currentVersion, QList<CaseChange> changes)
        : UserError(message)
        , m_yours(yours)
        , m_current(currentVersion)
        , m_changes(std::move(changes))
    {
    }
    CaseRef yours() const { return m_yours; }
    int currentVersion() const { return m_current; }
    const QList<CaseChange>& changes() const { return m_changes; }

private:
    CaseRef m_yours;
    int m_current = 0;
    QList<CaseChange> m_changes;
};
