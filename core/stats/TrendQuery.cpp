#include "stats/TrendQuery.h"

#include "db/Sql.h"
#include "stats/MonthBuckets.h"
#include "stats/StatsWhere.h"

TrendQuery::TrendQuery(QSqlDatabase db, const QTimeZone& zone)
    : m_db(std::move(db))
    , m_zone(zone)
{
}

bool TrendResult::isEmpty() const
{
    for (const TrendMonth& m : months)
        if (m.received || m.closed || m.openAtEnd || m.receivedYearBefore || m.closedYearBefore
            || m.openAtEndYearBefore)
            return false;
    return true;
}

CaseFilter TrendResult::filterFor(int month, Figure figure, bool yearBefore) const
{
    const QList<QDateTime>& b = yearBefore ? boundsYearBefore : bounds;
    CaseFilter f = common;
    switch (figure) {
    case Figure::Received:
        f.receivedFrom = b.at(month);
        f.receivedTo = b.at(month + 1);
        break;
    case Figure::Closed:
        f.closedFrom = b.at(month);
        f.closedTo = b.at(month + 1);
        break;
    case Figure::Open:
        f.openAt = b.at(month + 1);
        break;
    }
    return f;
}

TrendQuery::Series TrendQuery::series(const CaseFilter& common, const MonthBuckets& months) const
{
    Series s;
    const int n = months.count();
    s.received.fill(0, n);
    s.closed.fill(0, n);
    // Received and closed in each month: one range of an index each, grouped by month.
    for (const bool closing : {false, true}) {
        CaseFilter f = common;
        (closing ? f.closedFrom : f.receivedFrom) = months.start();
        (closing ? f.closedTo : f.receivedTo) = months.end();
        const StatsWhere where(f, QDateTime());
        QVariantList binds;
        const QString bucket
            = months.sql(closing ? QStringLiteral("c.closed_at") : QStringLiteral("c.received_at"), binds);
        QSqlQuery q = Sql::exec(m_db,
                                QStringLiteral("SELECT ") + bucket + QStringLiteral(", count(*) FROM cases c")
                                    + where.sql + QStringLiteral(" GROUP BY 1"),
                                binds + where.binds);
        while (q.next())
            (closing ? s.closed : s.received)[q.value(0).toInt()] = q.value(1).toLongLong();
    }
    // Open at the end of each month: those open when the period starts, plus what came in, less
    // what was closed since (a case is closed after it was received).
    CaseFilter atStart = common;
    atStart.openAt = months.start();
    const StatsWhere where(atStart, QDateTime());
    qint64 open = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cases c") + where.sql, where.binds)
                      .toLongLong();
    for (int i = 0; i < n; ++i) {
        open += s.received.at(i) - s.closed.at(i);
        s.open.append(open);
    }
    return s;
}

TrendResult TrendQuery::run(const StatsFilter& filter) const
{
    TrendResult result;
    result.common = filter.common();
    const MonthBuckets months(filter.from, filter.to, m_zone);
    const MonthBuckets before = months.yearBefore();
    for (int i = 0; i <= months.count() && months.count() > 0; ++i) {
        result.bounds.append(i < months.count() ? months.start(i) : months.end());
        result.boundsYearBefore.append(i < before.count() ? before.start(i) : before.end());
    }
    const Series now = series(result.common, months);
    const Series then = series(result.common, before);
    for (int i = 0; i < months.count(); ++i) {
        TrendMonth m;
        m.month = months.month(i);
        m.received = now.received.at(i);
        m.closed = now.closed.at(i);
        m.openAtEnd = now.open.at(i);
        if (i < before.count()) {
            m.receivedYearBefore = then.received.at(i);
            m.closedYearBefore = then.closed.at(i);
            m.openAtEndYearBefore = then.open.at(i);
        }
        result.months.append(m);
    }
    return result;
}
