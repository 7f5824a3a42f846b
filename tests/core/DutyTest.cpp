#include "FlowDriver.h"
#include "LatestCase.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "queue/WorkQueue.h"
#include "reports/OverdueQuery.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
// The rows under one heading of a user's queue.
QList<CaseListRow> queueRows(const TestDatabase& t, const Clock& clock, const User& user, const QString& key)
{
    return WorkQueue(t.connection(), clock).rows(user, key);
}

QueueGroup group(const TestDatabase& t, const Clock& clock, const User& user, const QString& key)
{
    for (const QueueGroup& g : WorkQueue(t.connection(), clock).groups(user))
        if (g.key == key)
            return g;
    FAIL("no heading " << key.toStdString());
    return {};
}

// A grade A analysis whose units were asked for 3 and 7 days (the grade's own is 24 hours).
AnalysisData ownDeadlines(const FlowDriver& d)
{
    AnalysisData a = d.analysis();
    a.gradeId = d.t.gradeA;
    a.units[0].dueAt = d.clock.now().addDays(3);
    a.units[1].dueAt = d.clock.now().addDays(7);
    return a;
}
} // namespace

TEST_CASE("Units asked for 3 and 7 days are not overdue after 24 hours, anywhere, and keep it over a restart",
          "[duties]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    d.toRecorded(id);
    const QDateTime analysed = d.clock.now();
    d.flow.analyse(t.quality, latest(d.flow, id), ownDeadlines(d));
    d.flow.issueFeedbackSheet(t.quality, latest(d.flow, id));
    t.reopen();
    WorkflowService flow(t.connection(), d.clock);
    const QualityCase c = flow.load(id);
    REQUIRE(c.units.size() == 2);
    CHECK(c.units[0].dueAt == analysed.addDays(3));
    CHECK(c.units[1].dueAt == analysed.addDays(7));

    d.clock.set(analysed.addSecs(25 * 3600));
    // Not in the overdue list, not overdue in the units' queues nor in Quality's watch.
    for (const OverdueRow& r : OverdueQuery(t.connection()).rows(d.clock.now()))
        CHECK(r.stepCode != QStringLiteral("unit_reply"));
    const QueueGroup rnd = group(t, d.clock, t.rnd, QStringLiteral("unit_reply"));
    CHECK(rnd.count == 1);
    CHECK(rnd.overdue == 0);
    const QList<CaseListRow> rows = queueRows(t, d.clock, t.rnd, QStringLiteral("unit_reply"));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().nextDueAt == analysed.addDays(3));
    const QueueGroup watch = group(t, d.clock, t.quality, QStringLiteral("unit_reply"));
    CHECK(watch.count == 2);
    CHECK(watch.overdue == 0);

    // After three days the 3-day unit is late, the 7-day one is not.
    d.clock.set(analysed.addDays(3).addSecs(3600));
    const QList<OverdueRow> late = OverdueQuery(t.connection()).rows(d.clock.now());
    int replies = 0;
    for (const OverdueRow& r : late)
        if (r.stepCode == QStringLiteral("unit_reply")) {
            ++replies;
            CHECK(r.ownerUnitId == t.rndUnit);
        }
    CHECK(replies == 1);
    CHECK(group(t, d.clock, t.quality, QStringLiteral("unit_reply")).overdue == 1);
}

TEST_CASE("A unit named without a deadline gets the grade's, and a deadline in the past is refused",
          "[duties]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    d.toRecorded(id);
    AnalysisData a = ownDeadlines(d);
    a.units[1].dueAt = d.clock.now().addSecs(-3600);
    CHECK_THROWS(d.flow.analyse(t.quality, latest(d.flow, id), a));
    a.units[1].dueAt = QDateTime();
    d.flow.analyse(t.quality, latest(d.flow, id), a);
    const QualityCase c = d.flow.load(id);
    CHECK(c.units[0].dueAt == d.clock.now().addDays(3));
    CHECK(c.units[1].dueAt == d.clock.now().addSecs(24 * 3600)); // grade A: 24 hours
}

TEST_CASE("Each role's queue shows its own duty with its own due time", "[duties]")
{
    TestDatabase t;
    FlowDriver d(t);
    // An objection is in Sales' "Disposal suggestion owed" the moment it is logged.
    const qint64 objection = d.log(true);
    const QList<CaseListRow> owed = queueRows(t, d.clock, t.sales, QStringLiteral("disposal"));
    REQUIRE(owed.size() == 1);
    CHECK(owed.first().id == objection);
    CHECK(owed.first().nextDueAt == d.flow.load(objection).receivedAt.addSecs(24 * 3600));

    const qint64 id = d.log();
    d.toRecorded(id);
    d.flow.analyse(t.quality, latest(d.flow, id), ownDeadlines(d));
    d.flow.issueFeedbackSheet(t.quality, latest(d.flow, id));
    d.clock.advanceHours(2);
    PlanData plan = d.onSitePlan();
    plan.appointedAt = d.clock.now().addSecs(20 * 3600);
    d.flow.planProcessing(t.sales, latest(d.flow, id), plan);
    const QualityCase c = d.flow.load(id);

    // The technician: arrive on site by the appointed time, not the units' or Sales' deadlines.
    const QList<CaseListRow> service = queueRows(t, d.clock, t.technician, QStringLiteral("service"));
    REQUIRE(service.size() == 1);
    CHECK(service.first().id == id);
    CHECK(service.first().nextStep == QStringLiteral("arrival"));
    CHECK(service.first().nextDueAt == plan.appointedAt);
    CHECK(queueRows(t, d.clock, t.otherTechnician, QStringLiteral("service")).isEmpty());
    // R&D: reply by its own deadline.
    const QList<CaseListRow> reply = queueRows(t, d.clock, t.rnd, QStringLiteral("unit_reply"));
    REQUIRE(reply.size() == 1);
    CHECK(reply.first().nextStep == QStringLiteral("unit_reply"));
    CHECK(reply.first().nextDueAt == c.units[0].dueAt);
    // Sales: carry out the plan by the processing deadline.
    const QList<CaseListRow> planned = queueRows(t, d.clock, t.sales, QStringLiteral("planned"));
    REQUIRE(planned.size() == 1);
    CHECK(planned.first().nextDueAt == c.processingDueAt);

    // Technical support: follow up by its own deadline, after a transfer at the second visit.
    d.clock.advanceHours(10);
    d.flow.recordOnSiteService(t.technician, latest(d.flow, id), d.service());
    CHECK(queueRows(t, d.clock, t.technician, QStringLiteral("service")).isEmpty());
    d.clock.advanceDays(2);
    d.flow.recordFirstVisit(t.sales, latest(d.flow, id), d.firstVisit());
    d.clock.advanceDays(18);
    d.flow.recordSecondVisit(t.sales, latest(d.flow, id), d.secondVisit(true));
    const QList<CaseListRow> follow = queueRows(t, d.clock, t.techSupport, QStringLiteral("follow_up"));
    REQUIRE(follow.size() == 1);
    CHECK(follow.first().nextStep == QStringLiteral("follow_up"));
    CHECK(follow.first().nextDueAt == d.flow.load(id).followUps.first().dueAt);
}

TEST_CASE("The overdue list has one line per overdue duty, naming who owes it", "[duties]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    d.toSheetIssued(id); // grade B: both units reply within 48 hours
    const QualityCase c = d.flow.load(id);
    d.clock.set(c.units[0].dueAt.addSecs(3600));

    QStringList owners;
    for (const OverdueRow& r : OverdueQuery(t.connection()).rows(d.clock.now()))
        if (r.stepCode == QStringLiteral("unit_reply"))
            owners.append(r.ownerName);
    owners.sort();
    CHECK(owners == QStringList {QStringLiteral("Manufacturing"), QStringLiteral("R&D")});

    // The manager's "Overdue work" has the same lines, each saying who owes it.
    const QList<CaseListRow> rows = queueRows(t, d.clock, t.manager, QStringLiteral("overdue"));
    QStringList named;
    for (const CaseListRow& r : rows)
        if (r.nextStep == QStringLiteral("unit_reply"))
            named.append(r.nextOwnerName);
    named.sort();
    CHECK(named == owners);

    // A reply takes its line away; the other unit still owes.
    d.flow.recordUnitReply(t.rnd, latest(d.flow, id), t.rndUnit, QStringLiteral("Cause found"));
    int left = 0;
    for (const OverdueRow& r : OverdueQuery(t.connection()).rows(d.clock.now()))
        left += r.stepCode == QStringLiteral("unit_reply") ? 1 : 0;
    CHECK(left == 1);
}

TEST_CASE("The open cases of a database made before duties get them when it is opened", "[duties]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before016"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        Migrator::migrate(db, 14);
        Sql::exec(db,
                  QStringLiteral("INSERT INTO users(id, username, display_name, role, created_at) VALUES "
                                 "(50, 'old', 'Old clerk', 'sales', 0)"));
        Sql::exec(db, QStringLiteral("INSERT INTO customers(id, name) VALUES (7, 'North Coal Chemical')"));
        Sql::exec(db,
                  QStringLiteral("INSERT INTO cases(number, status, received_at, channel, customer_id, "
                                 "symptom, logged_at, logged_by, is_objection) VALUES "
                                 "('QI-2025-00009', 'logged', 1700000000, 'phone', 7, 'Leak', 1700000000, "
                                 "50, 1), ('QI-2025-00010', 'closed', 1700000000, 'phone', 7, 'Leak', "
                                 "1700000000, 50, 0)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before016"));

    QList<qint64> progress;
    Database::Options options;
    options.progress = [&](qint64 done, qint64) { progress.append(done); };
    Database db(path, options);
    CHECK(progress == QList<qint64> {1});
    // The open objection owes Sales both the disposal suggestion and the sending.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000 + 30 * 3600, Qt::UTC);
    const MockClock clock(now);
    const QList<OverdueRow> rows = OverdueQuery(db.connection()).rows(now);
    QStringList kinds;
    for (const OverdueRow& r : rows) {
        CHECK(r.caseNumber == QStringLiteral("QI-2025-00009"));
        CHECK(r.ownerKind == QStringLiteral("sales"));
        CHECK(r.ownerName == QStringLiteral("Old clerk"));
        kinds.append(r.stepCode);
    }
    kinds.sort();
    CHECK(kinds == QStringList {QStringLiteral("disposal"), QStringLiteral("send")});
    User sales;
    sales.role = Role::SalesClerk;
    CHECK(WorkQueue(db.connection(), clock).rows(sales, QStringLiteral("disposal")).size() == 1);
    // Asked once: the flag is gone.
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM settings WHERE key = ?"),
                      {QStringLiteral("duties.needs_rebuild")})
              .toInt()
          == 0);
}
