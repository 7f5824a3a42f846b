// Issue 14: the actions and 8D steps in each owner's "My work", each by its own due day, and the
// overdue ones in the watch's "Overdue work".
#include "improvement/ImprovementQueue.h"

#include "FlowDriver.h"
#include "LatestCase.h"
#include "db/Sql.h"
#include "flow/FlowCounts.h"
#include "improvement/ActionService.h"
#include "improvement/TracingService.h"
#include "queue/WorkQueue.h"
#include "reports/DocumentContext.h"
#include "reports/OverdueListDocument.h"
#include "reports/OverdueQuery.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {
const QTimeZone shanghai("Asia/Shanghai");

QueueGroup heading(const WorkQueue& queue, const User& user, const QString& key)
{
    for (const QueueGroup& g : queue.groups(user))
        if (g.key == key)
            return g;
    return {QStringLiteral("(none)"), {}, -1, -1};
}

qint64 tracedCase(FlowDriver& d)
{
    const qint64 id = d.flow.logCase(d.t.sales, d.intake());
    d.toRecorded(id);
    AnalysisData a = d.analysis();
    a.gradeId = d.t.gradeA; // major: traced
    d.flow.analyse(d.t.quality, latest(d.flow, id), a);
    return id;
}

qint64 raise(FlowDriver& d, qint64 caseId, qint64 unit, const QDate& due, const QString& what)
{
    NewAction a;
    a.source = caseId > 0 ? ActionSource::Case : ActionSource::Manual;
    a.caseId = caseId;
    a.what = what;
    a.ownerUnitId = unit;
    a.dueOn = due;
    return ActionService(d.t.connection(), d.clock).raise(d.t.quality, a);
}
} // namespace

TEST_CASE("My work: each owner sees their unit's actions and the 8D steps named to them or their unit",
          "[improvement][queue]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 caseId = tracedCase(d); // opened 2 March: D0 due 3 March ... D8 due 1 May
    const qint64 tracing = TracingService(t.connection(), d.clock).ofCase(caseId)->id;
    raise(d, caseId, t.rndUnit, QDate(2026, 3, 4), QStringLiteral("Harder packing for DN50"));
    raise(d, 0, t.mfgUnit, QDate(2026, 3, 10), QStringLiteral("Torque check at assembly"));
    d.clock.set(QDateTime(QDate(2026, 3, 3), QTime(10, 0), shanghai));
    const WorkQueue queue(t.connection(), d.clock);

    // R&D: its one action and its steps D4 and D5, each by its own day.
    CHECK(heading(queue, t.rnd, ImprovementQueue::actionsKey()).count == 1);
    CHECK(heading(queue, t.rnd, ImprovementQueue::stepsKey()).count == 2);
    const QList<CaseListRow> rows = queue.rows(t.rnd, ImprovementQueue::actionsKey());
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().id == caseId);
    CHECK(rows.first().item == QStringLiteral("action"));
    CHECK(rows.first().itemText.contains(QStringLiteral("RN-2026-00001")));
    CHECK(rows.first().itemText.contains(QStringLiteral("Harder packing")));
    CHECK(rows.first().nextDueAt == QDateTime(QDate(2026, 3, 5), QTime(0, 0), shanghai).addSecs(-1));
    const QList<CaseListRow> steps = queue.rows(t.rnd, ImprovementQueue::stepsKey());
    REQUIRE(steps.size() == 2);
    CHECK(steps.at(0).itemStep == 4);
    CHECK(steps.at(0).itemId == tracing);
    CHECK(steps.at(0).itemText.contains(QStringLiteral("D4")));
    CHECK(steps.at(0).itemText.contains(QStringLiteral("8D-2026-00001")));
    CHECK(steps.at(1).itemStep == 5);

    // Quality owns D0-D2, D7 and D8; no unit's action is theirs; Sales sees no 8D heading at all.
    CHECK(heading(queue, t.quality, ImprovementQueue::stepsKey()).count == 5);
    CHECK(heading(queue, t.quality, ImprovementQueue::actionsKey()).count == -1);
    CHECK(heading(queue, t.sales, ImprovementQueue::stepsKey()).count == -1);
    CHECK(heading(queue, t.techSupport, ImprovementQueue::actionsKey()).count == 0);

    // A step named to a person is theirs, no longer their unit's.
    TracingService tracings(t.connection(), d.clock);
    const TracingStep d1 = tracings.load(tracing).steps.at(1);
    tracings.planStep(t.quality, d1.id, d1.version, 0, t.sales.id, QDate(2026, 3, 6));
    const WorkQueue after(t.connection(), d.clock);
    CHECK(heading(after, t.sales, ImprovementQueue::stepsKey()).count == 1);
    CHECK(after.rows(t.sales, ImprovementQueue::stepsKey()).first().itemStep == 1);
    CHECK(heading(after, t.quality, ImprovementQueue::stepsKey()).count == 4);

    // Reported done: it leaves R&D's queue and waits for Quality's check.
    ActionService actions(t.connection(), d.clock);
    const qint64 first = actions.ofCase(caseId).first().id;
    actions.reportDone(t.rnd, first, actions.load(first).version, QStringLiteral("Drawing changed"));
    const WorkQueue done(t.connection(), d.clock);
    CHECK(heading(done, t.rnd, ImprovementQueue::actionsKey()).count == 0);
    const QueueGroup check = heading(done, t.quality, ImprovementQueue::checkKey());
    CHECK(check.count == 1);
    CHECK(check.overdue == 0);
    CHECK(done.rows(t.quality, ImprovementQueue::checkKey())
              .first()
              .itemText.contains(QStringLiteral("RN-2026-00001")));
}

TEST_CASE("My work: an action or 8D step is overdue from the day after its due day, in the company's zone",
          "[improvement][queue]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 caseId = tracedCase(d);
    raise(d, caseId, t.rndUnit, QDate(2026, 3, 4), QStringLiteral("Harder packing for DN50"));
    const auto at = [&](int day, int hour, int minute) {
        d.clock.set(QDateTime(QDate(2026, 3, day), QTime(hour, minute), shanghai));
        return WorkQueue(t.connection(), d.clock);
    };
    // The last minute of 4 March in Shanghai (15:59 UTC): still due, not overdue.
    CHECK(heading(at(4, 23, 59), t.rnd, ImprovementQueue::actionsKey()).overdue == 0);
    const QueueGroup late = heading(at(5, 0, 1), t.rnd, ImprovementQueue::actionsKey());
    CHECK(late.count == 1);
    CHECK(late.overdue == 1);
    CHECK(at(5, 0, 1).rows(t.rnd, ImprovementQueue::actionsKey()).first().nextDueAt < d.clock.now());
    // D0 (due 3 March) and D1 (due 4 March) are late for Quality on 5 March; D2 (5 March) is not.
    CHECK(heading(at(5, 9, 0), t.quality, ImprovementQueue::stepsKey()).overdue == 2);

    // The watch: "Overdue work" has a line for the late action and each late step, naming who owes it.
    const WorkQueue queue = at(5, 9, 0);
    CHECK(ImprovementQueue(t.connection(), d.clock).overdue().count == 3);
    const QList<CaseListRow> rows = queue.rows(t.manager, ImprovementQueue::overdueKey());
    QStringList items;
    for (const CaseListRow& r : rows)
        if (!r.item.isEmpty())
            items << r.item + QLatin1Char(':') + r.nextOwnerName;
    CHECK(items.contains(QStringLiteral("action:R&D")));
    CHECK(items.count(QStringLiteral("step:Quality Department")) == 2);
    for (int i = 1; i < rows.size(); ++i)
        CHECK(rows.at(i - 1).nextDueAt
              <= rows.at(i).nextDueAt); // the earliest due first, duties and items mixed
    const QueueGroup watch = heading(queue, t.manager, ImprovementQueue::overdueKey());
    CHECK(watch.count == rows.size());
    CHECK(watch.overdue == watch.count);
    // The flow chart's boxes of the loop: one tracing late in a step, one action late, no group.
    const QList<FlowLoopCount> loops = FlowCounts(t.connection(), d.clock).loops();
    REQUIRE(loops.size() == 3);
    CHECK(loops.at(FlowLoopCount::Tracing).open == 1);
    CHECK(loops.at(FlowLoopCount::Tracing).overdue == 1);
    CHECK(loops.at(FlowLoopCount::Actions).open == 1);
    CHECK(loops.at(FlowLoopCount::Actions).overdue == 1);
    CHECK(loops.at(FlowLoopCount::Groups).open == 0);

    // The printed overdue list has the same lines, the unit and the step in the document's words.
    ReportOptions options;
    options.now = d.clock.now();
    const QList<OverdueRow> printed = OverdueQuery(t.connection()).rows(options.now);
    CHECK(printed.size() == rows.size());
    const ReportDocument list = OverdueListDocument(DocumentContext(t.connection(), options)).build(printed);
    REQUIRE(list.tables.size() == 1);
    QStringList owed;
    for (const QStringList& cells : list.tables.first().rows)
        owed << cells.at(3) + QLatin1Char('|') + cells.at(4);
    INFO(owed.join(u'\n').toStdString());
    CHECK(owed.contains(QStringLiteral("Corrective action RN-2026-00001 Harder packing for DN50|R&D")));
    CHECK(owed.contains(QStringLiteral("D0 Emergency response of tracing 8D-2026-00001|Quality Department")));

    // Signed off or closed: no longer owed by anyone.
    TracingService tracings(t.connection(), d.clock);
    const qint64 tracing = tracings.ofCase(caseId)->id;
    const TracingStep d0 = tracings.load(tracing).steps.at(0);
    tracings.saveStep(t.quality, d0.id, d0.version, QStringLiteral("Spare valves sent"), false, true);
    CHECK(heading(at(5, 9, 0), t.quality, ImprovementQueue::stepsKey()).overdue == 1);
    CHECK(ImprovementQueue(t.connection(), d.clock).overdue().count == 2);
}
