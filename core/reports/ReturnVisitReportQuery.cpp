#include "reports/ReturnVisitReportQuery.h"

#include "db/BulkStatement.h"
#include "db/Dialect.h"
#include "db/Sql.h"
#include "reports/NameCache.h"

#include <QHash>

#include <algorithm>
#include <memory>

namespace {
// The day in the company's time zone of a time column (whole seconds since the epoch), as whole
// days since 1970-01-01, with the values to bind: the zone's offset from UTC, or the offsets and
// the moments they change when it changes within the window.
struct LocalDay
{
    QString sql;
    QVariantList binds;
};

LocalDay localDay(const QSqlDatabase& db, const QString& column, const QTimeZone& zone, const QDateTime& from,
                  const QDateTime& to)
{
    LocalDay day;
    int offset = zone.offsetFromUtc(from);
    const QTimeZone::OffsetDataList changes = zone.transitions(from, to);
    const QString number = Dialect::wholeNumber(db);
    QString offsetSql;
    if (changes.isEmpty()) {
        offsetSql = number;
    } else {
        offsetSql = QStringLiteral("CASE");
        for (const QTimeZone::OffsetData& change : changes) {
            offsetSql += QStringLiteral(" WHEN ") + column + QStringLiteral(" < ? THEN ") + number;
            day.binds << change.atUtc.toSecsSinceEpoch() << offset;
            offset = change.offsetFromUtc;
        }
        offsetSql += QStringLiteral(" ELSE ") + number + QStringLiteral(" END");
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

bool ReturnVisitReportQuery::hasIndex(const char* name) const
{
    return Dialect::hasIndex(m_db, QString::fromLatin1(name));
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
    const LocalDay visited = localDay(m_db, QStringLiteral("visited_at"), rules.zone, earliest, end);
    const LocalDay finished = localDay(m_db, QStringLiteral("finished_at"), rules.zone, earliest, end);
    // In the order of the placeholders: the outer select's, then the inner one's.
    QVariantList binds = visited.binds + finished.binds;
    binds << rules.secondVisitDays << rules.firstVisitDays << start.toSecsSinceEpoch()
          << end.toSecsSinceEpoch();
    // Counted by technician id, model id and kind over covering indexes (migration 023), then
    // named: the names of a few hundred groups, not of every visit. A file opened read-only
    // before its migration to 023 has not got them yet: the same count without.
    const bool covering = hasIndex("service_records_for_stats");
    const QString casesBy = covering ? Dialect::indexedBy(m_db, "cases_model_by_id") : QString();
    const QString servicesBy = covering ? Dialect::indexedBy(m_db, "service_records_for_stats") : QString();
    const QString number = Dialect::wholeNumber(m_db);
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT COALESCE(t.name, ''), COALESCE(m.code, ''), COALESCE(m.name, ''), g.kind, g.n, "
            "g.marked, g.marks, g.due, g.on_time FROM ("
            "SELECT technician, model, kind, count(*) AS n, count(marks) AS marked, "
            "COALESCE(sum(marks), 0) AS marks, count(days) AS due, COALESCE(sum(")
            + Dialect::asInteger(
                m_db, visited.sql + QStringLiteral(" <= ") + finished.sql + QStringLiteral(" + days"))
            + QStringLiteral(
                "), 0) AS on_time FROM (SELECT COALESCE(s.technician_id, (SELECT p.technician_id FROM "
                "plans p")
            + Dialect::indexedBy(m_db, "plans_by_case_people")
            + QStringLiteral(
                " WHERE p.case_id = v.case_id)) AS technician, c.model_id AS model, "
                "v.kind AS kind, v.marks AS marks, v.visited_at AS visited_at, s.finished_at AS "
                "finished_at, CASE WHEN s.finished_at IS NULL OR v.kind = 'resupply' THEN NULL WHEN "
                "v.kind = 'second' THEN ")
            + number + QStringLiteral(" ELSE ") + number
            + QStringLiteral(" END AS days "
                             "FROM visits v JOIN cases c")
            + casesBy + QStringLiteral(" ON c.id = v.case_id LEFT JOIN service_records s") + servicesBy
            + QStringLiteral(
                " ON s.case_id = v.case_id WHERE v.visited_at >= ? AND v.visited_at < ?) visit GROUP BY 1, "
                "2, 3) g "
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
    return pass(from, to, listing, nullptr);
}

VisitReport ReturnVisitReportQuery::report(const QDate& from, const QDate& to, Listing listing) const
{
    VisitReport report;
    report.visits = pass(from, to, listing, &report.summary);
    return report;
}

QList<VisitReportRow> ReturnVisitReportQuery::pass(const QDate& from, const QDate& to, Listing listing,
                                                   VisitSummary* summary) const
{
    const DeadlineRules& rules = m_deadlines.rules();
    const QTimeZone& zone = rules.zone;
    const QDateTime start(from, QTime(0, 0), zone);
    const QDateTime end(to.addDays(1), QTime(0, 0), zone);
    // The local days of the visit and of the service, from the zone's offsets: the day a visit
    // is listed under and the day its deadline counts from, as the summary counts them.
    const QDateTime earliest = start.addDays(-std::max(rules.firstVisitDays, rules.secondVisitDays) - 2);
    const LocalDay visited = localDay(m_db, QStringLiteral("v.visited_at"), zone, earliest, end);
    const LocalDay finished = localDay(m_db, QStringLiteral("s.finished_at"), zone, earliest, end);
    const QString number = Dialect::wholeNumber(m_db);
    QVariantList binds = visited.binds + finished.binds;
    binds << start.toSecsSinceEpoch() << end.toSecsSinceEpoch();
    QString problemOnly;
    if (listing == Listing::WithProblem && !summary) {
        // Late as the summary counts it: made after the day its deadline falls on.
        problemOnly
            = QStringLiteral(
                  " AND (v.forwarded_to_quality = 1 OR EXISTS (SELECT 1 FROM visit_items i WHERE "
                  "i.visit_id = v.id AND i.confirmed = 0) OR (v.kind = 'second' AND EXISTS (SELECT 1 FROM "
                  "follow_ups f WHERE f.case_id = v.case_id)) OR (v.kind <> 'resupply' AND ")
            + visited.sql + QStringLiteral(" > ") + finished.sql
            + QStringLiteral(" + CASE WHEN v.kind = 'second' THEN ") + number + QStringLiteral(" ELSE ")
            + number + QStringLiteral(" END))");
        binds += visited.binds + finished.binds;
        binds << rules.secondVisitDays << rules.firstVisitDays;
    }
    // One pass over the period's visits in time order, their service from a covering index (the
    // plan only for a visit without a service technician); the case's row is read only for a visit that is
    // listed, and the names (a few hundred customers, models, people) once each, not once a row.
    const bool covering = hasIndex("service_records_for_stats");
    const bool listingIndex = hasIndex("cases_for_visit_listing");
    QString sql = QStringLiteral(
                      "SELECT c.number, CASE v.kind WHEN 'second' THEN 1 WHEN 'resupply' THEN 2 ELSE 0 END, "
                      "v.visited_at, v.visited_by, c.customer_id, c.model_id, "
                      "s.technician_id, CASE WHEN s.technician_id IS NULL THEN (SELECT p.technician_id FROM "
                      "plans p")
        + Dialect::indexedBy(m_db, "plans_by_case_people")
        + QStringLiteral(" WHERE p.case_id = v.case_id) END, v.marks, v.remarks, "
                         "v.feedback, s.finished_at, v.forwarded_to_quality, ")
        + visited.sql + QStringLiteral(", ") + finished.sql + QStringLiteral(", (SELECT ")
        + Dialect::groupConcat(m_db, QStringLiteral("i.requirement"), QStringLiteral("'; '"))
        + QStringLiteral(" FROM visit_items i WHERE i.visit_id = v.id AND i.confirmed = 0), "
                         "CASE WHEN v.kind = 'second' THEN (SELECT ")
        + Dialect::groupConcat(m_db, QStringLiteral("f.task"), QStringLiteral("'; '"))
        + QStringLiteral(" FROM follow_ups f WHERE f.case_id = v.case_id) END FROM visits v")
        + Dialect::indexedBy(m_db, "visits_by_time") + QStringLiteral(" LEFT JOIN service_records s")
        + (covering ? Dialect::indexedBy(m_db, "service_records_for_stats") : QString())
        + QStringLiteral(" ON s.case_id = v.case_id ") + Dialect::joinInOrder(m_db)
        + QStringLiteral(" cases c")
        + (listingIndex ? Dialect::indexedBy(m_db, "cases_for_visit_listing") : QString())
        + QStringLiteral(" ON c.id = v.case_id "
                         "WHERE v.visited_at >= ? AND v.visited_at < ?")
        + problemOnly + QStringLiteral(" ORDER BY v.visited_at, v.id");
    BulkStatement& q = Sql::prepared(m_db, sql);
    // A read stopped by an error must not keep its snapshot of the file.
    const std::unique_ptr<BulkStatement, void (*)(BulkStatement*)> reading(
        &q, [](BulkStatement* s) { s->reset(); });
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i + 1, binds.at(i));
    NameCache customers(m_db, "SELECT name FROM customers WHERE id = ?");
    NameCache users(m_db, "SELECT display_name FROM users WHERE id = ?");
    NameCache technicians(m_db, "SELECT name FROM technicians WHERE id = ?");
    NameCache models(m_db, "SELECT code, name FROM product_models WHERE id = ?", 2);
    QHash<qint64, QDateTime> dues; // by the service's local day and the kind of visit
    QList<VisitReportRow> rows;
    const QDate epoch(1970, 1, 1);
    // The summary's groups: technician and model (0: none) -> their tally.
    QHash<QPair<qint64, qint64>, VisitTally> groups;
    const bool problemsOnly = listing == Listing::WithProblem;
    while (q.next()) {
        const auto kind = static_cast<VisitKind>(q.int64Value(1));
        const qint64 visitedDay = q.int64Value(13);
        const bool hasService = !q.isNull(11) && kind != VisitKind::Resupply;
        const int days = kind == VisitKind::Second ? rules.secondVisitDays : rules.firstVisitDays;
        const bool late = hasService && visitedDay > q.int64Value(14) + days;
        const qint64 technicianId = !q.isNull(6) ? q.int64Value(6) : q.isNull(7) ? 0 : q.int64Value(7);
        if (summary) {
            VisitTally& t = groups[{technicianId, q.isNull(5) ? 0 : q.int64Value(5)}];
            ++t.visits;
            if (!q.isNull(8)) {
                ++t.marked;
                t.marks += q.int64Value(8);
            }
            if (hasService) {
                ++t.withDue;
                t.onTime += late ? 0 : 1;
            }
            (kind == VisitKind::Second         ? summary->second
                 : kind == VisitKind::Resupply ? summary->resupply
                                               : summary->first)
                += 1;
            // A problem: a requirement not confirmed, feedback forwarded to Quality, something
            // transferred at the second visit, or made after its deadline.
            if (problemsOnly && !late && q.int64Value(12) != 1 && q.isNull(15) && q.isNull(16))
                continue;
        }
        VisitReportRow r;
        r.caseNumber = q.textValue(0);
        r.kind = kind;
        r.visitedAt = QDateTime::fromSecsSinceEpoch(q.int64Value(2), Qt::UTC);
        r.visitedDay = epoch.addDays(visitedDay);
        r.visitedBy = users.name(q.int64Value(3));
        r.customer = customers.name(q.int64Value(4));
        if (!q.isNull(5)) {
            const QStringList& model = models.values(q.int64Value(5));
            r.productCode = model.value(0);
            r.productName = model.value(1);
        }
        if (technicianId != 0)
            r.technician = technicians.name(technicianId);
        r.marks = q.isNull(8) ? -1 : static_cast<int>(q.int64Value(8));
        if (hasService) {
            // The deadline depends only on the service's local day: worked out once a day.
            const qint64 serviceDay = q.int64Value(14);
            const qint64 key = serviceDay * 2 + (r.kind == VisitKind::Second ? 1 : 0);
            auto due = dues.constFind(key);
            if (due == dues.cend()) {
                const QDateTime serviceDone = QDateTime::fromSecsSinceEpoch(q.int64Value(11), Qt::UTC);
                due = dues.insert(key,
                                  r.kind == VisitKind::First ? m_deadlines.firstVisitDue(serviceDone)
                                                             : m_deadlines.secondVisitDue(serviceDone));
            }
            r.dueAt = *due;
        }
        // The requirements not confirmed, the remarks, the feedback, the follow-ups: each text once.
        QString texts[4];
        int n = 0;
        for (int col : {15, 9, 10, 16}) {
            const QString text = q.isNull(col) ? QString() : q.textValue(col).trimmed();
            if (!text.isEmpty() && std::find(texts, texts + n, text) == texts + n)
                texts[n++] = text;
        }
        r.problems = n > 0 ? texts[0] : QString();
        for (int i = 1; i < n; ++i)
            r.problems += QStringLiteral("; ") + texts[i];
        rows.append(std::move(r));
    }
    if (summary) {
        // Named after counting: a few hundred groups, not every visit.
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const VisitTally& t = it.value();
            summary->all.add(t);
            summary->byTechnician[it.key().first != 0 ? technicians.name(it.key().first) : QString()].add(t);
            const QStringList& model = it.key().second != 0 ? models.values(it.key().second) : QStringList();
            summary->byProduct[model.value(0) + QStringLiteral(" ") + model.value(1)].add(t);
        }
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
