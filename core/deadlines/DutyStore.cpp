#include "deadlines/DutyStore.h"

#include "db/Sql.h"

namespace {
const char removeSql[] = "DELETE FROM case_duties WHERE case_id = ?";
const char insertSql[] = "INSERT INTO case_duties(case_id, kind, owner_kind, owner_id, record_id, due_at, "
                         "done_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
} // namespace

DutyStore::DutyStore(const QSqlDatabase& db)
    : m_remove(&Sql::prepared(db, QLatin1String(removeSql)))
    , m_insert(&Sql::prepared(db, QLatin1String(insertSql)))
{
}

DutyStore::DutyStore(sqlite3* db)
    : m_ownRemove(std::make_unique<BulkStatement>(db, removeSql))
    , m_ownInsert(std::make_unique<BulkStatement>(db, insertSql))
    , m_remove(m_ownRemove.get())
    , m_insert(m_ownInsert.get())
{
}

void DutyStore::write(qint64 caseId, const QList<CaseDuty>& duties)
{
    m_remove->bind(1, caseId).run();
    for (const CaseDuty& d : duties) {
        m_insert->bind(1, caseId).bind(2, d.kind).bind(3, d.ownerKind).bind(4, d.ownerId).bind(5, d.recordId);
        d.dueAt.isValid() ? m_insert->bind(6, d.dueAt.toSecsSinceEpoch()) : m_insert->bindNull(6);
        d.doneAt.isValid() ? m_insert->bind(7, d.doneAt.toSecsSinceEpoch()) : m_insert->bindNull(7);
        m_insert->run();
    }
}
