#include "loops/RoundQuery.h"

#include "db/RecordWriter.h"
#include "db/Sql.h"

RoundQuery::RoundQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<RoundSummary> RoundQuery::page(const RoundFilter& filter, qint64 afterId, int limit) const
{
    // The counts come from the round's own visits (customer_visits_by_round); a filed round has
    // no visit left outside 'filed'.
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList binds;
    if (afterId > 0) {
        where += QStringLiteral(" AND r.id < ?");
        binds << afterId;
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND r.planned_to >= ?");
        binds << RecordWriter::storable(filter.from);
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND r.planned_from <= ?");
        binds << RecordWriter::storable(filter.to);
    }
    const QString unfiled = QStringLiteral(
        "EXISTS (SELECT 1 FROM customer_visits u WHERE u.round_id = r.id AND u.status <> 'filed')");
    if (filter.show == RoundFilter::Show::Open)
        where += QStringLiteral(" AND ") + unfiled;
    else if (filter.show == RoundFilter::Show::Filed)
        where += QStringLiteral(" AND NOT ") + unfiled;
    binds << limit;
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT r.id, r.number, r.purpose, r.planned_from, r.planned_to, "
            "coalesce(o.display_name, ''), r.created_at, "
            "(SELECT count(*) FROM customer_visits v WHERE v.round_id = r.id), "
            "(SELECT count(*) FROM customer_visits v WHERE v.round_id = r.id "
            "AND v.status IN ('recorded', 'sent', 'filed')), "
            "(SELECT count(*) FROM customer_visits v WHERE v.round_id = r.id AND v.status = 'filed') "
            "FROM visit_rounds r LEFT JOIN users o ON o.id = r.organised_by ")
            + where + QStringLiteral(" ORDER BY r.id DESC LIMIT ?"),
        binds);
    QList<RoundSummary> list;
    while (q.next()) {
        RoundSummary r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.purpose = q.value(2).toString();
        r.from = RecordWriter::storedDate(q.value(3));
        r.to = RecordWriter::storedDate(q.value(4));
        r.organiser = q.value(5).toString();
        r.createdAt = Sql::toTime(q.value(6));
        r.visits = q.value(7).toInt();
        r.visited = q.value(8).toInt();
        r.filed = q.value(9).toInt();
        list.append(r);
    }
    return list;
}

qint64 RoundQuery::idOfNumber(const QString& number) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT id FROM visit_rounds WHERE number = ?"),
                       {number.trimmed()})
        .toLongLong();
}
