#pragma once

#include <QDateTime>
#include <QString>

// One thing a case owes, owed by one person or unit, by its own deadline (issue 12): Sales'
// disposal suggestion, each responsible unit's reply by the deadline the analysis gave that
// unit, the technician's arrival, technical support's follow-up, Quality's next step ... The
// queues, the overdue list and the navigation counts read them from case_duties, one row each.
struct CaseDuty
{
    // A clock's code ("disposal", "send", "unit_reply", "arrival", "first_visit", "second_visit",
    // "follow_up"; the processing deadline is "processing", "plan" or "implement" by what Sales
    // owes next) or a step of the flow that no clock times ("record", "analyse", "issue_sheet",
    // "resupply_follow_up", "close").
    QString kind;
    QString ownerKind; // "sales", "quality", "technician" or "unit"
    qint64 ownerId = 0; // the technician's or the unit's id; 0 for Sales and Quality
    qint64 recordId = 0; // the case_units or follow_ups row it belongs to, else 0
    QDateTime dueAt; // invalid: a step with no deadline
    QDateTime doneAt; // invalid: still owed

    bool isOpen() const { return !doneAt.isValid(); }
    bool isOverdue(const QDateTime& now) const { return isOpen() && dueAt.isValid() && dueAt < now; }
    // "unit:4", "technician:2", "sales", "quality": the owner in one word.
    QString ownerCode() const
    {
        return ownerId > 0 ? ownerKind + u':' + QString::number(ownerId) : ownerKind;
    }
};
