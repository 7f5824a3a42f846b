#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

struct OverdueRow
{
    QString caseNumber;
    QString customer;
    QString product;
    QString stepCode; // next_due_kind: "first_visit", "unit_reply" ...
    QString ownerCode; // "sales", "quality", "technician", "unit:<id>"
    qint64 ownerUnitId = 0;
    QString ownerUnitName;
    QDateTime dueAt;
};

// Open cases whose next deadline has passed, the longest overdue first, from what the
// workflow service keeps up to date on every case.
class OverdueQuery
{
public:
    explicit OverdueQuery(QSqlDatabase db);
    QList<OverdueRow> rows(const QDateTime& now) const;

private:
    QSqlDatabase m_db;
};
