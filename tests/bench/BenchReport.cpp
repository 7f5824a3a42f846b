#include "BenchPhases.h"
#include "BenchUtil.h"
#include "RawOps.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "deadlines/DeadlineCalculator.h"
#include "deadlines/DeadlineRules.h"
#include "reports/ReturnVisitReportQuery.h"

#include <QSqlRecord>

#include <cstdio>

namespace {
// ReturnVisitReportQuery's SQL (core/reports), run through the C API: the limit for its rows.
const char* const visitRowsSql
    = "SELECT c.number, v.kind, v.visited_at, u.display_name, cu.name, m.code, m.name, "
      "COALESCE(st.name, pt.name, ''), v.marks, v.remarks, v.feedback, s.finished_at, "
      "(SELECT group_concat(i.requirement, '; ') FROM visit_items i WHERE i.visit_id = v.id AND "
      "i.confirmed = 0), "
      "CASE WHEN v.kind = 'second' THEN (SELECT group_concat(f.task, '; ') FROM follow_ups f "
      "WHERE f.case_id = c.id) END "
      "FROM visits v JOIN cases c ON c.id = v.case_id JOIN customers cu ON cu.id = c.customer_id "
      "LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN users u ON u.id = v.visited_by "
      "LEFT JOIN service_records s ON s.case_id = c.id LEFT JOIN technicians st ON st.id = s.technician_id "
      "LEFT JOIN plans p ON p.case_id = c.id LEFT JOIN technicians pt ON pt.id = p.technician_id "
      "WHERE v.visited_at >= ?1 AND v.visited_at < ?2 ORDER BY v.visited_at, v.id";

void print(const BenchRow& row)
{
    std::fprintf(stderr, "  %-44s project %9.3f ms  raw %9.3f ms\n", qPrintable(row.operation),
                 Bench::median(row.project), Bench::median(row.raw));
}
} // namespace

void reportPhase(const BenchOptions& o, BenchTable& table)
{
    Database db(o.database);
    RawDb rawDb(o.database);
    RawOps raw(rawDb.handle());
    const DeadlineCalculator deadlines(DeadlineRules::load(db.connection()));
    const QDate today = QDate::currentDate();
    const QDate yearAgo = today.addYears(-1);
    const qint64 to = QDateTime(today.addDays(1), QTime(0, 0), deadlines.rules().zone).toSecsSinceEpoch();
    const qint64 from = QDateTime(yearAgo, QTime(0, 0), deadlines.rules().zone).toSecsSinceEpoch();
    const int runs = std::min(o.runs, 5);

    BenchRow rows {QStringLiteral("one-year return-visit report (ReturnVisitReportQuery)"),
                   {},
                   {},
                   BenchRow::Target::Report};
    const ReturnVisitReportQuery report(db.connection(), deadlines);
    RawStatement rawRows(rawDb.handle(), visitRowsSql);
    int count = 0;
    Bench::timePair(
        1, runs, [&] { count = static_cast<int>(report.visits(yearAgo, today).size()); },
        [&] { rawRows.bind(1, from).bind(2, to).readAll(); }, rows.project, rows.raw);
    rows.operation += QStringLiteral(", %1 visits").arg(count);
    print(rows);
    table.add(std::move(rows));

    BenchRow summary {
        QStringLiteral("one-year return-visit summary (by month and kind, SQL in the benchmark)"),
        {},
        {},
        BenchRow::Target::Report};
    Bench::timePair(
        1, runs,
        [&] {
            QSqlQuery q = Sql::exec(db.connection(), QString::fromLatin1(visitReportSql), {from, to});
            while (q.next())
                rawSink = rawSink + q.value(2).toLongLong();
        },
        [&] { raw.visitReport(from, to); }, summary.project, summary.raw);
    print(summary);
    table.add(std::move(summary));
}
