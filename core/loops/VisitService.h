#pragma once

#include "Clock.h"
#include "domain/User.h"
#include "loops/CustomerVisit.h"
#include "loops/LoopSettings.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

class RecordWriter;

// R15 a manager's visit after a key customer's case and R17 the general manager's rounds of
// return visits. Every operation checks the role (LoopRules), the state of the visit and the
// fields, writes in one durable transaction with its audit entries, and refuses a save built on
// an older version of the visit. Refusals are UserErrors in a clerk's words; wrong fields are
// named in UserError::fieldErrors.
class VisitService
{
    Q_DECLARE_TR_FUNCTIONS(VisitService)
public:
    VisitService(QSqlDatabase db, const Clock& clock);

    // R15: the visit owed after a closed case of a key customer (status Due when nothing was
    // planned yet). Throws UserError for another case.
    CustomerVisit afterCase(qint64 caseId) const;
    // Plans it (version 0: nothing planned when the form opened) or changes the plan (the
    // visit's version). Returns the visit's id.
    qint64 plan(const User& user, qint64 caseId, int version, const VisitPlan& plan);
    // A manager decides no visit is needed, with the reason.
    void waive(const User& user, qint64 caseId, int version, const QString& reason);

    // R17: a round of return visits, one planned visit per customer chosen. Returns the round's id.
    qint64 openRound(const User& user, const RoundData& round);
    // Changes the plan of a round's visit (the day, who leads, who goes).
    void replan(const User& user, qint64 visitId, int version, const VisitPlan& plan);

    // R15, R17: what the customer said.
    void record(const User& user, qint64 visitId, int version, const VisitRecord& record);
    // R17: the record sent to the departments chosen, their receipts, filed once all signed.
    void send(const User& user, qint64 visitId, int version, const QList<qint64>& unitIds);
    void acknowledge(const User& user, qint64 visitId, qint64 unitId);
    void file(const User& user, qint64 visitId, int version);

    CustomerVisit load(qint64 visitId) const;
    // The visits still to do (VisitRepository::worklist), at most limit of each kind.
    QList<CustomerVisit> worklist(int limit) const;
    qint64 idOfNumber(const QString& number) const; // throws UserError when there is none
    VisitRound round(qint64 roundId) const;
    // Whether the user signs for the unit: its own people, Quality engineers for the Quality
    // Department, Sales clerks for the Sales Department.
    static bool speaksFor(const User& user, qint64 unitId, const QString& unitCode);
    // The units a user signs for.
    static QList<qint64> unitsOf(const QSqlDatabase& db, const User& user);

private:
    void requireLeader(class FieldCheck& check, qint64 leaderId) const;
    CustomerVisit loadFor(qint64 visitId, int version) const; // checks the version
    QString newNumber(const QString& prefix) const;
    void bump(qint64 visitId) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    LoopSettings m_settings;
};
