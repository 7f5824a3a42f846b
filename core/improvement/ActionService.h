#pragma once

#include "Clock.h"
#include "domain/User.h"
#include "improvement/Improvement.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// R12 corrective and preventive actions. Raised by the Quality Department from a case, a
// tracing, a survey finding or by hand, each with the gapless number of its rectification
// notice (RN-YYYY-NNNNN). The notice is circulated at the quality management meeting, the
// technical coordination meeting and the joint production meeting, each recorded once with its
// day and who signed it off there; the owner unit reports the action done; Quality checks its
// effectiveness (not effective: it goes back to the owner) and closes it once it was checked
// effective and circulated at the three meetings. Every change is audited; a save on an older
// version than the stored one is refused with who changed it.
class ActionService
{
    Q_DECLARE_TR_FUNCTIONS(ActionService)
public:
    ActionService(QSqlDatabase db, const Clock& clock);

    CorrectiveAction load(qint64 actionId) const;
    qint64 idOfNumber(const QString& number) const; // throws UserError when there is none
    QList<CorrectiveAction> ofCase(qint64 caseId) const;

    // Returns the new action's id; its number is in load(id).number. Inside a caller's
    // transaction it writes in a savepoint of it.
    qint64 raise(const User& user, const NewAction& action);
    void recordCirculation(const User& user, qint64 actionId, int version, Meeting meeting,
                           const QDate& metOn, const QString& signedOffBy);
    void reportDone(const User& user, qint64 actionId, int version, const QString& note);
    void checkEffectiveness(const User& user, qint64 actionId, int version, bool effective,
                            const QString& note);
    void close(const User& user, qint64 actionId, int version);

private:
    CorrectiveAction loadFor(qint64 actionId, int version) const;
    void write(const User& user, qint64 actionId, const QList<QPair<QString, QVariant>>& fields) const;
    QSqlDatabase m_db;
    const Clock& m_clock;
};
