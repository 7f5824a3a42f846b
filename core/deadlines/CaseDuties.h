#pragma once

#include "deadlines/CaseDuty.h"
#include "deadlines/DeadlineCalculator.h"
#include "domain/QualityCase.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>

// What a case owes and who owes each part of it (issue 12), from the case's records and the
// company's rules: every deadline of DeadlineCalculator with its own owner and due time (each
// responsible unit by the deadline the analysis gave it), and the next step of the flow when no
// deadline times it (Quality's recording, analysis, sheet and closing). A closed case owes
// nothing. The workflow stores them with every save (DutyStore); queues and lists read them.
class CaseDuties
{
    Q_DECLARE_TR_FUNCTIONS(CaseDuties)
public:
    static QList<CaseDuty> of(const QualityCase& c, const DeadlineCalculator& deadlines);
    // The open duties of these that are the user's own: the technician's arrivals, the unit's
    // replies and follow-ups, Sales' and Quality's steps.
    static QList<CaseDuty> mine(const QList<CaseDuty>& duties, const User& user);
    static bool isMine(const CaseDuty& duty, const User& user);

    // What is owed, in the words of a queue beside its due time: "Reply by", "Arrive on site by";
    // a step with no deadline in plain words: "Record the case".
    static QString text(const QString& kind);
    // Who owes it: "Sales", "Quality", or the name given (a unit, a technician). A person of
    // Sales or Quality who is known (the clerk who logged the case) is named after the department.
    static QString ownerText(const QString& ownerKind, const QString& name);
};
