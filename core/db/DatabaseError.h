#pragma once

#include "UserError.h"

#include <QDateTime>

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
        Unreachable, // the database server cannot be reached
        NoRights, // the server refused the user: password, or rights on the database
        Moved, // the office moved to a server: the file refuses every change (MovedFile)
    };
    // For a damaged file: the newest backup of it this PC knows of (backup/DamageAdvice), so the
    // window can offer to restore it and the command line can print how.
    struct Backup
    {
        QString databasePath;
        QString path; // empty: no backup known
        QDateTime madeAt;
    };
    DatabaseError(Kind kind, const QString& message, Backup newestBackup = {})
        : UserError(message)
        , m_kind(kind)
        , m_backup(std::move(newestBackup))
    {
    }
    Kind kind() const { return m_kind; }
    const Backup& newestBackup() const { return m_backup; }

private:
    Kind m_kind;
    Backup m_backup;
};
