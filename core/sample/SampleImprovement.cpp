#include "sample/SampleImprovement.h"

#include "FixedClock.h"
#include "db/Sql.h"
#include "domain/User.h"
#include "improvement/ActionService.h"
#include "improvement/GroupService.h"
#include "improvement/ImprovementWords.h"
#include "improvement/TracingService.h"

namespace {
User account(const QSqlDatabase& db, const QString& username)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT id, coalesce(unit_id, 0) FROM users WHERE username = ?"), {username});
    User u;
    if (q.next()) {
        u.id = q.value(0).toLongLong();
        u.unitId = q.value(1).toLongLong();
    }
    return u;
}

void signUpTo(TracingService& tracings, const User& quality, qint64 tracingId, int lastStep)
{
    for (int n = 0; n <= lastStep; ++n) {
        const TracingStep s = tracings.load(tracingId).steps.at(n);
        tracings.saveStep(quality, s.id, s.version,
                          QStringLiteral("Step %1 done: see the attached analysis.").arg(n), true, true);
    }
}
} // namespace

void SampleImprovement::add(const QSqlDatabase& db, const QDateTime& now)
{
    User quality = account(db, QStringLiteral("quality"));
    quality.role = Role::QualityEngineer;
    User rnd = account(db, QStringLiteral("rnd"));
    rnd.role = Role::ResponsibleUnit;
    if (quality.id == 0 || rnd.id == 0)
        return;
    // The three most recent analysed cases, traced.
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT id FROM cases WHERE grade_id IS NOT NULL ORDER BY id DESC LIMIT 3"));
    QList<qint64> caseIds;
    while (q.next())
        caseIds.append(q.value(0).toLongLong());
    q.finish();
    FixedClock clock(now);
    TracingService tracings(db, clock);
    QList<qint64> tracingIds;
    for (qint64 caseId : caseIds)
        tracingIds.append(tracings.open(quality, caseId, QStringLiteral("Repeated leaks at this customer")));
    if (!tracingIds.isEmpty())
        signUpTo(tracings, quality, tracingIds.first(), 8);
    if (tracingIds.size() > 1)
        signUpTo(tracings, quality, tracingIds.at(1), 3);

    clock.set(now.addDays(-60)); // the actions were raised two months ago
    ActionService actions(db, clock);
    const QStringList whats {QStringLiteral("Harder stem packing for DN50 gate valves"),
                             QStringLiteral("Audit the packing supplier's incoming inspection"),
                             QStringLiteral("Torque check of gland bolts at final assembly"),
                             QStringLiteral("Update the installation manual on packing adjustment")};
    const QList<ActionKind> kinds {ActionKind::Technical, ActionKind::Purchasing, ActionKind::Manufacturing,
                                   ActionKind::Technical};
    QList<qint64> ids;
    for (int i = 0; i < whats.size(); ++i) {
        NewAction a;
        a.source = tracingIds.isEmpty() ? ActionSource::Manual : ActionSource::Tracing;
        a.tracingId = tracingIds.value(0);
        a.kind = kinds.at(i);
        a.what = whats.at(i);
        a.ownerUnitId = rnd.unitId;
        a.dueOn = clock.now().date().addDays(30); // 30 days ago now: the open one is overdue
        ids.append(actions.raise(quality, a));
    }
    clock.set(now.addDays(-20));
    for (int i = 1; i < ids.size(); ++i)
        actions.reportDone(rnd, ids.at(i), actions.load(ids.at(i)).version, QStringLiteral("Done as asked."));
    for (int i = 2; i < ids.size(); ++i)
        actions.checkEffectiveness(quality, ids.at(i), actions.load(ids.at(i)).version, true,
                                   QStringLiteral("No repeat in the cases since."));
    const QStringList signers {QStringLiteral("Zhang Wei"), QStringLiteral("Chen Jun"),
                               QStringLiteral("Chen Jun")};
    for (int m = 0; m < 3; ++m)
        actions.recordCirculation(quality, ids.last(), actions.load(ids.last()).version,
                                  ImprovementWords::meetings().at(m), clock.now().date().addDays(-m),
                                  signers.at(m));
    actions.close(quality, ids.last(), actions.load(ids.last()).version);

    GroupService groups(db, clock);
    const User manager = account(db, QStringLiteral("manager"));
    const qint64 open
        = groups.open(quality, QStringLiteral("Intermittent actuator stalls nobody can reproduce"),
                      caseIds.value(0), rnd.id, {quality.id, manager.id});
    groups.addProgress(rnd, open, clock.now().date(), QStringLiteral("Test rig with thermal cycling built."));
    const qint64 closed
        = groups.open(quality, QStringLiteral("Paint peeling on coastal sites"), 0, quality.id, {rnd.id});
    groups.addProgress(quality, closed, clock.now().date(),
                       QStringLiteral("Salt spray tests of three coatings."));
    groups.decideImprovement(quality, closed, groups.load(closed).version,
                             QStringLiteral("Zinc-rich primer for every coastal order."));
    groups.close(quality, closed, groups.load(closed).version, QStringLiteral("No peeling reported since."));
}
