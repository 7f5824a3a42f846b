#include "stats/VisitMarksQuery.h"

#include "db/Sql.h"
#include "stats/MonthBuckets.h"
#include "stats/StatsNames.h"
#include "stats/StatsWhere.h"

#include <QHash>

#include <algorithm>

VisitMarksQuery::VisitMarksQuery(QSqlDatabase db, const QTimeZone& zone, bool chinese)
    : m_db(std::move(db))
    , m_zone(zone)
    , m_chinese(chinese)
{
}

CaseFilter VisitMarksResult::filterFor(By by, const MarksGroup& group) const
{
    CaseFilter f = common;
    f.firstVisitFrom = bounds.first();
    f.firstVisitTo = bounds.last();
    switch (by) {
    case By::Month:
        f.firstVisitFrom = bounds.at(group.key);
        f.firstVisitTo = bounds.at(group.key + 1);
        break;
    case By::Technician:
        f.technicianId = group.key;
        break;
    case By::Agency:
        f.agencyId = group.key;
        break;
    }
    return f;
}

VisitMarksResult VisitMarksQuery::run(const StatsFilter& filter) const
{
    VisitMarksResult result;
    result.common = filter.common();
    const MonthBuckets months(filter.from, filter.to, m_zone);
    for (int i = 0; i < months.count(); ++i) {
        result.bounds.append(months.start(i));
        result.byMonth.append(
            {i, QLocale::c().toString(months.month(i), QStringLiteral("yyyy-MM")), 0, 0, 0});
    }
    if (months.count() == 0)
        return result;
    result.bounds.append(months.end());
    // The first visits of the period from their index, each with its case (the filters) and
    // its plan (the technician and agency), grouped by month, technician and agency.
    QVariantList binds;
    const QString bucket = months.sql(QStringLiteral("v.visited_at"), binds);
    binds << months.start().toSecsSinceEpoch() << months.end().toSecsSinceEpoch();
    const StatsWhere where(result.common, QDateTime());
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT ") + bucket
            + QStringLiteral(
                ", p.technician_id, p.agency_id, count(*), count(v.marks), COALESCE(sum(v.marks), 0) "
                "FROM visits v JOIN cases c ON c.id = v.case_id LEFT JOIN plans p ON p.case_id = v.case_id "
                "WHERE v.visited_at >= ? AND v.visited_at < ? AND v.kind = 'first'")
            + where.andConditions() + QStringLiteral(" GROUP BY 1, 2, 3"),
        binds + where.binds);
    QHash<qint64, MarksGroup> technicians;
    QHash<qint64, MarksGroup> agencies;
    while (q.next()) {
        const qint64 visits = q.value(3).toLongLong();
        const qint64 marked = q.value(4).toLongLong();
        const qint64 sum = q.value(5).toLongLong();
        result.byMonth[q.value(0).toInt()].add(visits, marked, sum);
        result.all.add(visits, marked, sum);
        if (!q.value(1).isNull()) {
            MarksGroup& t = technicians[q.value(1).toLongLong()];
            t.key = q.value(1).toLongLong();
            t.add(visits, marked, sum);
        }
        if (!q.value(2).isNull()) {
            MarksGroup& a = agencies[q.value(2).toLongLong()];
            a.key = q.value(2).toLongLong();
            a.add(visits, marked, sum);
        }
    }
    const StatsNames names(m_db, m_chinese);
    const auto named = [](QHash<qint64, MarksGroup>& groups, const QHash<qint64, QString>& labels) {
        QList<MarksGroup> list;
        for (MarksGroup& g : groups) {
            g.label = labels.value(g.key, QString::number(g.key));
            list.append(g);
        }
        std::sort(list.begin(), list.end(), [](const MarksGroup& a, const MarksGroup& b) {
            return a.label.localeAwareCompare(b.label) < 0;
        });
        return list;
    };
    result.byTechnician = named(technicians, names.all(StatsNames::List::Technicians));
    result.byAgency = named(agencies, names.all(StatsNames::List::Agencies));
    return result;
}
