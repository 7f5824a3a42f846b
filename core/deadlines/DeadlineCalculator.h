#pragma once

#include "deadlines/DeadlineClock.h"
#include "deadlines/DeadlineRules.h"
#include "domain/QualityCase.h"

#include <QCoreApplication>
#include <QList>

// Computes every deadline of a case from its records and the company's rules.
class DeadlineCalculator
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalculator)
public:
    explicit DeadlineCalculator(DeadlineRules rules);

    QList<DeadlineClock> clocks(const QualityCase& c) const;
    NextDue nextDue(const QualityCase& c, const QDateTime& now) const;

    // The individual rules, also used to fill in defaults on the forms.
    QDateTime disposalDue(const QDateTime& receivedAt) const;
    QDateTime sendToQualityDue(const QDateTime& loggedAt) const;
    QDateTime returnVisitDue(const QDateTime& serviceDoneAt, int days) const;
    QDateTime firstVisitDue(const QDateTime& serviceDoneAt) const;
    QDateTime secondVisitDue(const QDateTime& serviceDoneAt) const;
    QDateTime followUpDue(const QDateTime& transferredAt) const;
    const DeadlineRules& rules() const { return m_rules; }
    const WorkingCalendar& calendar() const { return m_calendar; }

    static QString ownerName(const QString& ownerCode, const QString& unitName = {});
    // The stable code of a clock and the words for a step code, in the reader's language.
    static QString kindCode(DeadlineClock::Kind kind);
    static QString stepText(const QString& code);
    // The next step of the flow from the state alone, with its owner and no date.
    NextDue nextStep(const QualityCase& c) const;

private:
    QDateTime implementationDone(const QualityCase& c) const;
    DeadlineRules m_rules;
    WorkingCalendar m_calendar;
};
