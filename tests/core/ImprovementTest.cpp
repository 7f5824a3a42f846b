#include "FlowDriver.h"
#include "LatestCase.h"
#include "Refusal.h"
#include "UserError.h"
#include "db/Sql.h"
#include "improvement/ActionService.h"
#include "improvement/GroupService.h"
#include "improvement/ImprovementQuery.h"
#include "improvement/ImprovementWords.h"
#include "improvement/TracingService.h"
#include "sample/SampleData.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
// A case analysed (graded) with the grade given, of the key customer or not.
qint64 gradedCase(FlowDriver& d, qint64 gradeId, bool keyCustomer)
{
    IntakeData in = d.intake();
    if (keyCustomer)
        in.customerId = d.t.keyCustomerId;
    const qint64 id = d.flow.logCase(d.t.sales, in);
    d.toRecorded(id);
    AnalysisData a = d.analysis();
    a.gradeId = gradeId;
    d.flow.analyse(d.t.quality, latest(d.flow, id), a);
    return id;
}

TracingStep stepOf(TracingService& s, qint64 tracingId, int n)
{
    return s.load(tracingId).steps.at(n);
}

int auditRows(TestDatabase& t, const QString& entity)
{
    return Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = ?"),
                       {entity})
        .toInt();
}
} // namespace

TEST_CASE("R11 a key customer's or a major case is traced when graded: others on request by Quality",
          "[improvement]")
{
    TestDatabase t;
    FlowDriver d(t);
    TracingService tracings(t.connection(), d.clock);

    const qint64 key = gradedCase(d, t.gradeB, true);
    const auto keyTracing = tracings.ofCase(key);
    REQUIRE(keyTracing);
    CHECK(keyTracing->reason == TracingReason::KeyCustomer);
    CHECK(keyTracing->number == QStringLiteral("8D-2026-00001"));
    REQUIRE(keyTracing->steps.size() == 9);
    CHECK(keyTracing->steps.at(4).ownerUnitId == t.rndUnit); // root cause: R&D
    CHECK(keyTracing->steps.at(3).ownerUnitId == t.mfgUnit); // containment: Manufacturing
    CHECK(keyTracing->steps.at(0).dueOn == QDate(2026, 3, 3));
    CHECK(keyTracing->steps.at(8).dueOn == QDate(2026, 3, 2).addDays(60));

    const qint64 major = gradedCase(d, t.gradeA, false);
    REQUIRE(tracings.ofCase(major));
    CHECK(tracings.ofCase(major)->reason == TracingReason::Major);

    const qint64 ordinary = gradedCase(d, t.gradeB, false);
    CHECK_FALSE(tracings.ofCase(ordinary));
    CHECK(refusal([&] {
              tracings.open(t.sales, ordinary, QStringLiteral("repeat"));
          }).contains(QStringLiteral("Only the Quality Department or a manager")));
    CHECK(fieldsOf([&] { tracings.open(t.quality, ordinary, QStringLiteral(" ")); })
          == QStringList {QStringLiteral("note")});
    const qint64 asked = tracings.open(t.quality, ordinary, QStringLiteral("Third leak at this plant"));
    CHECK(tracings.load(asked).reason == TracingReason::Request);
    CHECK(tracings.load(asked).number == QStringLiteral("8D-2026-00003"));
    CHECK(refusal([&] {
              tracings.open(t.quality, ordinary, QStringLiteral("again"));
          }).contains(QStringLiteral("already has its tracing 8D-2026-00003")));

    // Grading the key customer's case again opens no second tracing.
    AnalysisData again = d.analysis();
    again.verification = QStringLiteral("Checked again");
    d.flow.analyse(t.quality, latest(d.flow, key), again);
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM tracings")).toInt() == 3);
}

TEST_CASE("R11 the 8D steps are signed off in order, by their owners, D4-D6 verified: D8 closes the tracing",
          "[improvement]")
{
    TestDatabase t;
    FlowDriver d(t);
    TracingService tracings(t.connection(), d.clock);
    const qint64 caseId = gradedCase(d, t.gradeA, true);
    const qint64 id = tracings.ofCase(caseId)->id;
    const auto text = QStringLiteral("Done and written down");

    TracingStep d1 = stepOf(tracings, id, 1);
    CHECK(refusal([&] {
              tracings.saveStep(t.quality, d1.id, d1.version, text, false, true);
          }).contains(QStringLiteral("in order: sign off D0")));
    TracingStep d0 = stepOf(tracings, id, 0);
    CHECK(refusal([&] {
              tracings.saveStep(t.rnd, d0.id, d0.version, text, false, true);
          }).contains(QStringLiteral("Only the owner of this 8D step")));
    CHECK(fieldsOf([&] { tracings.saveStep(t.quality, d0.id, d0.version, QString(), false, true); })
          == QStringList {QStringLiteral("text")});
    tracings.saveStep(t.quality, d0.id, d0.version, QStringLiteral("Spare valves sent"), false, true);
    CHECK(refusal([&] {
              tracings.saveStep(t.quality, d0.id, d0.version + 1, text, false, false);
          }).contains(QStringLiteral("was signed off by")));
    for (int n = 1; n <= 3; ++n) {
        const TracingStep s = stepOf(tracings, id, n);
        tracings.saveStep(n == 3 ? t.quality : t.quality, s.id, s.version, text, false, true);
    }

    // D4 belongs to R&D: R&D writes it, and signs it off only verified.
    TracingStep d4 = stepOf(tracings, id, 4);
    tracings.saveStep(t.rnd, d4.id, d4.version, QStringLiteral("Packing too soft"), false, false);
    d4 = stepOf(tracings, id, 4);
    CHECK(d4.text == QStringLiteral("Packing too soft"));
    CHECK(fieldsOf([&] { tracings.saveStep(t.rnd, d4.id, d4.version, d4.text, false, true); })
          == QStringList {QStringLiteral("verified")});
    // A save on the version before the last is refused with who changed it.
    CHECK(refusal([&] {
              tracings.saveStep(t.rnd, d4.id, d4.version - 1, text, true, true);
          }).contains(QStringLiteral("changed this record")));
    // Quality names the owner and due day; only Quality may.
    CHECK(refusal([&] {
              tracings.planStep(t.rnd, d4.id, d4.version, t.mfgUnit, 0, QDate(2026, 4, 1));
          }).contains(QStringLiteral("Only the Quality Department can choose")));
    tracings.planStep(t.quality, d4.id, d4.version, 0, t.rnd.id, QDate(2026, 3, 20));
    d4 = stepOf(tracings, id, 4);
    CHECK(d4.ownerUserId == t.rnd.id);
    CHECK(d4.dueOn == QDate(2026, 3, 20));
    tracings.saveStep(t.rnd, d4.id, d4.version, d4.text, true, true);
    CHECK(stepOf(tracings, id, 4).signedBy == t.rnd.displayName);

    for (int n = 5; n <= 7; ++n) {
        const TracingStep s = stepOf(tracings, id, n);
        tracings.saveStep(t.quality, s.id, s.version, text, true, true);
    }
    const TracingStep d8 = stepOf(tracings, id, 8);
    CHECK_FALSE(tracings.load(id).isClosed());
    tracings.saveStep(t.quality, d8.id, d8.version, QStringLiteral("Lessons: check packing"), false, true);

    t.reopen();
    TracingService after(t.connection(), d.clock);
    const Tracing closed = after.load(id);
    CHECK(closed.isClosed());
    CHECK(closed.closedBy == t.quality.displayName);
    CHECK(std::all_of(closed.steps.cbegin(), closed.steps.cend(),
                      [](const TracingStep& s) { return s.isSigned(); }));
    CHECK(auditRows(t, QStringLiteral("tracing_steps")) > 9 * 3);
    CHECK(auditRows(t, QStringLiteral("tracings")) >= 6);
}

TEST_CASE(
    "R12 an action with its numbered notice goes through the three meetings, is checked effective and closes",
    "[improvement]")
{
    TestDatabase t;
    FlowDriver d(t);
    ActionService actions(t.connection(), d.clock);
    const qint64 caseId = gradedCase(d, t.gradeB, false);

    NewAction a;
    a.source = ActionSource::Case;
    a.caseId = caseId;
    a.kind = ActionKind::Technical;
    a.what = QStringLiteral("Harder packing for DN50");
    a.ownerUnitId = t.rndUnit;
    a.dueOn = QDate(2026, 3, 20);
    CHECK(
        refusal([&] { actions.raise(t.sales, a); }).contains(QStringLiteral("Only the Quality Department")));
    NewAction empty;
    empty.dueOn = QDate(2026, 3, 1);
    CHECK(fieldsOf([&] { actions.raise(t.quality, empty); })
          == QStringList {QStringLiteral("dueOn"), QStringLiteral("ownerUnitId"), QStringLiteral("what")});
    const qint64 id = actions.raise(t.quality, a);
    NewAction byHand = a;
    byHand.source = ActionSource::Manual;
    byHand.caseId = 0;
    byHand.kind = ActionKind::Purchasing;
    byHand.ownerUnitId = t.mfgUnit;
    byHand.dueOn = QDate(2026, 3, 3);
    const qint64 second = actions.raise(t.quality, byHand);
    CHECK(actions.load(id).number == QStringLiteral("RN-2026-00001"));
    CHECK(actions.load(second).number == QStringLiteral("RN-2026-00002"));
    CHECK(actions.ofCase(caseId).size() == 1);

    // The notice at the three meetings, each once.
    CorrectiveAction x = actions.load(id);
    CHECK(fieldsOf([&] {
              actions.recordCirculation(t.quality, id, x.version, Meeting::QualityManagement, QDate(), {});
          })
          == QStringList {QStringLiteral("metOn"), QStringLiteral("signedOffBy")});
    actions.recordCirculation(t.quality, id, x.version, Meeting::QualityManagement, QDate(2026, 3, 2),
                              QStringLiteral("Wang, quality manager"));
    x = actions.load(id);
    CHECK(refusal([&] {
              actions.recordCirculation(t.quality, id, x.version, Meeting::QualityManagement,
                                        QDate(2026, 3, 2), QStringLiteral("again"));
          }).contains(QStringLiteral("already had this notice")));
    CHECK(refusal([&] {
              actions.recordCirculation(t.rnd, id, x.version, Meeting::JointProduction, QDate(2026, 3, 2),
                                        QStringLiteral("x"));
          }).contains(QStringLiteral("Only the Quality Department")));

    // Done by its owner unit, not by another; checked; not effective goes back to the owner.
    CHECK(refusal([&] {
              actions.close(t.quality, id, x.version);
          }).contains(QStringLiteral("found effective")));
    CHECK(refusal([&] {
              actions.checkEffectiveness(t.quality, id, x.version, true, QStringLiteral("ok"));
          }).contains(QStringLiteral("reported the action done")));
    CHECK(refusal([&] {
              actions.reportDone(t.techSupport, id, x.version, QStringLiteral("done"));
          }).contains(QStringLiteral("Only the owner unit")));
    actions.reportDone(t.rnd, id, x.version, QStringLiteral("Drawing changed"));
    x = actions.load(id);
    actions.checkEffectiveness(t.quality, id, x.version, false, QStringLiteral("Leaks again at site"));
    x = actions.load(id);
    CHECK(x.status == ActionStatus::Open);
    actions.reportDone(t.rnd, id, x.version, QStringLiteral("Material changed too"));
    x = actions.load(id);
    actions.checkEffectiveness(t.quality, id, x.version, true, QStringLiteral("No leak in 30 days"));
    x = actions.load(id);
    CHECK(
        refusal([&] { actions.close(t.quality, id, x.version); }).contains(QStringLiteral("three meetings")));
    actions.recordCirculation(t.quality, id, x.version, Meeting::TechnicalCoordination, QDate(2026, 3, 2),
                              QStringLiteral("Zhao, chief engineer"));
    x = actions.load(id);
    actions.recordCirculation(t.quality, id, x.version, Meeting::JointProduction, QDate(2026, 3, 2),
                              QStringLiteral("Sun, production manager"));
    CHECK(refusal([&] {
              actions.close(t.quality, id, x.version);
          }).contains(QStringLiteral("changed this record")));
    x = actions.load(id);
    actions.close(t.quality, id, x.version);

    t.reopen();
    const CorrectiveAction closed = ActionService(t.connection(), d.clock).load(id);
    CHECK(closed.status == ActionStatus::Closed);
    REQUIRE(closed.circulations.size() == 3);
    CHECK(closed.circulations.at(2).meeting == Meeting::JointProduction);
    CHECK(closed.circulations.at(2).signedOffBy == QStringLiteral("Sun, production manager"));
    CHECK(closed.checkNote == QStringLiteral("No leak in 30 days"));
    CHECK(auditRows(t, QStringLiteral("corrective_actions")) > 10);
    CHECK(auditRows(t, QStringLiteral("action_circulations")) >= 3 * 5);
}

TEST_CASE("R11 R12 overdue actions and 8D steps are listed by due day, page by page, per owner unit",
          "[improvement]")
{
    TestDatabase t;
    FlowDriver d(t);
    ActionService actions(t.connection(), d.clock);
    gradedCase(d, t.gradeA, false); // a tracing: its steps come due
    for (int n = 0; n < 5; ++n) {
        NewAction a;
        a.what = QStringLiteral("Action %1").arg(n);
        a.ownerUnitId = n % 2 ? t.rndUnit : t.mfgUnit;
        a.dueOn = QDate(2026, 3, 3 + n);
        actions.raise(t.quality, a);
    }
    {
        const ImprovementQuery query(t.connection(), d.clock);
        CHECK(query.actions(ImprovementQuery::Show::Overdue, {}, 0, 50).isEmpty());
        CHECK(query.stepsDue(true, {}, 0, 50).isEmpty());
        CHECK(query.stepsDue(false, {}, 0, 50).size() == 9);
    }
    d.clock.advanceDays(4); // 6 March: D0-D2 (due 3, 4, 5 March) and the actions due 3, 4, 5 March are late
    const ImprovementQuery query(t.connection(), d.clock);
    const QList<ActionRow> late = query.actions(ImprovementQuery::Show::Overdue, {}, 0, 50);
    REQUIRE(late.size() == 3);
    CHECK(late.first().number == QStringLiteral("RN-2026-00001"));
    CHECK(late.first().overdue);
    const QList<ActionRow> first = query.actions(ImprovementQuery::Show::All, {}, 0, 2);
    REQUIRE(first.size() == 2);
    const QList<ActionRow> next
        = query.actions(ImprovementQuery::Show::All, first.last().dueOn, first.last().id, 2);
    REQUIRE(next.size() == 2);
    CHECK(next.first().number == QStringLiteral("RN-2026-00003"));
    CHECK(query.actions(ImprovementQuery::Show::Overdue, {}, 0, 50, t.rndUnit).size() == 1);
    const QList<StepRow> steps = query.stepsDue(true, {}, 0, 50);
    REQUIRE(steps.size() == 3);
    CHECK(steps.at(2).step == 2);
    CHECK(steps.at(2).owner == QStringLiteral("Quality Department"));
    CHECK(steps.at(2).overdue);
    // Manufacturing's queue: its containment step D3, due 7 March, late from 8 March.
    d.clock.advanceDays(2);
    const QList<StepRow> mfg = ImprovementQuery(t.connection(), d.clock).stepsDue(true, {}, 0, 50, t.mfgUnit);
    REQUIRE(mfg.size() == 1);
    CHECK(mfg.first().step == 3);
    CHECK(query.tracings(0, 10).size() == 1);
}

TEST_CASE("R13 a special treatment group records progress, decides the improvement and closes with a summary",
          "[improvement]")
{
    TestDatabase t;
    FlowDriver d(t);
    GroupService groups(t.connection(), d.clock);
    const qint64 caseId = d.log();
    CHECK(refusal([&] {
              groups.open(t.rnd, QStringLiteral("x"), 0, t.rnd.id, {t.quality.id});
          }).contains(QStringLiteral("Only the Quality Department or a manager")));
    CHECK(fieldsOf([&] { groups.open(t.quality, {}, 0, 0, {}); })
          == QStringList {QStringLiteral("lead"), QStringLiteral("members"), QStringLiteral("problem")});
    const qint64 id = groups.open(t.quality, QStringLiteral("Intermittent leak nobody can reproduce"), caseId,
                                  t.rnd.id, {t.techSupport.id, t.technician.id});
    TreatmentGroup g = groups.load(id);
    CHECK(g.number == QStringLiteral("TG-2026-00001"));
    CHECK(g.members.size() == 2);

    groups.addProgress(t.techSupport, id, QDate(2026, 3, 2), QStringLiteral("Test rig built"));
    CHECK(refusal([&] {
              groups.addProgress(t.sales, id, QDate(2026, 3, 2), QStringLiteral("x"));
          }).contains(QStringLiteral("Only the group's lead")));
    CHECK(fieldsOf([&] { groups.addProgress(t.rnd, id, QDate(2026, 3, 9), {}); })
          == QStringList {QStringLiteral("entry"), QStringLiteral("on")});
    CHECK(refusal([&] {
              groups.decideImprovement(t.techSupport, id, g.version, QStringLiteral("x"));
          }).contains(QStringLiteral("Only the group's lead or the Quality")));
    CHECK(fieldsOf([&] { groups.close(t.rnd, id, g.version, QStringLiteral("Done")); })
          == QStringList {QStringLiteral("improvement")});
    groups.decideImprovement(t.rnd, id, g.version, QStringLiteral("Thermal cycle test for every batch"));
    g = groups.load(id);
    groups.close(t.rnd, id, g.version, QStringLiteral("Cause found in thermal cycling; test added"));

    t.reopen();
    g = GroupService(t.connection(), d.clock).load(id);
    CHECK(g.isClosed());
    CHECK(g.improvement == QStringLiteral("Thermal cycle test for every batch"));
    REQUIRE(g.progress.size() == 1);
    CHECK(g.progress.first().entry == QStringLiteral("Test rig built"));
    CHECK(refusal([&] {
              GroupService(t.connection(), d.clock)
                  .addProgress(t.rnd, id, QDate(2026, 3, 2), QStringLiteral("x"));
          }).contains(QStringLiteral("is closed")));
    CHECK(auditRows(t, QStringLiteral("treatment_group_progress")) > 0);
}

TEST_CASE("Sample data shows tracings, actions in every state and groups", "[improvement][sample]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("demo.sqlite")));
    SampleOptions options;
    options.cases = 60;
    options.photos = false;
    options.now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    SampleData::generate(db.connection(), options);
    const QSqlDatabase c = db.connection();
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM tracings")).toInt() == 3);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM tracings WHERE closed_at IS NOT NULL")).toInt()
          == 1);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(DISTINCT status) FROM corrective_actions")).toInt()
          == 4);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM treatment_groups WHERE closed_at IS NULL"))
              .toInt()
          == 1);
    MockClock clock(options.now);
    const ImprovementQuery query(c, clock);
    CHECK(query.actions(ImprovementQuery::Show::Overdue, {}, 0, 10).size() == 1);
    CHECK(query.groups(0, 10).size() == 2);
}
