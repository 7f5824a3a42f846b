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
    // The improvement loop (issue 14): stepCode "action" (task: the notice's number and what) or
    // "8d_step" (task: the tracing's number, step: 0..8); ownerKind "unit" or "person".
    int step = -1;
};

// Every open duty whose own deadline has passed, one line each (a case owing two things late
// has two lines), the longest overdue first, from case_duties as the workflow keeps it; with
// them the corrective actions and 8D steps past their due day (due by its end in the company's
// zone, as My work says).
class OverdueQuery
{
public:
    explicit OverdueQuery(QSqlDatabase db);
    QList<OverdueRow> rows(const QDateTime& now) const;

private:
    QList<OverdueRow> improvement(const QDateTime& now) const;
    QSqlDatabase m_db;
};
