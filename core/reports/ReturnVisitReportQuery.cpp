#include "reports/ReturnVisitReportQuery.h"

#include "db/Sql.h"

#include <algorithm>

namespace {
// The day in the company's time zone of a time column (whole seconds since the epoch), as whole
// days since 1970-01-01, with the values to bind: the zone's offset from UTC, or the offsets and
// the moments they change when it changes within the window.
struct LocalDay
{
    QString sql;
    QVariantList binds;
};

LocalDay localDay(const QString& column, const QTimeZone& zone, const QDateTime& from, const QDateTime& to)
{
    LocalDay day;
    int offset = zone.offsetFromUtc(from);
    const QTimeZone::OffsetDataList changes = zone.transitions(from, to);
    QString offsetSql;
    if (changes.isEmpty()) {
        offsetSql = QStringLiteral("?");
    } else {
        offsetSql = QStringLiteral("CASE");
        for (const QTimeZone::OffsetData& change : changes) {
            offsetSql += QStringLiteral(" WHEN ") + column + QStringLiteral(" < ? THEN ?");
            day.binds << change.atUtc.toSecsSinceEpoch() << offset;
            offset = change.offsetFromUtc;
        }
        offsetSql += QStringLiteral(" ELSE ? END");
    }
    day.binds << offset;
    day.sql
        = QStringLiteral("((") + column + QStringLiteral(" + ") + offsetSql + QStringLiteral(") / 86400)");
    return day;
}
} // namespace

ReturnVisitReportQuery::ReturnVisitReportQuery(QSqlDatabase db, const DeadlineCalculator& deadlines)
    : m_db(std::move(db))
    , m_deadlines(deadlines)
{
}

VisitSummary ReturnVisitReportQuery::summary(const QDate& from, const QDate& to) const
{
    const DeadlineRules& rules = m_deadlines.rules();
    const QDateTime start(from, QTime(0, 0), rules.zone);
    const QDateTime end(to.addDays(1), QTime(0, 0), rules.zone);
    // A visit is on time when made on or before the day its deadline falls on. A service that
    // finished more days before the period than a deadline allows makes its visit late whatever
    // the offset, so the zone's changes are needed from then on only.
    const QDateTime earliest = start.addDays(-std::max(rules.firstVisitDays, rules.secondVisitDays) - 2);
    const LocalDay visited = localDay(QStringLiteral("visited_at"), rules.zone, earliest, end);
    const LocalDay finished = localDay(QStringLiteral("finished_at"), rules.zone, earliest, end);
    // In the order of the placeholders: the outer select's, then the inner one's.
    QVariantList binds = visited.binds + finished.binds;
    binds << rules.secondVisitDays << rules.firstVisitDays << start.toSecsSinceEpoch()
          << end.toSecsSinceEpoch();
    // Counted by technician id, model id and kind over covering indexes (migration 023), then
    // named: the names of a few hundred groups, not of every visit. A file opened read-only
    // before its migration to 023 has not got them yet: the same count without.
    const bool covering = Sql::scalar(m_db,
                                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                     "'index' AND name = 'service_records_for_stats'"))
                              .toInt()
        > 0;
    const QString casesBy = covering ? QStringLiteral(" INDEXED BY cases_model_by_id") : QString();
    const QString servicesBy = covering ? QStringLiteral(" INDEXED BY service_records_for_stats") : QString();
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT COALESCE(t.name, ''), COALESCE(m.code, ''), COALESCE(m.name, ''), g.kind, g.n, "
            "g.marked, g.marks, g.due, g.on_time FROM ("
            "SELECT technician, model, kind, count(*) AS n, count(marks) AS marked, "
            "COALESCE(sum(marks), 0) AS marks, count(days) AS due, COALESCE(sum(")
            + visited.sql + QStringLiteral(" <= ") + finished.sql
            + QStringLiteral(
                " + days), 0) AS on_time FROM ("
                "SELECT COALESCE(s.technician_id, p.technician_id) AS technician, c.model_id AS model, "
                "v.kind AS kind, v.marks AS marks, v.visited_at AS visited_at, s.finished_at AS finished_at, "
                "CASE WHEN s.finished_at IS NULL OR v.kind = 'resupply' THEN NULL WHEN v.kind = 'second' "
                "THEN ? ELSE ? END AS days "
                "FROM visits v JOIN cases c")
            + casesBy + QStringLiteral(" ON c.id = v.case_id LEFT JOIN service_records s") + servicesBy
            + QStringLiteral(
                " ON s.case_id = v.case_id LEFT JOIN plans p INDEXED BY plans_by_case_people ON p.case_id = "
                "v.case_id WHERE v.visited_at >= ? AND v.visited_at < ?) GROUP BY 1, 2, 3) g "
                "LEFT JOIN technicians t ON t.id = g.technician LEFT JOIN product_models m ON m.id = "
                "g.model"),
        binds);
    VisitSummary summary;
    while (q.next()) {
        VisitTally tally;
        tally.visits = q.value(4).toInt();
        tally.marked = q.value(5).toInt();
        tally.marks = q.value(6).toLongLong();
        tally.withDue = q.value(7).toInt();
        tally.onTime = q.value(8).toInt();
        summary.all.add(tally);
        summary.byTechnician[q.value(0).toString()].add(tally);
        summary.byProduct[q.value(1).toString() + QStringLiteral(" ") + q.value(2).toString()].add(tally);
        const QString kind = q.value(3).toString();
        (kind == QLatin1String("second")         ? summary.second
             : kind == QLatin1String("resupply") ? summary.resupply
                                                 : summary.first)
            += tally.visits;
    }
    return summary;
}

QList<VisitReportRow> ReturnVisitReportQuery::visits(const QDate& from, const QDate& to,
                                                     Listing listing) const
{
    const DeadlineRules& rules = m_deadlines.rules();
    const QTimeZone& zone = rules.zone;
    const QDateTime start(from, QTime(0, 0), zone);
    const QDateTime end(to.addDays(1), QTime(0, 0), zone);
    QVariantList binds {start.toSecsSinceEpoch(), end.toSecsSinceEpoch()};
    QString problemOnly;
    if (listing == Listing::WithProblem) {
        // Late as the summary counts it: made after the day its deadline falls on.
        const QDateTime earliest = start.addDays(-std::max(rules.firstVisitDays, rules.secondVisitDays) - 2);
        const LocalDay visited = localDay(QStringLiteral("v.visited_at"), zone, earliest, end);
        const LocalDay finished = localDay(QStringLiteral("s.finished_at"), zone, earliest, end);
        problemOnly
            = QStringLiteral(
                  " AND (v.forwarded_to_quality = 1 OR EXISTS (SELECT 1 FROM visit_items i WHERE "
                  "i.visit_id = v.id AND i.confirmed = 0) OR (v.kind = 'second' AND EXISTS (SELECT 1 FROM "
                  "follow_ups f WHERE f.case_id = c.id)) OR (v.kind <> 'resupply' AND ")
            + visited.sql + QStringLiteral(" > ") + finished.sql
            + QStringLiteral(" + CASE WHEN v.kind = 'second' THEN ? ELSE ? END))");
        binds += visited.binds + finished.binds;
        binds << rules.secondVisitDays << rules.firstVisitDays;
    }
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT c.number, v.kind, v.visited_at, u.display_name, cu.name, m.code, m.name, "
            "COALESCE(st.name, pt.name, ''), v.marks, v.remarks, v.feedback, s.finished_at, "
            "(SELECT group_concat(i.requirement, '; ') FROM visit_items i WHERE i.visit_id = v.id AND "
            "i.confirmed = 0), "
            "CASE WHEN v.kind = 'second' THEN (SELECT group_concat(f.task, '; ') FROM follow_ups f "
            "WHERE f.case_id = c.id) END "
            "FROM visits v JOIN cases c ON c.id = v.case_id JOIN customers cu ON cu.id = c.customer_id "
            "LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN users u ON u.id = v.visited_by "
            "LEFT JOIN service_records s ON s.case_id = c.id LEFT JOIN technicians st ON st.id = "
            "s.technician_id "
            "LEFT JOIN plans p ON p.case_id = c.id LEFT JOIN technicians pt ON pt.id = p.technician_id "
            "WHERE v.visited_at >= ? AND v.visited_at < ?")
            + problemOnly + QStringLiteral(" ORDER BY v.visited_at, v.id"),
        binds);
    QList<VisitReportRow> rows;
    while (q.next()) {
        VisitReportRow r;
        r.caseNumber = q.value(0).toString();
        const QString kind = q.value(1).toString();
        r.kind = kind == QLatin1String("second") ? VisitKind::Second
            : kind == QLatin1String("resupply")  ? VisitKind::Resupply
                                                 : VisitKind::First;
        r.visitedAt = Sql::toTime(q.value(2));
        r.visitedBy = q.value(3).toString();
        r.customer = q.value(4).toString();
        r.productCode = q.value(5).toString();
        r.productName = q.value(6).toString();
        r.technician = q.value(7).toString();
        r.marks = q.value(8).isNull() ? -1 : q.value(8).toInt();
        const QDateTime serviceDone = Sql::toTime(q.value(11));
        if (serviceDone.isValid() && r.kind == VisitKind::First)
            r.dueAt = m_deadlines.firstVisitDue(serviceDone);
        else if (serviceDone.isValid() && r.kind == VisitKind::Second)
            r.dueAt = m_deadlines.secondVisitDue(serviceDone);
        QStringList problems;
        for (int col : {12, 9, 10, 13}) {
            const QString text = q.value(col).toString().trimmed();
            if (!text.isEmpty() && !problems.contains(text))
                problems.append(text);
        }
        r.problems = problems.join(QStringLiteral("; "));
        rows.append(r);
    }
    return rows;
}

QList<TransferRow> ReturnVisitReportQuery::transfers(const QDate& from, const QDate& to) const
{
    const QTimeZone& zone = m_deadlines.rules().zone;
    const QDateTime start(from, QTime(0, 0), zone);
    const QDateTime end(to.addDays(1), QTime(0, 0), zone);
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT c.number, f.task, f.owner_unit_id, COALESCE(un.name, ''), f.due_at, f.done_at "
            "FROM visits v JOIN cases c ON c.id = v.case_id JOIN follow_ups f ON f.case_id = v.case_id "
            "LEFT JOIN units un ON un.id = f.owner_unit_id "
            "WHERE v.visited_at >= ? AND v.visited_at < ? AND v.kind = 'second' "
            "ORDER BY v.visited_at, v.id, f.id"),
        {start.toSecsSinceEpoch(), end.toSecsSinceEpoch()});
    QList<TransferRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString(), Sql::toTime(q.value(4)), Sql::toTime(q.value(5))});
    return rows;
}
