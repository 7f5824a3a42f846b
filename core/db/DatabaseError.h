#pragma once

#include "UserError.h"

// A problem with the database file itself, with the kind of problem for callers that react
// differently (the window offers to choose another file; the command line picks an exit code).
class DatabaseError : public UserError
{
public:
    enum class Kind
    {
        CannotOpen,
        NotADatabase,
        Corrupt,
        NewerVersion,
        ReadOnly,
        Locked,
        NetworkShare,
        DiskFull,
        Query,
    };
    DatabaseError(Kind kind, const QString& message)
        : UserError(message)
        , m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};
