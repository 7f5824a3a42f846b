#include "cases/CaseListQuery.h"

#include "db/Sql.h"
#include "search/SearchText.h"

CaseListQuery::CaseListQuery(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QString CaseListQuery::whereClause(const CaseFilter& f, QVariantList& binds, bool& usesSearch) const
{
    QStringList where;
    usesSearch = false;
    const QString match = SearchText::matchExpression(f.search);
    if (!match.isEmpty()) {
        usesSearch = true;
        where.append(QStringLiteral("s.body MATCH ?"));
        binds.append(match);
    }
    if (!f.status.isEmpty()) {
        where.append(QStringLiteral("c.status = ?"));
        binds.append(f.status);
    }
    if (f.openOnly)
        where.append(QStringLiteral("c.status <> 'closed'"));
    if (f.gradeId > 0) {
        where.append(QStringLiteral("c.grade_id = ?"));
        binds.append(f.gradeId);
    }
    if (f.customerId > 0) {
        where.append(QStringLiteral("c.customer_id = ?"));
        binds.append(f.customerId);
    }
    if (f.modelId > 0) {
        where.append(QStringLiteral("c.model_id = ?"));
        binds.append(f.modelId);
    }
    if (f.unitId > 0) {
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM case_units x WHERE x.case_id = c.id AND x.unit_id = ?)"));
        binds.append(f.unitId);
    }
    if (f.technicianId > 0) {
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM plans p WHERE p.case_id = c.id AND p.technician_id = ?)"));
        binds.append(f.technicianId);
    }
    if (f.receivedFrom.isValid()) {
        where.append(QStringLiteral("c.received_at >= ?"));
        binds.append(f.receivedFrom.toSecsSinceEpoch());
    }
    if (f.receivedTo.isValid()) {
        where.append(QStringLiteral("c.received_at < ?"));
        binds.append(f.receivedTo.toSecsSinceEpoch());
    }
    if (f.keyCustomersOnly)
        where.append(QStringLiteral("cu.key_customer = 1"));
    if (f.overdueOnly) {
        where.append(QStringLiteral("c.next_due_at < ?"));
        binds.append(m_clock.now().toSecsSinceEpoch());
    }
    if (!f.ownerCode.isEmpty()) {
        where.append(QStringLiteral("c.next_owner = ?"));
        binds.append(f.ownerCode);
    }
    return where.isEmpty() ? QString() : where.join(QStringLiteral(" AND "));
}

QList<CaseListRow> CaseListQuery::page(const CaseFilter& filter, qint64 beforeId, int limit) const
{
    QVariantList binds;
    bool usesSearch = false;
    QString where = whereClause(filter, binds, usesSearch);
    if (beforeId > 0) {
        where += (where.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("c.id < ?");
        binds.append(beforeId);
    }
    binds.append(limit);
    const QString from = usesSearch ? QStringLiteral("case_search s JOIN cases c ON c.id = s.rowid ")
                                    : QStringLiteral("cases c ");
    const QString sql = QStringLiteral("SELECT c.id, c.number, c.status, c.received_at, cu.name, cu.key_customer, "
                                       "m.code, c.serial_no, g.code, c.symptom, c.next_due_kind, c.next_owner, "
                                       "c.next_due_at FROM ")
        + from
        + QStringLiteral("JOIN customers cu ON cu.id = c.customer_id LEFT JOIN product_models m ON m.id = c.model_id "
                         "LEFT JOIN grades g ON g.id = c.grade_id ")
        + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where)
        + (usesSearch ? QStringLiteral(" ORDER BY s.rowid DESC LIMIT ?") : QStringLiteral(" ORDER BY c.id DESC LIMIT ?"));
    QSqlQuery q = Sql::exec(m_db, sql, binds);
    QList<CaseListRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), Sql::toTime(q.value(3)),
                     q.value(4).toString(), q.value(5).toBool(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString(), q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                     Sql::toTime(q.value(12))});
    return rows;
}

qint64 CaseListQuery::count(const CaseFilter& filter) const
{
    QVariantList binds;
    bool usesSearch = false;
    const QString where = whereClause(filter, binds, usesSearch);
    const bool needsCustomer = filter.keyCustomersOnly;
    const QString sql = QStringLiteral("SELECT count(*) FROM ")
        + (usesSearch ? QStringLiteral("case_search s JOIN cases c ON c.id = s.rowid ") : QStringLiteral("cases c "))
        + (needsCustomer ? QStringLiteral("JOIN customers cu ON cu.id = c.customer_id ") : QString())
        + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where);
    return Sql::scalar(m_db, sql, binds).toLongLong();
}
