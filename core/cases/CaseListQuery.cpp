#include "cases/CaseListQuery.h"

#include "cases/CaseFilterSql.h"
#include "db/BulkStatement.h"
#include "db/Dialect.h"
#include "db/Sql.h"
#include "search/SearchMatch.h"

CaseListQuery::CaseListQuery(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QString CaseListQuery::whereClause(const CaseFilter& f, QVariantList& binds, bool& usesSearch) const
{
    QStringList where;
    usesSearch = false;
    const SearchMatch match = SearchMatch::of(m_db, f.search);
    if (!match.isEmpty()) {
        usesSearch = true;
        where.append(match.condition);
        binds.append(match.value);
    }
    where += CaseFilterSql::conditions(f, binds, m_clock.now());
    return where.isEmpty() ? QString() : where.join(QStringLiteral(" AND "));
}

QList<CaseListRow> CaseListQuery::page(const CaseFilter& filter, qint64 beforeId, int limit) const
{
    QVariantList binds;
    bool usesSearch = false;
    QString where = whereClause(filter, binds, usesSearch);
    if (filter.overdueOnly && filter.gradeId > 0 && !usesSearch) {
        // Newest first, the grade's cases are walked down cases_by_grade_id_due and the due time
        // is read from the index: 200 overdue ones are found at once. Left to itself SQLite
        // takes every overdue case of the grade by due time and sorts them (100 ms at 1M cases).
        // The server's planner finds that plan itself (the plus would hide the index from it).
        where.replace(QStringLiteral("c.next_due_at < ?"),
                      Dialect::notIndexed(m_db, QStringLiteral("c.next_due_at")) + QStringLiteral(" < ?"));
    }
    if (beforeId > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("c.id < ?");
        binds.append(beforeId);
    }
    binds.append(limit);
    return read(select(where, usesSearch)
                    + (usesSearch
                           ? QStringLiteral(" ORDER BY s.%1 DESC LIMIT ?").arg(Dialect::searchKey(m_db))
                           : QStringLiteral(" ORDER BY c.id DESC LIMIT ?")),
                binds);
}

QList<CaseListRow> CaseListQuery::matching(const CaseFilter& filter, const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    QVariantList binds;
    bool usesSearch = false;
    QString where = whereClause(filter, binds, usesSearch);
    QStringList marks;
    for (qint64 id : ids) {
        marks.append(QStringLiteral("?"));
        binds.append(id);
    }
    where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("c.id IN (")
        + marks.join(u',') + u')';
    // In no order: sorted by id, SQLite would walk every match of a search to find these few.
    return read(select(where, usesSearch), binds);
}

QString CaseListQuery::searchFrom() const
{
    return QStringLiteral("case_search s JOIN cases c ON c.id = s.%1 ").arg(Dialect::searchKey(m_db));
}

QString CaseListQuery::select(const QString& where, bool usesSearch) const
{
    const QString from = usesSearch ? searchFrom() : QStringLiteral("cases c ");
    return QStringLiteral("SELECT c.id, c.number, c.status, c.received_at, cu.name, cu.key_customer, "
                          "m.code, c.serial_no, g.code, c.symptom, c.next_due_kind, c.next_owner, "
                          "c.next_due_at FROM ")
        + from
        + QStringLiteral(
               "JOIN customers cu ON cu.id = c.customer_id LEFT JOIN product_models m ON m.id = c.model_id "
               "LEFT JOIN grades g ON g.id = c.grade_id ")
        + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where);
}

QList<CaseListRow> CaseListQuery::rowsByIds(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    QVariantList binds;
    for (qint64 id : ids) {
        marks.append(QStringLiteral("?"));
        binds.append(id);
    }
    const QString sql
        = QStringLiteral(
              "SELECT c.id, c.number, c.status, c.received_at, cu.name, cu.key_customer, "
              "m.code, c.serial_no, g.code, c.symptom, c.next_due_kind, c.next_owner, "
              "c.next_due_at FROM cases c JOIN customers cu ON cu.id = c.customer_id "
              "LEFT JOIN product_models m ON m.id = c.model_id LEFT JOIN grades g ON g.id = c.grade_id "
              "WHERE c.id IN (")
        + marks.join(u',') + QStringLiteral(") ORDER BY c.id DESC");
    return read(sql, binds);
}

QList<CaseListRow> CaseListQuery::read(const QString& sql, const QVariantList& binds) const
{
    QList<CaseListRow> rows;
    if (sqlite3* handle = Sql::handle(m_db)) {
        // The hot path of the window: straight through the C API, no QVariant per value.
        BulkStatement q(handle, sql.toUtf8().constData());
        for (int i = 0; i < binds.size(); ++i)
            q.bind(i + 1, binds.at(i));
        const auto time = [&q](int column) {
            return q.isNull(column) ? QDateTime()
                                    : QDateTime::fromSecsSinceEpoch(q.int64Value(column), Qt::UTC);
        };
        while (q.next())
            rows.append({q.int64Value(0), q.textValue(1), q.textValue(2), time(3), q.textValue(4),
                         q.int64Value(5) != 0, q.textValue(6), q.textValue(7), q.textValue(8), q.textValue(9),
                         q.textValue(10), q.textValue(11), time(12), false, QString()});
        return rows;
    }
    QSqlQuery q = Sql::exec(m_db, sql, binds);
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     Sql::toTime(q.value(3)), q.value(4).toString(), q.value(5).toBool(),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                     q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                     Sql::toTime(q.value(12)), false, QString()});
    return rows;
}

qint64 CaseListQuery::count(const CaseFilter& filter) const
{
    QVariantList binds;
    bool usesSearch = false;
    const QString where = whereClause(filter, binds, usesSearch);
    if (where.isEmpty()) {
        // All cases: the number kept by migration 032's triggers, not a walk over every case.
        BulkStatement& kept
            = Sql::prepared(m_db, QStringLiteral("SELECT total FROM case_count WHERE id = 1"));
        if (kept.next()) {
            const qint64 total = kept.int64Value(0);
            kept.reset();
            return total;
        }
    }
    const QString sql = QStringLiteral("SELECT count(*) FROM ")
        + (usesSearch ? searchFrom() : QStringLiteral("cases c "))
        + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where);
    return Sql::scalar(m_db, sql, binds).toLongLong();
}
