#include "reports/ReturnVisitReportQuery.h"

#include "db/Sql.h"

ReturnVisitReportQuery::ReturnVisitReportQuery(QSqlDatabase db, const DeadlineCalculator& deadlines)
    : m_db(std::move(db))
    , m_deadlines(deadlines)
{
}

QList<VisitReportRow> ReturnVisitReportQuery::visits(const QDate& from, const QDate& to) const
{
    const QTimeZone& zone = m_deadlines.rules().zone;
    const QDateTime start(from, QTime(0, 0), zone);
    const QDateTime end(to.addDays(1), QTime(0, 0), zone);
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
            "WHERE v.visited_at >= ? AND v.visited_at < ? ORDER BY v.visited_at, v.id"),
        {start.toSecsSinceEpoch(), end.toSecsSinceEpoch()});
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
