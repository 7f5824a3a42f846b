#include "stats/OnTimeQuery.h"

#include "db/Dialect.h"
#include "db/Sql.h"
#include "stats/ClockDays.h"
#include "stats/MonthBuckets.h"
#include "stats/StatsNames.h"
#include "stats/StatsWhere.h"

#include <QHash>

#include <algorithm>

OnTimeQuery::OnTimeQuery(QSqlDatabase db, DeadlineRules rules, const DocumentLanguage& language)
    : m_db(std::move(db))
    , m_rules(std::move(rules))
    , m_language(language)
{
}

QString OnTimeQuery::tr(const char* source, int n) const
{
    return m_language.translate("OnTimeQuery", source, nullptr, n);
}

QStringList OnTimeQuery::kinds()
{
    return {QStringLiteral("disposal"),    QStringLiteral("send"),    QStringLiteral("processing"),
            QStringLiteral("unit_reply"),  QStringLiteral("arrival"), QStringLiteral("first_visit"),
            QStringLiteral("second_visit")};
}

QString OnTimeQuery::label(const QString& kind) const
{
    if (kind == QLatin1String("disposal"))
        return tr("Disposal suggestion (%n hour(s))", m_rules.disposalHours);
    if (kind == QLatin1String("send"))
        return tr("Sent to Quality the same working day");
    if (kind == QLatin1String("processing"))
        return tr("Processing deadline");
    if (kind == QLatin1String("arrival"))
        return tr("Arrival on site");
    if (kind == QLatin1String("first_visit"))
        return tr("First return visit (%n day(s))", m_rules.firstVisitDays);
    if (kind == QLatin1String("second_visit"))
        return tr("Second return visit (%n day(s))", m_rules.secondVisitDays);
    return tr("Reply of the responsible unit");
}

QString OnTimeQuery::owner(const QString& kind) const
{
    return kind == QLatin1String("arrival") ? tr("Service technician") : tr("Sales");
}

CaseFilter OnTimeResult::filterFor(const OnTimeLine& line, ClockOutcome outcome, int month) const
{
    CaseFilter f = base;
    if (month >= 0) {
        f.receivedFrom = bounds.at(month);
        f.receivedTo = bounds.at(month + 1);
    }
    f.clockKind = line.kind;
    f.clockUnitId = line.unitId;
    f.clockOutcome = outcome;
    f.clockNow = now;
    return f;
}

OnTimeResult OnTimeQuery::run(const StatsFilter& filter, const QDateTime& now) const
{
    OnTimeResult result;
    result.base = filter.received(m_rules.zone);
    result.now = now;
    const MonthBuckets months(filter.from, filter.to, m_rules.zone);
    for (int i = 0; i < months.count(); ++i) {
        result.months.append(months.month(i));
        result.bounds.append(months.start(i));
    }
    if (months.count() > 0)
        result.bounds.append(months.end());
    QHash<QPair<QString, qint64>, OnTimeLine> lines;
    const auto add = [&lines, &months](QSqlQuery& q) {
        while (q.next()) {
            const QPair<QString, qint64> key {q.value(0).toString(), q.value(1).toLongLong()};
            OnTimeLine& line = lines[key];
            if (line.byMonth.isEmpty()) {
                line.kind = key.first;
                line.unitId = key.second;
                line.byMonth.resize(months.count());
            }
            const OnTimeCounts counts {q.value(3).toLongLong(), q.value(4).toLongLong(),
                                       q.value(5).toLongLong(), q.value(6).toLongLong()};
            line.byMonth[q.value(2).toInt()].add(counts);
            line.total.add(counts);
        }
    };
    const qint64 at = now.toSecsSinceEpoch();
    const bool periodOnly = filter.productLineId == 0 && filter.customerId == 0 && filter.unitId == 0
        && filter.gradeId == 0 && !filter.keyCustomersOnly;
    if (!m_live && periodOnly && months.count() > 0 && ClockDays::isCurrent(m_db, m_rules.zone)) {
        // No filter but the period: the deadlines met are counted by day (clock_days, kept by
        // triggers), the few still open from their own index; about 5,000 rows for a year.
        QVariantList binds;
        QString bucket = QStringLiteral("CASE");
        for (int i = 0; i + 1 < months.count(); ++i) {
            bucket += QStringLiteral(" WHEN day < ? THEN ") + QString::number(i);
            binds << ClockDays::dayNumber(months.end(i).toTimeZone(m_rules.zone).date());
        }
        bucket += QStringLiteral(" ELSE ") + QString::number(months.count() - 1) + QStringLiteral(" END");
        QSqlQuery met = Sql::exec(
            m_db,
            QStringLiteral("SELECT kind, unit_id, ") + bucket
                + QStringLiteral(", sum(on_time), sum(late), 0, 0 FROM clock_days "
                                 "WHERE day >= ? AND day < ? GROUP BY 1, 2, 3"),
            binds + QVariantList {ClockDays::dayNumber(filter.from), ClockDays::dayNumber(filter.to) + 1});
        add(met);
        QVariantList openBinds;
        const QString received = months.sql(QStringLiteral("c.received_at"), openBinds);
        openBinds << at << at << months.start().toSecsSinceEpoch() << months.end().toSecsSinceEpoch();
        QSqlQuery open = Sql::exec(
            m_db,
            QStringLiteral("SELECT k.kind, k.unit_id, ") + received
                + QStringLiteral(
                    ", 0, 0, sum(CAST(k.due_at < ? AS INTEGER)), sum(CAST(k.due_at >= ? AS INTEGER)) "
                    "FROM case_clocks k")
                + Dialect::indexedBy(m_db, "case_clocks_open")
                + QStringLiteral(" JOIN cases c ON c.id = k.case_id "
                                 "WHERE k.done_at IS NULL AND c.received_at >= ? AND c.received_at < ? "
                                 "GROUP BY 1, 2, 3"),
            openBinds);
        add(open);
    } else {
        // The cases of the period from the stats index, each one's deadlines from its rows of
        // case_clocks (one seek a case), counted by kind, unit and month. The period's index is
        // named: left to itself SQLite walks a filter's own index (by model for a product line,
        // by grade) through every year, 3 s at ten years instead of 0.3 s for one.
        QVariantList binds;
        const QString bucket = months.sql(QStringLiteral("c.received_at"), binds);
        binds << at << at;
        const StatsWhere where(result.base, now);
        QSqlQuery q
            = Sql::exec(m_db,
                        QStringLiteral("SELECT k.kind, k.unit_id, ") + bucket
                            + QStringLiteral(", sum(CAST(k.done_at <= k.due_at AS INTEGER)), "
                                             "sum(CAST(k.done_at > k.due_at AS INTEGER)), "
                                             "sum(CAST(k.done_at IS NULL AND k.due_at < ? AS INTEGER)), "
                                             "sum(CAST(k.done_at IS NULL AND k.due_at >= ? AS INTEGER)) "
                                             "FROM cases c")
                            + Dialect::indexedBy(m_db, "cases_for_stats")
                            + QStringLiteral(" JOIN case_clocks k ON k.case_id = c.id") + where.sql
                            + QStringLiteral(" GROUP BY 1, 2, 3"),
                        binds + where.binds);
        add(q);
    }
    const QHash<qint64, QString> units
        = StatsNames(m_db, m_language.isChinese()).all(StatsNames::List::Units);
    const QStringList order = kinds();
    for (OnTimeLine& line : lines) {
        if (line.kind == QLatin1String("unit_reply")) {
            line.owner = units.value(line.unitId);
            line.label = tr("Reply: %1").arg(line.owner);
        } else {
            line.label = label(line.kind);
            line.owner = owner(line.kind);
        }
        result.lines.append(line);
    }
    std::sort(result.lines.begin(), result.lines.end(), [&order](const OnTimeLine& a, const OnTimeLine& b) {
        const qsizetype ka = order.indexOf(a.kind);
        const qsizetype kb = order.indexOf(b.kind);
        return ka != kb ? ka < kb : a.owner.localeAwareCompare(b.owner) < 0;
    });
    return result;
}
