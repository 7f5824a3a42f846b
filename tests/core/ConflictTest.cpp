// Issue 10, "two people, one case": every change of a case makes a new version, and a save built
// on an older version is refused with who changed what and when, never last-writer-wins.
#include "FlowDriver.h"
#include "LatestCase.h"
#include "db/Sql.h"
#include "workflow/ConflictError.h"

#include <catch2/catch.hpp>

namespace {
User addUser(TestDatabase& t, const QString& name, Role role)
{
    User u;
    u.username = name.toLower().remove(u' ');
    u.displayName = name;
    u.role = role;
    u.id = Sql::exec(t.connection(),
                     QStringLiteral("INSERT INTO users(username, display_name, role, created_at) "
                                    "VALUES (?, ?, ?, 0)"),
                     {u.username, name, Roles::code(role)})
               .lastInsertId()
               .toLongLong();
    return u;
}

// Runs a save expected to be refused as a conflict and returns the refusal.
template<typename Save> ConflictError refusedAsConflict(Save&& save)
{
    try {
        save();
    } catch (const ConflictError& e) {
        return e;
    }
    FAIL("the save on an older version was not refused");
    throw std::logic_error("unreachable");
}

bool hasChange(const QList<CaseChange>& changes, const QString& field, const QString& newValue)
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [&](const CaseChange& c) { return c.field == field && c.newValue == newValue; });
}
} // namespace

TEST_CASE("Two people analyse the same case: the second is refused with the first one's name, and "
          "applying on top works",
          "[conflict]")
{
    TestDatabase t;
    FlowDriver d(t);
    const User liWei = addUser(t, QStringLiteral("Li Wei"), Role::QualityEngineer);
    const User wangFang = addUser(t, QStringLiteral("Wang Fang"), Role::QualityEngineer);
    const qint64 id = d.log();
    d.toRecorded(id);
    d.clock.set(QDateTime(QDate(2026, 3, 3), QTime(6, 2), Qt::UTC)); // 14:02 in Shanghai

    // Both open the analysis form on the same version.
    const CaseRef liForm = d.flow.load(id).ref();
    const CaseRef wangForm = d.flow.load(id).ref();
    REQUIRE(liForm.version == wangForm.version);

    AnalysisData mine = d.analysis();
    mine.verification = QStringLiteral("Li Wei: confirmed by photos");
    mine.gradeId = t.gradeA;
    d.flow.analyse(liWei, liForm, mine);
    const int afterLi = d.flow.version(id);
    CHECK(afterLi == liForm.version + 1);

    d.clock.advanceHours(0.5);
    AnalysisData hers = d.analysis();
    hers.verification = QStringLiteral("Wang Fang: checked the returned part");
    hers.gradeId = t.gradeC;
    const ConflictError refused = refusedAsConflict([&] { d.flow.analyse(wangFang, wangForm, hers); });
    // Who, when, what, in a clerk's words.
    const QString message = refused.message();
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("Li Wei changed this case at 14:02 after you opened it")));
    CHECK(message.contains(QStringLiteral("Grade of the event")));
    CHECK(message.contains(QStringLiteral("Verification")));
    CHECK_FALSE(message.contains(QStringLiteral("grade_id")));
    CHECK(refused.yours().version == wangForm.version);
    CHECK(refused.currentVersion() == afterLi);
    CHECK(
        hasChange(refused.changes(), QStringLiteral("Grade of the event"), QStringLiteral("Grade A: major")));
    CHECK(hasChange(refused.changes(), QStringLiteral("Verification"), mine.verification));
    for (const CaseChange& c : refused.changes()) {
        CHECK(c.user == QStringLiteral("Li Wei"));
        CHECK(c.version == afterLi);
    }
    // Nothing of hers was saved.
    QualityCase c = d.flow.load(id);
    CHECK(c.verification == mine.verification);
    CHECK(c.gradeId == t.gradeA);
    CHECK(c.version == afterLi);

    // She reads the case again and saves hers on top of his.
    const CaseRef reloaded = d.flow.load(id).ref();
    d.flow.analyse(wangFang, reloaded, hers);
    c = d.flow.load(id);
    CHECK(c.verification == hers.verification);
    CHECK(c.gradeId == t.gradeC);
    CHECK(c.version == afterLi + 1);

    // Now Li Wei, whose form still shows his version, is told what she changed, from what to what.
    const ConflictError back = refusedAsConflict([&] { d.flow.analyse(liWei, {id, afterLi}, mine); });
    CHECK(back.message().startsWith(QStringLiteral("Wang Fang changed this case at 14:32")));
    bool gradeChange = false;
    for (const CaseChange& ch : back.changes())
        if (ch.field == QStringLiteral("Grade of the event")) {
            gradeChange = true;
            CHECK(ch.oldValue == QStringLiteral("Grade A: major"));
            CHECK(ch.newValue == QStringLiteral("Grade C: general"));
            CHECK(ch.text() == QStringLiteral("Grade of the event: Grade A: major → Grade C: general"));
        }
    CHECK(gradeChange);
    const QString list = d.flow.changeWords().listText(back.changes());
    CHECK(list.startsWith(QStringLiteral("Wang Fang, 2026-03-03 14:32")));
}

TEST_CASE("A second disposal suggestion on an old version no longer replaces the first", "[conflict]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log(true);
    const CaseRef salesForm = d.flow.load(id).ref();
    const CaseRef qualityForm = d.flow.load(id).ref();
    d.flow.giveDisposalSuggestion(t.sales, salesForm, QStringLiteral("Retighten the gland nut"));
    const ConflictError e = refusedAsConflict(
        [&] { d.flow.giveDisposalSuggestion(t.quality, qualityForm, QStringLiteral("Replace the valve")); });
    CHECK(e.message().contains(QStringLiteral("sales changed this case")));
    CHECK(e.message().contains(QStringLiteral("Disposal suggestion")));
    CHECK(d.flow.load(id).disposalSuggestion == QStringLiteral("Retighten the gland nut"));
}

TEST_CASE("Every step refuses a save built on an older version, and works on the current one", "[conflict]")
{
    TestDatabase t;
    FlowDriver d(t);
    const User other = addUser(t, QStringLiteral("Zhao Min"), Role::SalesClerk);
    int interference = 0;
    // Someone else changes the case while the form of a step is open; the step's save on the
    // version the form saw is refused and changes nothing; on the current version it is saved.
    const auto checkStep = [&](qint64 id, const char* step, const std::function<void(CaseRef)>& save) {
        INFO(step);
        const CaseRef form = d.flow.load(id).ref();
        d.flow.giveDisposalSuggestion(other, form, QStringLiteral("Suggestion %1").arg(++interference));
        const int stored = d.flow.version(id);
        REQUIRE(stored == form.version + 1);
        const QualityCase before = d.flow.load(id);
        const ConflictError e = refusedAsConflict([&] { save(form); });
        CHECK(e.message().startsWith(QStringLiteral("Zhao Min changed this case")));
        CHECK(e.message().contains(QStringLiteral("Disposal suggestion")));
        CHECK(d.flow.version(id) == stored);
        CHECK(d.flow.load(id).status == before.status);
        save(latest(d.flow, id));
        CHECK(d.flow.version(id) == stored + 1);
        d.clock.advanceHours(2);
    };
    const qint64 id = d.log();
    checkStep(id, "send to Quality", [&](CaseRef c) { d.flow.sendToQuality(t.sales, c); });
    checkStep(id, "record", [&](CaseRef c) { d.flow.recordByQuality(t.quality, c); });
    checkStep(id, "analyse", [&](CaseRef c) { d.flow.analyse(t.quality, c, d.analysis()); });
    checkStep(id, "issue the sheet", [&](CaseRef c) { d.flow.issueFeedbackSheet(t.quality, c); });
    checkStep(id, "unit's receipt", [&](CaseRef c) { d.flow.recordUnitReceipt(t.rnd, c, t.rndUnit); });
    checkStep(id, "unit's reply", [&](CaseRef c) {
        d.flow.recordUnitReply(t.rnd, c, t.rndUnit, QStringLiteral("Torque recorded"));
    });
    checkStep(id, "disposal suggestion", [&](CaseRef c) {
        d.flow.giveDisposalSuggestion(t.quality, c, QStringLiteral("Quality's suggestion"));
    });
    checkStep(id, "plan", [&](CaseRef c) { d.flow.planProcessing(t.sales, c, d.onSitePlan()); });
    checkStep(id, "on-site service",
              [&](CaseRef c) { d.flow.recordOnSiteService(t.technician, c, d.service()); });
    checkStep(id, "first visit", [&](CaseRef c) { d.flow.recordFirstVisit(t.sales, c, d.firstVisit()); });
    checkStep(id, "second visit",
              [&](CaseRef c) { d.flow.recordSecondVisit(t.sales, c, d.secondVisit(true)); });
    const qint64 followUp = d.flow.load(id).followUps.value(0).id;
    REQUIRE(followUp > 0);
    checkStep(id, "follow-up settled", [&](CaseRef c) {
        d.flow.completeFollowUp(t.techSupport, c, followUp, QStringLiteral("Gland retightened"));
    });
    d.flow.recordUnitReply(t.quality, latest(d.flow, id), t.mfgUnit, QStringLiteral("Stock checked"));
    checkStep(id, "close", [&](CaseRef c) { d.flow.closeCase(t.quality, c, d.closing()); });
    CHECK(d.flow.load(id).status == CaseStatus::Closed);

    // The return to the factory, its stages and the resupply follow-up.
    const qint64 back = d.log();
    d.toSheetIssued(back);
    PlanData returnPlan;
    returnPlan.kind = PlanKind::ReturnToFactory;
    returnPlan.returnOrderNo = QStringLiteral("RP-1");
    d.flow.planProcessing(t.sales, latest(d.flow, back), returnPlan);
    for (ReturnStage stage : {ReturnStage::Received, ReturnStage::Reworked, ReturnStage::Resupplied})
        checkStep(back, "return stage", [&](CaseRef c) { d.flow.recordReturnStage(t.sales, c, stage); });
    checkStep(back, "resupply follow-up", [&](CaseRef c) {
        d.flow.recordResupplyFollowUp(t.sales, c, {{}, QStringLiteral("Runs well"), true});
    });

    // A plan carried out (remote guidance).
    const qint64 remote = d.log();
    d.toSheetIssued(remote);
    PlanData guidance;
    guidance.kind = PlanKind::RemoteGuidance;
    guidance.details = QStringLiteral("Guided by phone");
    d.flow.planProcessing(t.sales, latest(d.flow, remote), guidance);
    checkStep(remote, "plan carried out",
              [&](CaseRef c) { d.flow.completePlan(t.sales, c, QStringLiteral("Operator adjusted it")); });
}

TEST_CASE("Each change makes one new version, named by its audit rows: a save that changes nothing makes "
          "none",
          "[conflict]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    CHECK(d.flow.version(id) == 1);
    d.toFollowedUp(id);
    const QSqlDatabase db = t.connection();
    const int version = d.flow.version(id);
    // log, send, record, analyse, sheet, plan, service, two replies, two visits
    CHECK(version == 11);
    CHECK(Sql::scalar(db, QStringLiteral("SELECT max(case_version) FROM audit_log WHERE case_id = ?"), {id})
              .toInt()
          == version);
    CHECK(Sql::scalar(db,
                      QStringLiteral("SELECT count(DISTINCT case_version) FROM audit_log WHERE case_id = ?"),
                      {id})
              .toInt()
          == version);
    CHECK(Sql::scalar(
              db, QStringLiteral("SELECT count(*) FROM audit_log WHERE case_id = ? AND case_version IS NULL"),
              {id})
              .toInt()
          == 0);

    const qint64 other = d.log();
    d.toRecorded(other);
    d.flow.analyse(t.quality, latest(d.flow, other), d.analysis());
    const int analysed = d.flow.version(other);
    d.flow.analyse(t.quality, latest(d.flow, other), d.analysis()); // the same analysis, same minute
    CHECK(d.flow.version(other) == analysed);
    // A form without the version it was opened on is a bug, not a save that skips the check.
    CHECK_THROWS_AS(d.flow.sendToQuality(t.sales, {id, 0}), std::logic_error);
}
