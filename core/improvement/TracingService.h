#pragma once

#include "Clock.h"
#include "domain/User.h"
#include "improvement/Improvement.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// R11 tracing a key customer's or a major problem in the 8D form. A case graded major (a grade
// marked traced) or of a key customer gets its tracing when it is analysed (openIfRequired, in
// the workflow's transaction); any other case on request. Each step D0..D8 has an owner, a due
// day, its text and a sign-off; the steps are signed off in order, D4-D6 only once verified,
// and signing D8 closes the tracing. Every change is audited; a save on an older version of a
// step than the stored one is refused with who changed it.
class TracingService
{
    Q_DECLARE_TR_FUNCTIONS(TracingService)
public:
    TracingService(QSqlDatabase db, const Clock& clock);

    std::optional<Tracing> ofCase(qint64 caseId) const;
    Tracing load(qint64 tracingId) const;
    qint64 idOfNumber(const QString& number) const; // throws UserError when there is none
    // Why this case is traced without asking (key customer, major grade), or nothing.
    std::optional<TracingReason> requiredReason(qint64 caseId) const;

    // Opens the tracing of a case on request; returns its id.
    qint64 open(const User& user, qint64 caseId, const QString& note);
    // Opens the tracing when the case requires one and has none; 0 when not. Inside the
    // caller's transaction, no role check (the caller's step was checked).
    qint64 openIfRequired(const User& user, qint64 caseId);

    // The owner (a unit, or a person when ownerUserId > 0) and the due day of a step.
    void planStep(const User& user, qint64 stepId, int version, qint64 ownerUnitId, qint64 ownerUserId,
                  const QDate& dueOn);
    // The step's text and whether it was verified; signOff also signs the step off.
    void saveStep(const User& user, qint64 stepId, int version, const QString& text, bool verified,
                  bool signOff);

private:
    TracingStep step(qint64 stepId, qint64* tracingId = nullptr) const;
    qint64 create(const User& user, qint64 caseId, TracingReason reason, const QString& note);
    QSqlDatabase m_db;
    const Clock& m_clock;
};
