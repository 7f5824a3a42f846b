#include "improvement/ImprovementQueue.h"

#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "deadlines/DeadlineRules.h"
#include "i18n/Translations.h"
#include "improvement/ImprovementDay.h"
#include "improvement/ImprovementWords.h"
#include "reference/ReferenceNames.h"

namespace {
// The case an action or a tracing belongs to, as a queue line shows it (nine columns).
const char* const caseColumns = "c.id, c.number, c.status, c.received_at, cu.name, cu.key_customer, m.code, "
                                "c.serial_no, g.code";
QString caseJoins(const char* record)
{
    return QStringLiteral(" LEFT JOIN cases c ON c.id = %1.case_id LEFT JOIN customers cu ON cu.id = "
                          "c.customer_id LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN grades g "
                          "ON g.id = c.grade_id ")
        .arg(QLatin1String(record));
}
const char* const openSteps = "s.signed_at IS NULL AND t.closed_at IS NULL AND ";
} // namespace

ImprovementQueue::ImprovementQueue(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_zone(DeadlineRules::load(m_db).zone)
    , m_today(ImprovementDay::stamp(ImprovementDay::today(m_db, clock)))
{
}

QDateTime ImprovementQueue::dueAt(const QDate& day, const QTimeZone& zone)
{
    return QDateTime(day.addDays(1), QTime(0, 0), zone).addSecs(-1);
}

qint64 ImprovementQueue::ownUnit(const User& user) const
{
    if (user.role == Role::ResponsibleUnit)
        return user.unitId;
    if (user.role == Role::QualityEngineer) // the Quality Department's steps are its engineers'
        return Sql::scalar(m_db, QStringLiteral("SELECT id FROM units WHERE code = 'QUALITY'")).toLongLong();
    return 0;
}

QList<ImprovementQueue::Part> ImprovementQueue::parts(const User& user, const QString& key) const
{
    QList<Part> list;
    const bool watches
        = user.role == Role::Manager || user.role == Role::Office || user.role == Role::Administrator;
    if (key == actionsKey() && user.role == Role::ResponsibleUnit && user.unitId > 0)
        list.append({false, QStringLiteral("a.status = 'open' AND a.owner_unit_id = ?"), {user.unitId}});
    if (key == stepsKey())
        list.append(
            {true,
             QStringLiteral("(s.owner_user_id = ? OR (s.owner_user_id IS NULL AND s.owner_unit_id = ?))"),
             {user.id, ownUnit(user)}});
    if (key == checkKey() && user.role == Role::QualityEngineer)
        list.append({false, QStringLiteral("a.status = 'done'"), {}, false, false});
    if (key == overdueKey() && watches) {
        list.append({false, QStringLiteral("a.status = 'open' AND a.due_on < ?"), {m_today}, true});
        list.append({true, QStringLiteral("s.due_on < ?"), {m_today}, true});
    }
    return list;
}

QPair<qint64, qint64> ImprovementQueue::count(const Part& part) const
{
    QString sql;
    if (part.steps)
        sql = QStringLiteral("SELECT count(*), coalesce(sum(CAST(s.due_on < ? AS INTEGER)), 0) FROM "
                             "tracing_steps s JOIN tracings t "
                             "ON t.id = s.tracing_id WHERE ")
            + QLatin1String(openSteps) + part.where;
    else
        sql = QStringLiteral("SELECT count(*), coalesce(sum(CAST(a.status = 'open' AND a.due_on < ? AS "
                             "INTEGER)), 0) FROM "
                             "corrective_actions a WHERE ")
            + part.where;
    QSqlQuery q = Sql::exec(m_db, sql, QVariantList {m_today} + part.binds);
    if (!q.next())
        return {0, 0};
    return {q.value(0).toLongLong(), part.hasDeadline ? q.value(1).toLongLong() : 0};
}

QList<QueueGroup> ImprovementQueue::groups(const User& user) const
{
    QList<QueueGroup> result;
    const auto add = [&](const QString& key, const QString& label, bool evenEmpty) {
        QueueGroup g {key, label, 0, 0};
        for (const Part& p : parts(user, key)) {
            const auto n = count(p);
            g.count += n.first;
            g.overdue += n.second;
        }
        if (evenEmpty || g.count > 0)
            result.append(g);
    };
    if (user.role == Role::ResponsibleUnit)
        add(actionsKey(), tr("Corrective actions due"), true);
    // Anyone may be named the owner of a step; the heading shows for others once they are.
    const bool stepsAreTheirs = user.role == Role::ResponsibleUnit || user.role == Role::QualityEngineer;
    add(stepsKey(), tr("8D steps due"), stepsAreTheirs);
    if (user.role == Role::QualityEngineer)
        add(checkKey(), tr("Actions to check for effect"), true);
    return result;
}

QueueGroup ImprovementQueue::overdue() const
{
    User watcher;
    watcher.role = Role::Manager;
    QueueGroup g {overdueKey(), QString(), 0, 0};
    for (const Part& p : parts(watcher, overdueKey()))
        g.count += count(p).first;
    g.overdue = g.count;
    return g;
}

QList<CaseListRow> ImprovementQueue::rows(const User& user, const QString& key, int limit) const
{
    QList<CaseListRow> rows;
    for (const Part& p : parts(user, key))
        rows.append(read(p, limit));
    std::stable_sort(rows.begin(), rows.end(), [](const CaseListRow& a, const CaseListRow& b) {
        return a.nextDueAt.isValid() && (!b.nextDueAt.isValid() || a.nextDueAt < b.nextDueAt);
    });
    if (rows.size() > limit)
        rows.erase(rows.begin() + limit, rows.end());
    return rows;
}

QList<CaseListRow> ImprovementQueue::read(const Part& part, int limit) const
{
    QString sql;
    if (part.steps)
        sql = QStringLiteral("SELECT %1, t.id, t.number, s.step, s.due_on, coalesce(s.owner_unit_id, 0), "
                             "coalesce(uo.display_name, un.name, ''), s.owner_user_id IS NOT NULL "
                             "FROM tracing_steps s JOIN tracings t ON t.id = s.tracing_id "
                             "LEFT JOIN units un ON un.id = s.owner_unit_id "
                             "LEFT JOIN users uo ON uo.id = s.owner_user_id")
                  .arg(QLatin1String(caseColumns))
            + caseJoins("t") + QStringLiteral("WHERE ") + QLatin1String(openSteps) + part.where
            + QStringLiteral(" ORDER BY s.due_on, s.id LIMIT ?");
    else
        sql = QStringLiteral("SELECT %1, a.id, a.number, a.what, a.due_on, a.owner_unit_id, un.name, 0 "
                             "FROM corrective_actions a JOIN units un ON un.id = a.owner_unit_id")
                  .arg(QLatin1String(caseColumns))
            + caseJoins("a") + QStringLiteral("WHERE ") + part.where
            + QStringLiteral(" ORDER BY a.due_on, a.id LIMIT ?");
    QSqlQuery q = Sql::exec(m_db, sql, part.binds + QVariantList {limit});
    const ReferenceNames names = part.namesOwner && Translations::current().startsWith(QLatin1String("zh"))
        ? ReferenceNames::loadChinese(m_db)
        : ReferenceNames();
    QList<CaseListRow> rows;
    while (q.next()) {
        CaseListRow r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.status = q.value(2).toString();
        r.receivedAt = Sql::toTime(q.value(3));
        r.customer = q.value(4).toString();
        r.keyCustomer = q.value(5).toBool();
        r.model = q.value(6).toString();
        r.serialNo = q.value(7).toString();
        r.grade = q.value(8).toString();
        r.isDuty = true;
        r.item = part.steps ? QStringLiteral("step") : QStringLiteral("action");
        r.nextStep = r.item;
        r.itemId = q.value(9).toLongLong();
        const QString number = q.value(10).toString();
        // Short, as the list's column is: the heading says what kind of item it is.
        if (part.steps) {
            r.itemStep = q.value(11).toInt();
            r.itemText = QStringLiteral("%1 %2").arg(number, ImprovementWords::stepTitle(r.itemStep));
        } else {
            r.itemText = QStringLiteral("%1 %2").arg(number, q.value(11).toString().simplified());
        }
        if (part.hasDeadline)
            r.nextDueAt = dueAt(RecordWriter::storedDate(q.value(12)), m_zone);
        r.dueIsDay = true;
        if (part.namesOwner)
            r.nextOwnerName = q.value(15).toBool()
                ? q.value(14).toString()
                : names.name(ReferenceNames::List::Units, q.value(13).toLongLong(), q.value(14).toString());
        rows.append(r);
    }
    return rows;
}
