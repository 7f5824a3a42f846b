#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

// One overdue duty: what a case owes, who owes it, since when.
struct OverdueRow
{
    QString caseNumber;
    QString customer;
    QString product;
    QString stepCode; // the duty's kind: "first_visit", "unit_reply", "arrival" ...
    QString ownerCode; // "sales", "quality", "technician:<id>", "unit:<id>"
    qint64 ownerUnitId = 0;
    QString ownerUnitName;
    QDateTime dueAt;
    QString ownerKind; // "sales", "quality", "technician", "unit"
    QString ownerName; // the unit's (English) name, the technician's, or the person of Sales or Quality
    QString task; // a follow-up's problem to settle, else empty
};

// Every open duty whose own deadline has passed, one line each (a case owing two things late
// has two lines), the longest overdue first, from case_duties as the workflow keeps it.
class OverdueQuery
{
public:
    explicit OverdueQuery(QSqlDatabase db);
    QList<OverdueRow> rows(const QDateTime& now) const;

private:
    QSqlDatabase m_db;
};
