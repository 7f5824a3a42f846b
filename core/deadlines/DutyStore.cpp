#include "deadlines/DutyStore.h"

DutyStore::DutyStore(const QSqlDatabase& db)
    : m_remove(db, QStringLiteral("DELETE FROM case_duties WHERE case_id = ?"))
    , m_insert(
          db,
          QStringLiteral("INSERT INTO case_duties(case_id, kind, owner_kind, owner_id, record_id, due_at, "
                         "done_at) VALUES (?, ?, ?, ?, ?, ?, ?)"))
{
}

DutyStore::DutyStore(sqlite3* db)
    : m_remove(db, "DELETE FROM case_duties WHERE case_id = ?")
    , m_insert(db,
               "INSERT INTO case_duties(case_id, kind, owner_kind, owner_id, record_id, due_at, done_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
{
}

void DutyStore::write(qint64 caseId, const QList<CaseDuty>& duties)
{
    m_remove.bind(1, caseId).run();
    for (const CaseDuty& d : duties) {
        m_insert.bind(1, caseId).bind(2, d.kind).bind(3, d.ownerKind).bind(4, d.ownerId).bind(5, d.recordId);
        d.dueAt.isValid() ? m_insert.bind(6, d.dueAt.toSecsSinceEpoch()) : m_insert.bindNull(6);
        d.doneAt.isValid() ? m_insert.bind(7, d.doneAt.toSecsSinceEpoch()) : m_insert.bindNull(7);
        m_insert.run();
    }
}
