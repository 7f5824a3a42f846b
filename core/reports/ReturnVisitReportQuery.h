#pragma once

#include "deadlines/DeadlineCalculator.h"
#include "domain/QualityCase.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

// One return visit as the managers' period report lists it.
struct VisitReportRow
{
    QString caseNumber;
    VisitKind kind = VisitKind::First;
    QDateTime visitedAt;
    QString visitedBy;
    QString customer;
    QString productCode;
    QString productName;
    QString technician;
    int marks = -1; // -1 when not asked
    QString problems; // requirements not confirmed, remarks, feedback, follow-ups
    QDateTime dueAt; // invalid when the visit has no deadline (resupply follow-up)
    bool hasDue() const { return dueAt.isValid(); }
    bool onTime() const { return hasDue() && visitedAt <= dueAt; }
};

// Reads every return visit made in a period, with what the report needs of its case. The
// deadline of each visit is computed by core's DeadlineCalculator from the on-site service.
class ReturnVisitReportQuery
{
public:
    ReturnVisitReportQuery(QSqlDatabase db, const DeadlineCalculator& deadlines);
    // Visits made from the start of "from" to the end of "to", in the company's time zone.
    QList<VisitReportRow> visits(const QDate& from, const QDate& to) const;

private:
    QSqlDatabase m_db;
    const DeadlineCalculator& m_deadlines;
};
