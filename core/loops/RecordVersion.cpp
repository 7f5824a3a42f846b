#include "loops/RecordVersion.h"

#include "UserError.h"
#include "cases/CaseChanges.h"
#include "db/Sql.h"

RecordVersion::RecordVersion(QSqlDatabase db, QTimeZone zone, QDateTime now)
    : m_db(std::move(db))
    , m_zone(std::move(zone))
    , m_now(std::move(now))
{
}

void RecordVersion::require(const QString& table, qint64 id, int stored, int opened) const
{
    if (stored == opened)
        return;
    QSqlQuery last = Sql::exec(m_db,
                               QStringLiteral("SELECT a.at, coalesce(u.display_name, '') FROM audit_log a "
                                              "LEFT JOIN users u ON u.id = a.user_id WHERE a.entity = ? AND "
                                              "a.entity_id = ? ORDER BY a.id DESC LIMIT 1"),
                               {table, id});
    QString who;
    QDateTime at;
    if (last.next()) {
        at = Sql::toTime(last.value(0));
        who = last.value(1).toString();
    }
    const QString when = CaseChanges(m_db, m_zone, m_now).when(at);
    throw UserError(tr("%1 changed this record at %2 after you opened it; nothing of yours was saved. "
                       "Open it again to see their change, then make yours.")
                        .arg(who.isEmpty() ? tr("Someone") : who, when));
}

void RecordVersion::bump(const QString& table, qint64 id) const
{
    Sql::exec(m_db, QStringLiteral("UPDATE %1 SET version = version + 1 WHERE id = ?").arg(table), {id});
}
