#include "queue/WorkQueue.h"

#include "db/Sql.h"

namespace {
QString statusIs(const char* code)
{
    return QStringLiteral("c.status = '%1'").arg(QLatin1String(code));
}
// The statuses after the feedback sheet, short of closed: an IN list the (status, next_due_at)
// index answers range by range (NOT IN would read every case).
const char* const openAfterSheet
    = "c.status IN ('sheet_issued','planned','implemented','visited','followed_up')";
} // namespace

WorkQueue::WorkQueue(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QList<WorkQueue::Definition> WorkQueue::definitions(const User& user) const
{
    QList<Definition> list;
    switch (user.role) {
    case Role::SalesClerk:
        list.append({QStringLiteral("disposal"),
                     tr("Disposal suggestion owed"),
                     QStringLiteral(
                         "c.next_owner = 'sales' AND c.next_due_kind = 'disposal' AND c.status <> 'closed'"),
                     {}});
        list.append({QStringLiteral("logged"), tr("To send to Quality"), statusIs("logged"), {}});
        list.append(
            {QStringLiteral("sheet_issued"), tr("To plan the processing"), statusIs("sheet_issued"), {}});
        list.append({QStringLiteral("planned"), tr("Plans being carried out"), statusIs("planned"), {}});
        list.append({QStringLiteral("implemented"),
                     tr("First return visit or follow-up"),
                     statusIs("implemented"),
                     {}});
        list.append({QStringLiteral("visited"), tr("Second return visit"), statusIs("visited"), {}});
        break;
    case Role::QualityEngineer:
        list.append({QStringLiteral("sent"), tr("Waiting to be recorded"), statusIs("sent"), {}});
        list.append({QStringLiteral("recorded"), tr("Waiting for analysis"), statusIs("recorded"), {}});
        list.append(
            {QStringLiteral("analysed"), tr("Waiting for the feedback sheet"), statusIs("analysed"), {}});
        list.append(
            {QStringLiteral("unit_reply"),
             tr("Units' replies outstanding"),
             QString::fromLatin1(openAfterSheet)
                 + QStringLiteral(" AND EXISTS (SELECT 1 FROM case_units x WHERE x.case_id = c.id AND "
                                  "x.replied_at IS NULL)"),
             {}});
        list.append(
            {QStringLiteral("followed_up"),
             tr("Ready to close"),
             QStringLiteral("(c.status = 'followed_up' OR (c.status <> 'closed' AND c.next_owner = 'quality' "
                            "AND c.next_due_kind = 'close'))"),
             {}});
        break;
    case Role::Technician:
        list.append(
            {QStringLiteral("service"),
             tr("On-site service to do"),
             QStringLiteral("c.status = 'planned' AND EXISTS (SELECT 1 FROM plans p WHERE p.case_id = c.id "
                            "AND p.kind = 'onsite' AND p.technician_id = ?)"),
             {user.technicianId}});
        break;
    case Role::ResponsibleUnit:
        list.append({QStringLiteral("unit_reply"),
                     tr("Feedback sheets to answer"),
                     QStringLiteral("c.id IN (SELECT x.case_id FROM case_units x WHERE x.unit_id = ? AND "
                                    "x.replied_at IS NULL) AND ")
                         + QString::fromLatin1(openAfterSheet),
                     {user.unitId}});
        list.append(
            {QStringLiteral("follow_up"),
             tr("Follow-ups to settle"),
             QStringLiteral("c.id IN (SELECT f.case_id FROM follow_ups f WHERE f.owner_unit_id = ? AND "
                            "f.done_at IS NULL) AND c.status <> 'closed'"),
             {user.unitId}});
        break;
    case Role::Manager:
    case Role::Office:
    case Role::Administrator:
        list.append({QStringLiteral("overdue"),
                     tr("Overdue work"),
                     QStringLiteral("c.next_due_at < ? AND c.status <> 'closed'"),
                     {m_clock.now().toSecsSinceEpoch()}});
        break;
    }
    return list;
}

QList<QueueGroup> WorkQueue::groups(const User& user) const
{
    QList<QueueGroup> result;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QList<Definition> defs = definitions(user);
    for (const Definition& d : defs) {
        QVariantList binds {now};
        binds.append(d.binds);
        QSqlQuery q = Sql::exec(
            m_db,
            QStringLiteral("SELECT count(*), coalesce(sum(c.next_due_at < ?), 0) FROM cases c WHERE ")
                + d.where,
            binds);
        QueueGroup g {d.key, d.label, 0, 0};
        if (q.next()) {
            g.count = q.value(0).toLongLong();
            g.overdue = q.value(1).toLongLong();
        }
        result.append(g);
    }
    return result;
}

QList<CaseListRow> WorkQueue::rows(const User& user, const QString& key, int limit) const
{
    QList<CaseListRow> rows;
    const QList<Definition> defs = definitions(user);
    for (const Definition& d : defs) {
        if (d.key != key)
            continue;
        QVariantList binds = d.binds;
        binds.append(limit);
        QSqlQuery q = Sql::exec(
            m_db,
            QStringLiteral(
                "SELECT c.id, c.number, c.status, c.received_at, cu.name, cu.key_customer, m.code, "
                "c.serial_no, g.code, c.symptom, c.next_due_kind, c.next_owner, c.next_due_at FROM cases c "
                "JOIN customers cu ON cu.id = c.customer_id LEFT JOIN product_models m ON m.id = c.model_id "
                "LEFT JOIN grades g ON g.id = c.grade_id WHERE ")
                + d.where + QStringLiteral(" ORDER BY c.next_due_at IS NULL, c.next_due_at, c.id LIMIT ?"),
            binds);
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         Sql::toTime(q.value(3)), q.value(4).toString(), q.value(5).toBool(),
                         q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                         q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                         Sql::toTime(q.value(12))});
    }
    return rows;
}
