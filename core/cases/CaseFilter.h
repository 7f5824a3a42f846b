#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// What the statistics group cases by (issue 13), and what a bar of a Pareto stands for.
enum class CaseCut
{
    None,
    Defect, // defect category
    Cause, // defect cause
    Model, // product model
    Line, // product line (the model's)
    Customer,
    Unit // responsible unit (a case with two units is in both)
};

// How a deadline of a case turned out, for the cases behind an on-time share.
enum class ClockOutcome
{
    Any,
    OnTime, // met by its due time
    Late, // met after its due time
    Overdue, // not met, and due before the moment of counting
    Missed, // late or overdue
    Counted, // on time, late or overdue (not the ones still running)
    Running // not met yet, and not due yet
};

struct CaseFilter
{
    QString status; // a status code, or empty for all
    bool openOnly = false;
    qint64 gradeId = 0;
    qint64 customerId = 0;
    qint64 modelId = 0;
    qint64 unitId = 0;
    qint64 technicianId = 0;
    QDateTime receivedFrom;
    QDateTime receivedTo;
    bool keyCustomersOnly = false;
    bool overdueOnly = false;
    QString ownerCode; // next owner ("sales", "quality", "unit:3" ...)
    QString search; // words as a person types them

    // The statistics (issue 13): what one bar of a chart stands for, so that a click on it
    // lists exactly the cases it counts.
    qint64 productLineId = 0; // product_lines.id
    qint64 agencyId = 0; // the service agency of the plan
    CaseCut cut = CaseCut::None;
    QList<qint64> cutValues; // the cut's value is one of these
    bool cutOther = false; // ... or, for "Other", has a value and none of these
    QDateTime closedFrom; // closed in [closedFrom, closedTo)
    QDateTime closedTo;
    QDateTime openAt; // received before this moment and not closed by then
    QString clockKind; // a deadline (DeadlineCalculator::kindCode) ...
    qint64 clockUnitId = 0; // ... of this unit (a unit's reply) ...
    ClockOutcome clockOutcome = ClockOutcome::Any; // ... that turned out so ...
    QDateTime clockNow; // ... counted at this moment (what is overdue); default: the clock's now
    QDateTime firstVisitFrom; // the first return visit made in [firstVisitFrom, firstVisitTo)
    QDateTime firstVisitTo;
};
