#pragma once

#include "deadlines/DeadlineCalculator.h"
#include "domain/QualityCase.h"
#include "reports/VisitSummary.h"

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
    QDate visitedDay; // the day it was made, in the company's time zone
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

// What a second visit in the period transferred to technical support (or another unit): what,
// to whom, by when, and whether it is still open.
struct TransferRow
{
    QString caseNumber;
    QString task;
    qint64 unitId = 0;
    QString unitName;
    QDateTime dueAt;
    QDateTime doneAt; // invalid: still open
};

// A period's figures and its listing, from one pass over its visits.
struct VisitReport
{
    VisitSummary summary;
    QList<VisitReportRow> visits;
};

// Reads the return visits made in a period for the managers' report: the counts and averages
// (summary, aggregated by the database: a year has a hundred thousand visits and more) and the
// listing of every visit with what the report needs of its case. A visit's deadline is the one
// core's DeadlineCalculator gives from the on-site service: the end of the day, in the company's
// time zone, so many days after the day the service finished.
class ReturnVisitReportQuery
{
public:
    ReturnVisitReportQuery(QSqlDatabase db, const DeadlineCalculator& deadlines);
    // Visits made from the start of "from" to the end of "to", in the company's time zone.
    VisitSummary summary(const QDate& from, const QDate& to) const;
    // Every visit, or only those with a problem: a requirement not confirmed, feedback forwarded
    // to Quality, something transferred at the second visit, or made after its deadline.
    enum class Listing
    {
        All,
        WithProblem
    };
    QList<VisitReportRow> visits(const QDate& from, const QDate& to, Listing listing = Listing::All) const;
    // The summary and the listing together (the printed report), counted while the visits are
    // read for the listing: the same figures as summary(), without reading the period twice.
    VisitReport report(const QDate& from, const QDate& to, Listing listing) const;
    // The follow-ups transferred by the second visits made in the period, in the visits' order.
    QList<TransferRow> transfers(const QDate& from, const QDate& to) const;

private:
    QList<VisitReportRow> pass(const QDate& from, const QDate& to, Listing listing,
                               VisitSummary* summary) const;
    // The covering indexes of migrations 023 and 026 (a file opened read-only before its
    // migration has not got them: the same query without).
    bool hasIndex(const char* name) const;
    QSqlDatabase m_db;
    const DeadlineCalculator& m_deadlines;
};
