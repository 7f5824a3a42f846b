#pragma once

#include <QDateTime>
#include <QString>

// One deadline of a case: who owes what, by when, and whether it was met.
struct DeadlineClock
{
    enum class Kind
    {
        Disposal,
        SendToQuality,
        Processing,
        UnitReply,
        Arrival,
        FirstVisit,
        SecondVisit,
        FollowUp
    };

    Kind kind = Kind::Processing;
    QString ownerCode; // "sales", "quality", "technician" or "unit:<id>"
    QString owner; // for people: "Sales", "Quality", "R&D" ...
    QString what; // "Give the disposal suggestion" ...
    QDateTime dueAt;
    QDateTime doneAt;
    qint64 ownerId = 0; // the unit's or the technician's id (0 for Sales and Quality)
    qint64 recordId = 0; // the case_units or follow_ups row of a unit's reply or a follow-up

    bool isOpen() const { return !doneAt.isValid(); }
    bool isOverdue(const QDateTime& now) const { return isOpen() && dueAt.isValid() && dueAt < now; }
    bool wasLate() const { return doneAt.isValid() && dueAt.isValid() && doneAt > dueAt; }
};

// The answer to "what is due next on this case": the earliest open deadline or, when no
// deadline runs, the next step of the flow with its owner and no date.
struct NextDue
{
    QString code; // stable code of the step ("send", "analyse", "first_visit" ...), stored in the lists
    QString ownerCode;
    QString owner;
    QString what;
    QDateTime dueAt;
    bool overdue = false;
    bool isNone() const { return what.isEmpty(); }
};
