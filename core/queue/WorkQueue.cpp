#include "queue/WorkQueue.h"

#include "db/Sql.h"
#include "deadlines/CaseDuties.h"
#include "i18n/Translations.h"
#include "improvement/ImprovementQueue.h"
#include "queue/DutyOwnerSql.h"
#include "reference/ReferenceNames.h"

namespace {
// Open duties of one kind owed by Sales or Quality (the whole department).
QString department(const char* owner, const char* kinds)
{
    return QStringLiteral("d.owner_kind = '%1' AND d.owner_id = 0 AND d.kind IN (%2)")
        .arg(QLatin1String(owner), QLatin1String(kinds));
}
// Open duties of one kind owed by one technician or unit (its id bound).
QString owner(const char* ownerKind, const char* kind)
{
    return QStringLiteral("d.owner_kind = '%1' AND d.owner_id = ? AND d.kind = '%2'")
        .arg(QLatin1String(ownerKind), QLatin1String(kind));
}
} // namespace

WorkQueue::WorkQueue(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QList<WorkQueue::Definition> WorkQueue::definitions(const User& user) const
{
    // Each heading lists the open duties (case_duties, migration 016) that are the user's own,
    // each by its own due time: not the case's earliest deadline of anyone.
    QList<Definition> list;
    switch (user.role) {
    case Role::SalesClerk:
        list.append({QStringLiteral("disposal"),
                     tr("Disposal suggestion owed"),
                     department("sales", "'disposal'"),
                     {},
                     false});
        list.append(
            {QStringLiteral("logged"), tr("To send to Quality"), department("sales", "'send'"), {}, false});
        list.append({QStringLiteral("sheet_issued"),
                     tr("To plan the processing"),
                     department("sales", "'plan'"),
                     {},
                     false});
        list.append({QStringLiteral("planned"),
                     tr("Plans being carried out"),
                     department("sales", "'implement'"),
                     {},
                     false});
        list.append({QStringLiteral("implemented"),
                     tr("First return visit or follow-up"),
                     department("sales", "'first_visit','resupply_follow_up'"),
                     {},
                     false});
        // The second visit's clock runs from the service; it is Sales' to do after the first.
        list.append({QStringLiteral("visited"),
                     tr("Second return visit"),
                     department("sales", "'second_visit'")
                         + QStringLiteral(" AND EXISTS (SELECT 1 FROM cases c WHERE c.id = d.case_id AND "
                                          "c.status = 'visited')"),
                     {},
                     false});
        break;
    case Role::QualityEngineer:
        list.append({QStringLiteral("sent"),
                     tr("Waiting to be recorded"),
                     department("quality", "'record'"),
                     {},
                     false});
        list.append({QStringLiteral("recorded"),
                     tr("Waiting for analysis"),
                     department("quality", "'analyse'"),
                     {},
                     false});
        list.append({QStringLiteral("analysed"),
                     tr("Waiting for the feedback sheet"),
                     department("quality", "'issue_sheet'"),
                     {},
                     false});
        // Quality watches every unit's reply, each by the unit's own deadline.
        list.append({QStringLiteral("unit_reply"),
                     tr("Units' replies outstanding"),
                     QStringLiteral("d.kind = 'unit_reply'"),
                     {},
                     true});
        list.append({QStringLiteral("followed_up"),
                     tr("Ready to close"),
                     department("quality", "'close'"),
                     {},
                     false});
        break;
    case Role::Technician:
        list.append({QStringLiteral("service"),
                     tr("On-site service to do"),
                     owner("technician", "arrival"),
                     {user.technicianId},
                     false});
        break;
    case Role::ResponsibleUnit:
        list.append({QStringLiteral("unit_reply"),
                     tr("Feedback sheets to answer"),
                     owner("unit", "unit_reply"),
                     {user.unitId},
                     false});
        list.append({QStringLiteral("follow_up"),
                     tr("Follow-ups to settle"),
                     owner("unit", "follow_up"),
                     {user.unitId},
                     false});
        break;
    case Role::Manager:
    case Role::Office:
    case Role::Administrator:
        // One line per overdue duty, naming who owes it.
        list.append({QStringLiteral("overdue"),
                     tr("Overdue work"),
                     QStringLiteral("d.due_at < ?"),
                     {m_clock.now().toSecsSinceEpoch()},
                     true});
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
            QStringLiteral(
                "SELECT count(*), coalesce(sum(CAST(d.due_at < ? AS INTEGER)), 0) FROM case_duties d "
                "WHERE d.done_at IS NULL AND ")
                + d.where,
            binds);
        QueueGroup g {d.key, d.label, 0, 0};
        if (q.next()) {
            g.count = q.value(0).toLongLong();
            g.overdue = q.value(1).toLongLong();
        }
        result.append(g);
    }
    // The improvement loop's actions and 8D steps (issue 14): the owners' own headings, and
    // the overdue ones in the watch's "Overdue work".
    const ImprovementQueue improvement(m_db, m_clock);
    for (QueueGroup& g : result)
        if (g.key == ImprovementQueue::overdueKey()) {
            const QueueGroup late = improvement.overdue();
            g.count += late.count;
            g.overdue += late.overdue;
        }
    result.append(improvement.groups(user));
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
                "c.serial_no, g.code, c.symptom, d.kind, d.due_at, ")
                + DutyOwnerSql::columns()
                + QStringLiteral(" FROM case_duties d JOIN cases c ON c.id = d.case_id "
                                 "JOIN customers cu ON cu.id = c.customer_id "
                                 "LEFT JOIN product_models m ON m.id = c.model_id "
                                 "LEFT JOIN grades g ON g.id = c.grade_id ")
                + DutyOwnerSql::joins() + QStringLiteral("WHERE d.done_at IS NULL AND ") + d.where
                + QStringLiteral(" ORDER BY d.due_at, d.case_id LIMIT ?"),
            binds);
        const ReferenceNames names = d.namesOwner && Translations::current().startsWith(QLatin1String("zh"))
            ? ReferenceNames::loadChinese(m_db)
            : ReferenceNames();
        while (q.next()) {
            CaseListRow r {q.value(0).toLongLong(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           Sql::toTime(q.value(3)),
                           q.value(4).toString(),
                           q.value(5).toBool(),
                           q.value(6).toString(),
                           q.value(7).toString(),
                           q.value(8).toString(),
                           q.value(9).toString(),
                           q.value(10).toString(),
                           QString(),
                           Sql::toTime(q.value(11)),
                           true,
                           QString()};
            const QString ownerKind = q.value(12).toString();
            const qint64 ownerId = q.value(13).toLongLong();
            r.nextOwner = CaseDuty {{}, ownerKind, ownerId, 0, {}, {}}.ownerCode();
            if (d.namesOwner) {
                const QString name = ownerKind == QLatin1String("unit")
                    ? names.name(ReferenceNames::List::Units, ownerId, q.value(14).toString())
                    : q.value(14).toString();
                r.nextOwnerName = CaseDuties::ownerText(ownerKind, name);
            }
            rows.append(r);
        }
    }
    const QList<CaseListRow> items = ImprovementQueue(m_db, m_clock).rows(user, key, limit);
    if (!items.isEmpty()) {
        rows.append(items);
        std::stable_sort(rows.begin(), rows.end(), [](const CaseListRow& a, const CaseListRow& b) {
            return a.nextDueAt < b.nextDueAt;
        });
        if (rows.size() > limit)
            rows.erase(rows.begin() + limit, rows.end());
    }
    return rows;
}
