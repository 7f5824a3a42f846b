#pragma once

#include "Clock.h"
#include "domain/User.h"
#include "improvement/Improvement.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// R13 a special treatment group for a problem hard to verify or close: its lead and members,
// progress entries with their days, the systematic improvement decided and a closing summary
// (a group closes only with both). Opened by the Quality Department or a manager; the lead and
// the members record progress; the lead or Quality change the members, decide and close. Every change is
// audited.
class GroupService
{
    Q_DECLARE_TR_FUNCTIONS(GroupService)
public:
    GroupService(QSqlDatabase db, const Clock& clock);

    TreatmentGroup load(qint64 groupId) const;
    qint64 open(const User& user, const QString& problem, qint64 caseId, qint64 leadUserId,
                const QList<qint64>& memberIds);
    void addProgress(const User& user, qint64 groupId, const QDate& on, const QString& entry);
    // The members after opening: those listed stay or join, the others leave; each join and
    // each leave is in the audit. The lead or Quality, while the group is open; at least one
    // member besides the lead, each an active user.
    void changeMembers(const User& user, qint64 groupId, int version, const QList<qint64>& memberIds);
    void decideImprovement(const User& user, qint64 groupId, int version, const QString& improvement);
    void close(const User& user, qint64 groupId, int version, const QString& summary);

private:
    TreatmentGroup loadFor(qint64 groupId, int version) const;
    QSqlDatabase m_db;
    const Clock& m_clock;
};
