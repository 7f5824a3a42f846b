#pragma once

#include "Clock.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The link from the survey's improvement opportunities (R18) to the corrective actions of the
// improvement loop (R12, issue 14: core/improvement).
//
// A finding is stored with its corrective action requested (survey_findings.action_status
// 'requested'): what, the owner unit, the due day. raise() is the one place that hands it to the
// improvement loop: ActionService::raise with the request, returning the action's number, which
// the caller stores with markRaised(); raiseRequested() raises every finding still waiting
// (those recorded before the two were joined).
struct ImprovementRequest
{
    qint64 findingId = 0;
    int surveyYear = 0;
    QString surveyNumber; // SV-2026: the source of the action
    QString finding; // what is to be improved
    qint64 ownerUnitId = 0;
    QString ownerUnit;
    QDate dueOn;
};

class ImprovementLink
{
    Q_DECLARE_TR_FUNCTIONS(ImprovementLink)
public:
    ImprovementLink(QSqlDatabase db, const Clock& clock);

    // The findings whose corrective action is requested and not raised yet, oldest first.
    QList<ImprovementRequest> requested() const;
    ImprovementRequest request(qint64 findingId) const;
    // Raises the corrective action of a request inside the caller's transaction; returns the
    // action's number.
    QString raise(const User& user, const ImprovementRequest& request) const;
    // Stores the number of the action raised for a finding (audited); the finding shows "raised".
    void markRaised(const User& user, qint64 findingId, const QString& actionNumber) const;
    // raise() and markRaised() for every finding still requested; returns how many were raised.
    int raiseRequested(const User& user) const;

private:
    QList<ImprovementRequest> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
    const Clock& m_clock;
};
