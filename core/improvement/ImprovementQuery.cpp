#include "improvement/ImprovementQuery.h"

#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "improvement/ImprovementDay.h"
#include "improvement/ImprovementWords.h"

#include <limits>

ImprovementQuery::ImprovementQuery(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_today(ImprovementDay::today(m_db, clock))
{
}

QList<ActionRow> ImprovementQuery::actions(Show show, const QDate& afterDue, qint64 afterId, int limit,
                                           qint64 unitId) const
{
    const qint64 today = ImprovementDay::stamp(m_today);
    QString where = QStringLiteral("(a.due_on, a.id) > (?, ?)");
    QVariantList binds {today, afterDue.isValid() ? ImprovementDay::stamp(afterDue) : qint64(-1), afterId};
    if (show == Show::Open)
        where += QStringLiteral(" AND a.status <> 'closed'");
    if (show == Show::Overdue) {
        where += QStringLiteral(" AND a.status = 'open' AND a.due_on < ?");
        binds.append(today);
    }
    if (unitId > 0) {
        where += QStringLiteral(" AND a.owner_unit_id = ?");
        binds.append(unitId);
    }
    binds.append(limit);
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT a.id, a.number, coalesce(c.number, ''), un.name, a.kind, a.what, a.due_on, a.status, "
            "(SELECT count(*) FROM action_circulations m WHERE m.action_id = a.id), "
            "a.status = 'open' AND a.due_on < ? FROM corrective_actions a JOIN units un ON un.id = "
            "a.owner_unit_id LEFT JOIN cases c ON c.id = a.case_id WHERE ")
            + where + QStringLiteral(" ORDER BY a.due_on, a.id LIMIT ?"),
        binds);
    QList<ActionRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), ImprovementWords::kindOf(q.value(4).toString()),
                     q.value(5).toString(), RecordWriter::storedDate(q.value(6)),
                     ImprovementWords::statusOf(q.value(7).toString()), q.value(8).toInt(),
                     q.value(9).toBool()});
    return rows;
}

QList<StepRow> ImprovementQuery::stepsDue(bool overdueOnly, const QDate& afterDue, qint64 afterId, int limit,
                                          qint64 unitId) const
{
    const qint64 today = ImprovementDay::stamp(m_today);
    QString where
        = QStringLiteral("s.signed_at IS NULL AND t.closed_at IS NULL AND (s.due_on, s.id) > (?, ?)");
    QVariantList binds {today, afterDue.isValid() ? ImprovementDay::stamp(afterDue) : qint64(-1), afterId};
    if (overdueOnly) {
        where += QStringLiteral(" AND s.due_on < ?");
        binds.append(today);
    }
    if (unitId > 0) {
        where += QStringLiteral(" AND s.owner_unit_id = ?");
        binds.append(unitId);
    }
    binds.append(limit);
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT s.id, t.id, t.number, c.number, s.step, coalesce(uo.display_name, un.name, ''), "
            "s.due_on, s.due_on < ? FROM tracing_steps s JOIN tracings t ON t.id = s.tracing_id "
            "JOIN cases c ON c.id = t.case_id LEFT JOIN units un ON un.id = s.owner_unit_id "
            "LEFT JOIN users uo ON uo.id = s.owner_user_id WHERE ")
            + where + QStringLiteral(" ORDER BY s.due_on, s.id LIMIT ?"),
        binds);
    QList<StepRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toInt(), q.value(5).toString(),
                     RecordWriter::storedDate(q.value(6)), q.value(7).toBool()});
    return rows;
}

QList<TracingRow> ImprovementQuery::tracings(qint64 beforeId, int limit) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT t.id, t.number, c.number, t.reason, (SELECT count(*) FROM tracing_steps s WHERE "
            "s.tracing_id = t.id AND s.signed_at IS NOT NULL), t.closed_at IS NOT NULL FROM tracings t "
            "JOIN cases c ON c.id = t.case_id WHERE t.id < ? ORDER BY t.id DESC LIMIT ?"),
        {beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit});
    QList<TracingRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     ImprovementWords::reasonOf(q.value(3).toString()), q.value(4).toInt(),
                     q.value(5).toBool()});
    return rows;
}

QList<GroupRow> ImprovementQuery::groups(qint64 beforeId, int limit) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT g.id, g.number, g.problem, u.display_name, g.closed_at IS NOT NULL "
                       "FROM treatment_groups g JOIN users u ON u.id = g.lead_user_id WHERE "
                       "g.id < ? ORDER BY g.id DESC LIMIT ?"),
        {beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit});
    QList<GroupRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toBool()});
    return rows;
}
