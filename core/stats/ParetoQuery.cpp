#include "stats/ParetoQuery.h"

#include "costs/LabourRate.h"
#include "db/Dialect.h"
#include "db/Sql.h"
#include "stats/StatsNames.h"
#include "stats/StatsWhere.h"

#include <QHash>

ParetoQuery::ParetoQuery(QSqlDatabase db, const QTimeZone& zone, const DocumentLanguage& language)
    : m_db(std::move(db))
    , m_zone(zone)
    , m_language(language)
{
}

QString ParetoQuery::tr(const char* source) const
{
    return m_language.translate("ParetoQuery", source);
}

CaseFilter ParetoResult::filterFor(const ParetoRow& row) const
{
    CaseFilter f = base;
    f.cut = cut;
    f.cutValues = row.keys;
    f.cutOther = row.other;
    return f;
}

ParetoResult ParetoQuery::run(const StatsFilter& filter, CaseCut cut, ParetoOptions options) const
{
    ParetoResult result;
    result.cut = cut;
    result.base = filter.received(m_zone);
    options.labourRate = LabourRate(m_db).load();
    const StatsWhere where(result.base, QDateTime());
    const bool byUnit = cut == CaseCut::Unit;
    // The period's cases from the stats index by the day received: else SQLite walks the index of
    // the cut's column (cases_by_customer, by model...) over every case of every year, to save
    // the sort of GROUP BY, and reads each case's row for its day (1,000,000 rows at ten years).
    const QString from = byUnit
        ? QString(QStringLiteral(" FROM cases c") + Dialect::indexedBy(m_db, "cases_for_stats")
                  + QStringLiteral(" JOIN case_units x ON x.case_id = c.id"))
        : QString(QStringLiteral(" FROM cases c") + Dialect::indexedBy(m_db, "cases_for_stats"));
    const QString key = CaseFilterSql::cutColumn(cut);

    QHash<qint64, ParetoItem> items;
    // Each query in its own scope, read to its end and gone before the next is sent: on a server
    // a forward-only result arrives row by row, and the first query's end (Qt's driver deallocates
    // its prepared statement then) would discard the second one's rows ("Query results lost").
    {
        QSqlQuery q = Sql::exec(m_db,
                                QStringLiteral("SELECT ") + key + QStringLiteral(", count(*)") + from
                                    + where.sql + QStringLiteral(" GROUP BY 1"),
                                where.binds);
        while (q.next()) {
            const qint64 count = q.value(1).toLongLong();
            if (!byUnit)
                result.cases += count;
            if (q.value(0).isNull()) {
                result.leftOut += count;
                continue;
            }
            ParetoItem& item = items[q.value(0).toLongLong()];
            item.key = q.value(0).toLongLong();
            item.count += count;
        }
    }
    {
        QSqlQuery q
            = Sql::exec(m_db,
                        QStringLiteral("SELECT ") + key
                            + QStringLiteral(", sum(k.parts_cost), sum(k.labour_hours), sum(k.travel_cost), "
                                             "sum(k.replacement_cost)")
                            + from + QStringLiteral(" JOIN case_costs k ON k.case_id = c.id") + where.sql
                            + QStringLiteral(" GROUP BY 1"),
                        where.binds);
        while (q.next()) {
            if (q.value(0).isNull() || !items.contains(q.value(0).toLongLong()))
                continue;
            CostTotals& cost = items[q.value(0).toLongLong()].cost;
            cost.add({q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toLongLong(),
                      q.value(4).toLongLong()});
        }
    }
    if (byUnit) {
        result.cases
            = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM cases c") + where.sql, where.binds)
                  .toLongLong();
        result.leftOut
            = Sql::scalar(m_db,
                          QStringLiteral("SELECT count(*) FROM cases c")
                              + where.plus(QStringLiteral(
                                  "NOT EXISTS (SELECT 1 FROM case_units x WHERE x.case_id = c.id)")),
                          where.binds)
                  .toLongLong();
    }

    const StatsNames names(m_db, m_language.isChinese());
    if (cut == CaseCut::Line) { // counted by model, added up by the model's line
        const QHash<qint64, qint64> lineOf = names.modelLines();
        QHash<qint64, ParetoItem> lines;
        for (const ParetoItem& model : std::as_const(items)) {
            if (!lineOf.contains(model.key)) {
                result.leftOut += model.count;
                continue;
            }
            ParetoItem& line = lines[lineOf.value(model.key)];
            line.key = lineOf.value(model.key);
            line.count += model.count;
            line.cost.add(model.cost);
        }
        items = lines;
    }
    const QHash<qint64, QString> labels = names.all(StatsNames::listOf(cut));
    QList<ParetoItem> list;
    for (ParetoItem& item : items) {
        item.label = labels.value(item.key, QString::number(item.key));
        result.cost.add(item.cost);
        list.append(item);
    }
    if (options.byCost && result.cost.total(options.labourRate) <= 0)
        options.byCost = false;
    // Units are a short list, and a case of two units is in both: "Other" would not be one set of cases.
    if (byUnit)
        options.topN = std::max<int>(options.topN, static_cast<int>(list.size()));
    result.options = options;
    result.rows = Pareto::build(list, options, tr("Other"));
    return result;
}
