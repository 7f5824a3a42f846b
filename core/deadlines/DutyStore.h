#pragma once

#include "db/BulkStatement.h"
#include "deadlines/CaseDuty.h"

#include <QList>

#include <memory>

struct sqlite3;

// Keeps case_duties (migration 016): the duties of every case not closed, one row each, written
// in the transaction of the save that changed the case, so the queues and the overdue list read
// a narrow index range instead of computing deadlines over every case.
class DutyStore
{
public:
    explicit DutyStore(const QSqlDatabase& db);
    explicit DutyStore(sqlite3* db); // the sample writer's fast path on a file
    // Replaces what is stored for the case by these duties (none: a closed case owes nothing).
    void write(qint64 caseId, const QList<CaseDuty>& duties);

private:
    // Through a connection: the statements kept prepared for it (Sql::prepared), so a save on a
    // server does not prepare and drop them each time. On the sample writer's handle: its own.
    std::unique_ptr<BulkStatement> m_ownRemove;
    std::unique_ptr<BulkStatement> m_ownInsert;
    BulkStatement* m_remove = nullptr;
    BulkStatement* m_insert = nullptr;
};
