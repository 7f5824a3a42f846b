#pragma once

#include "db/BulkStatement.h"
#include "deadlines/CaseDuty.h"

#include <QList>

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
    BulkStatement m_remove;
    BulkStatement m_insert;
};
