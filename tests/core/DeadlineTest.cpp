#include "FlowDriver.h"
#include "LatestCase.h"
#include "db/Sql.h"
#include "deadlines/DeadlineCalculator.h"

#include <catch2/catch.hpp>

namespace {
const QTimeZone shanghai("Asia/Shanghai");
QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), shanghai).toUTC();
}
DeadlineRules shanghaiRules()
{
    DeadlineRules r;
    r.zone = shanghai;
    return r;
}
} // namespace

TEST_CASE("Send to Quality is due the same working day, or the next one after hours", "[deadlines]")
{
    const DeadlineCalculator calc(shanghaiRules());
    // Monday 10:00 -> Monday 17:30
    CHECK(calc.sendToQualityDue(local(2026, 3, 2, 10)) == local(2026, 3, 2, 17, 30));
    // Monday 18:00 -> Tuesday 17:30
    CHECK(calc.sendToQualityDue(local(2026, 3, 2, 18)) == local(2026, 3, 3, 17, 30));
    // Friday 19:00 -> Monday 17:30; Saturday -> Monday
    CHECK(calc.sendToQualityDue(local(2026, 3, 6, 19)) == local(2026, 3, 9, 17, 30));
    CHECK(calc.sendToQualityDue(local(2026, 3, 7, 9)) == local(2026, 3, 9, 17, 30));
    // Friday 31 July after hours -> Monday 3 August, across the month end
    CHECK(calc.sendToQualityDue(local(2026, 7, 31, 20)) == local(2026, 8, 3, 17, 30));
}

TEST_CASE("The disposal suggestion is due 24 hours after an objection, across a month end", "[deadlines]")
{
    const DeadlineCalculator calc(shanghaiRules());
    CHECK(calc.disposalDue(local(2026, 1, 31, 16)) == local(2026, 2, 1, 16));
    CHECK(calc.disposalDue(local(2026, 12, 31, 23, 30)) == local(2027, 1, 1, 23, 30));
}

TEST_CASE("Return visits are due 3 days and 3 weeks after the on-site service, across month ends",
          "[deadlines]")
{
    const DeadlineCalculator calc(shanghaiRules());
    // Service finished 30 January 15:00 -> first visit by 2 February, second by 20 February.
    CHECK(calc.firstVisitDue(local(2026, 1, 30, 15)) == local(2026, 2, 2, 23, 59).addSecs(59));
    CHECK(calc.secondVisitDue(local(2026, 1, 30, 15)) == local(2026, 2, 20, 23, 59).addSecs(59));
    // 10 February 2027 (not a leap year) + 21 days = 3 March; 2028 is a leap year: 2 March.
    CHECK(calc.secondVisitDue(local(2027, 2, 10, 9)) == local(2027, 3, 3, 23, 59).addSecs(59));
    CHECK(calc.secondVisitDue(local(2028, 2, 10, 9)) == local(2028, 3, 2, 23, 59).addSecs(59));
    // A service late on 29 December: first visit by 1 January.
    CHECK(calc.firstVisitDue(local(2026, 12, 29, 22)) == local(2027, 1, 1, 23, 59).addSecs(59));
}

TEST_CASE("A case answers what is due next, owed by whom, by when, and whether it is overdue", "[deadlines]")
{
    TestDatabase t;
    FlowDriver d(t);
    d.clock.set(local(2026, 1, 30, 9)); // Friday morning
    const qint64 id = d.log(true);
    QualityCase c = d.flow.load(id);
    NextDue next = d.flow.nextDue(c);
    CHECK(next.code == QStringLiteral("send"));
    CHECK(next.dueAt == local(2026, 1, 30, 17, 30));
    CHECK_FALSE(next.overdue);
    d.clock.set(local(2026, 1, 30, 18));
    CHECK(d.flow.nextDue(c).overdue);

    // Sent and recorded: the 24-hour disposal clock is the next deadline, owed by Sales.
    d.toRecorded(id);
    c = d.flow.load(id);
    next = d.flow.nextDue(c);
    CHECK(next.code == QStringLiteral("disposal"));
    CHECK(next.owner == QStringLiteral("Sales"));
    CHECK(next.dueAt == c.receivedAt.addSecs(24 * 3600));
    d.clock.set(c.receivedAt.addSecs(25 * 3600));
    CHECK(d.flow.nextDue(c).overdue);
    d.flow.giveDisposalSuggestion(t.sales, latest(d.flow, id), QStringLiteral("Replace the packing"));

    // Without a running clock the next step is Quality's analysis, with no date.
    next = d.flow.nextDue(d.flow.load(id));
    CHECK(next.code == QStringLiteral("analyse"));
    CHECK(next.ownerCode == QStringLiteral("quality"));
    CHECK_FALSE(next.dueAt.isValid());

    // Grade A: units reply within 24 h, processing within 72 h; the unit's clock is next.
    AnalysisData a = d.analysis();
    a.gradeId = t.gradeA;
    d.flow.analyse(t.quality, latest(d.flow, id), a);
    d.flow.issueFeedbackSheet(t.quality, latest(d.flow, id));
    c = d.flow.load(id);
    next = d.flow.nextDue(c);
    CHECK(next.code == QStringLiteral("unit_reply"));
    CHECK(next.owner == QStringLiteral("R&D"));
    CHECK(next.dueAt == c.analysedAt.addSecs(24 * 3600));
    CHECK(c.processingDueAt == c.analysedAt.addSecs(72 * 3600));

    // The list keeps what is due next in the case row.
    const QVariant stored
        = Sql::scalar(t.connection(), QStringLiteral("SELECT next_due_kind FROM cases WHERE id = ?"), {id});
    CHECK(stored.toString() == QStringLiteral("unit_reply"));
}

TEST_CASE("Arrival and return-visit clocks turn overdue when the time passes", "[deadlines]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    d.toPlanned(id);
    d.flow.recordUnitReply(t.rnd, latest(d.flow, id), t.rndUnit, QStringLiteral("ok"));
    d.flow.recordUnitReply(t.quality, latest(d.flow, id), t.mfgUnit, QStringLiteral("ok"));
    QualityCase c = d.flow.load(id);
    CHECK(d.flow.nextDue(c).code == QStringLiteral("arrival"));
    d.clock.set(c.plan->appointedAt.addSecs(60));
    CHECK(d.flow.nextDue(c).overdue);
    ServiceData s = d.service();
    s.arrivedAt = d.clock.now().addSecs(-30);
    d.flow.recordOnSiteService(t.technician, latest(d.flow, id), s);
    c = d.flow.load(id);
    const QList<DeadlineClock> clocks = d.flow.clocks(c);
    const auto arrival = std::find_if(clocks.cbegin(), clocks.cend(), [](const DeadlineClock& k) {
        return k.kind == DeadlineClock::Kind::Arrival;
    });
    REQUIRE(arrival != clocks.cend());
    CHECK(arrival->wasLate());
    CHECK(d.flow.nextDue(c).code == QStringLiteral("first_visit"));
    d.clock.advanceDays(4);
    CHECK(d.flow.nextDue(c).overdue);
}

TEST_CASE("An administrator's change of the defaults is used for new deadlines", "[deadlines]")
{
    TestDatabase t;
    DeadlineRules rules = DeadlineRules::load(t.connection());
    CHECK(rules.firstVisitDays == 3);
    rules.firstVisitDays = 2;
    rules.disposalHours = 12;
    rules.save(t.connection());
    const DeadlineRules loaded = DeadlineRules::load(t.connection());
    CHECK(loaded.firstVisitDays == 2);
    CHECK(loaded.disposalHours == 12);
    CHECK(loaded.zone.id() == QByteArray("Asia/Shanghai"));
    const DeadlineCalculator calc(loaded);
    CHECK(calc.disposalDue(local(2026, 5, 1, 8)) == local(2026, 5, 1, 20));
}
