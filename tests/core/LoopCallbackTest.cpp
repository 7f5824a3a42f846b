#include "FlowDriver.h"
#include "Refusal.h"
#include "TestPaths.h"
#include "UserError.h"
#include "db/Sql.h"
#include "loops/CallbackQuery.h"
#include "loops/CallbackService.h"
#include "loops/LoopSettings.h"
#include "reference/ReferenceData.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace {
QMap<QString, QString> errorsOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const UserError& e) {
        return e.fieldErrors().isEmpty() ? QMap<QString, QString> {{QStringLiteral("-"), e.message()}}
                                         : e.fieldErrors();
    }
    return {};
}

QDateTime delivered(int month, int day)
{
    return QDateTime(QDate(2026, month, day), QTime(12, 0), Qt::UTC);
}

// The loops start on 2026-01-01 with 30 days to the call-back and 5 more to make it; three
// batches: one overdue, one due today (2026-03-02), one not due yet.
struct CallbackWorld
{
    TestDatabase t;
    FlowDriver d {t};
    qint64 overdue = 0, due = 0, upcoming = 0;

    CallbackWorld()
    {
        LoopSettingsService settings(t.connection(), d.clock);
        LoopSettings s = settings.load();
        s.start = QDate(2026, 1, 1);
        s.callbackDays = 30;
        s.callbackWithinDays = 5;
        settings.save(t.admin, s);
        const ReferenceData ref(t.connection());
        overdue = ref.addShipment(QStringLiteral("SO-9001"), QStringLiteral("B2026-001"), t.customerId,
                                  delivered(1, 10));
        ref.addSerial(QStringLiteral("SN2026-000001"), overdue, t.modelId);
        due = ref.addShipment(QStringLiteral("SO-9002"), QStringLiteral("B2026-002"), t.keyCustomerId,
                              delivered(1, 31));
        upcoming = ref.addShipment(QStringLiteral("SO-9003"), QStringLiteral("B2026-003"), t.customerId,
                                   delivered(2, 20));
    }
    QList<qint64> shown(CallbackFilter::Show show) const
    {
        CallbackFilter f;
        f.show = show;
        QList<qint64> ids;
        for (const BatchCallback& b : CallbackQuery(t.connection(), d.clock).page(f, 0, 0, 50))
            ids.append(b.shipmentId);
        return ids;
    }
};
} // namespace

TEST_CASE("Every delivered batch owes Sales a call-back: due, overdue and not yet due by the set days",
          "[loops][callback]")
{
    CallbackWorld w;
    const CallbackQuery query(w.t.connection(), w.d.clock);
    // The batch delivered in 2025, before the loops started, owes nothing.
    CHECK(query.openCount() == QPair<qint64, qint64> {2, 1});
    CHECK(w.shown(CallbackFilter::Show::Open) == QList<qint64> {w.overdue, w.due});
    CHECK(w.shown(CallbackFilter::Show::Overdue) == QList<qint64> {w.overdue});
    CHECK(w.shown(CallbackFilter::Show::Due) == QList<qint64> {w.due});
    CHECK(w.shown(CallbackFilter::Show::Upcoming) == QList<qint64> {w.upcoming});
    const BatchCallback b = *query.one(w.due);
    CHECK(b.dueFrom == QDate(2026, 3, 2));
    CHECK(b.dueBy == QDate(2026, 3, 7));
    CHECK(b.state == CallbackState::Due);

    // Keyset paging: one row a page, in delivery order, never missing or repeating a batch.
    CallbackFilter all;
    QList<qint64> paged;
    qint64 key = 0, after = 0;
    for (;;) {
        const QList<BatchCallback> page = query.page(all, key, after, 1);
        if (page.isEmpty())
            break;
        paged.append(page.first().shipmentId);
        key = page.first().pageKey;
        after = page.first().shipmentId;
    }
    CHECK(paged == QList<qint64> {w.overdue, w.due, w.upcoming});

    // A week later the due one is overdue too; the upcoming one is still not due.
    w.d.clock.advanceDays(7);
    CHECK(CallbackQuery(w.t.connection(), w.d.clock).openCount() == QPair<qint64, qint64> {2, 2});
}

TEST_CASE("Only Sales records a call-back: its fields are checked and it is made once", "[loops][callback]")
{
    CallbackWorld w;
    CallbackService service(w.t.connection(), w.d.clock, w.d.flow);
    CallbackData call;
    call.shipmentId = w.due;
    call.contactName = QStringLiteral("Li Ming");
    call.opinion = CallbackOpinion::Satisfied;
    for (const User* u : {&w.t.technician, &w.t.quality, &w.t.manager, &w.t.rnd})
        CHECK(refusal([&] { service.record(*u, call); })
              == QStringLiteral("Only the Sales Department can call customers back after a delivery."));

    CallbackData nameless = call;
    nameless.contactName.clear();
    nameless.opinion = CallbackOpinion::Remarks;
    const auto errors = errorsOf([&] { service.record(w.t.sales, nameless); });
    CHECK(errors.contains(QStringLiteral("contactName")));
    CHECK(errors.contains(QStringLiteral("comments")));
    CallbackData early = call;
    early.calledAt = delivered(1, 20);
    CHECK(errorsOf([&] { service.record(w.t.sales, early); }).contains(QStringLiteral("calledAt")));
    CHECK(CallbackQuery(w.t.connection(), w.d.clock).openCount().first == 2); // nothing saved

    service.record(w.t.sales, call);
    const BatchCallback done = service.batch(w.due);
    CHECK(done.state == CallbackState::Done);
    CHECK(done.calledBy == QStringLiteral("sales"));
    CHECK(done.contactName == QStringLiteral("Li Ming"));
    CHECK_FALSE(done.wasLate());
    CHECK(refusal([&] { service.record(w.t.sales, call); }).contains(QStringLiteral("has already called")));
    CHECK(w.shown(CallbackFilter::Show::Done) == QList<qint64> {w.due});

    // The call survives a restart.
    w.t.reopen();
    const BatchCallback again = *CallbackQuery(w.t.connection(), w.d.clock).one(w.due);
    CHECK(again.state == CallbackState::Done);
    CHECK(again.contactName == QStringLiteral("Li Ming"));
}

TEST_CASE("An objection in a call-back becomes a new case in the same save, prefilled from the batch",
          "[loops][callback]")
{
    CallbackWorld w;
    CallbackService service(w.t.connection(), w.d.clock, w.d.flow);
    CallbackData call;
    call.shipmentId = w.overdue;
    call.contactName = QStringLiteral("Wang Fang");
    call.contactPhone = QStringLiteral("+86 21 5555 9999");
    call.opinion = CallbackOpinion::Objection;
    call.comments = QStringLiteral("Two valves leak at the flange");

    // Without the problem nothing is saved: neither the call nor a case.
    CHECK(errorsOf([&] { service.record(w.t.sales, call); }).contains(QStringLiteral("symptom")));
    CHECK(Sql::scalar(w.t.connection(), QStringLiteral("SELECT count(*) FROM cases")).toInt() == 0);

    call.symptom = QStringLiteral("Flange gasket leaks at 1.6 MPa");
    call.quantity = 2;
    service.record(w.t.sales, call);
    const BatchCallback b = service.batch(w.overdue);
    CHECK(b.state == CallbackState::Done);
    CHECK(b.wasLate()); // called on 2026-03-02, due by 2026-02-14
    REQUIRE(b.caseId > 0);
    CHECK(b.caseNumber == QStringLiteral("QI-2026-00001"));
    const QualityCase c = w.d.flow.load(b.caseId);
    CHECK(c.isObjection);
    CHECK(c.batchNo == QStringLiteral("B2026-001"));
    CHECK(c.orderNo == QStringLiteral("SO-9001"));
    CHECK(c.customerName == QStringLiteral("Huadong Petrochemical Co."));
    CHECK(c.modelCode == QStringLiteral("Q41F-16C-50")); // the batch's only model
    CHECK(c.contactName == QStringLiteral("Wang Fang"));
    CHECK(c.symptom == QStringLiteral("Flange gasket leaks at 1.6 MPa"));
    CHECK(c.quantity == 2);
}

TEST_CASE("The call-backs of a year by month: due, done, late and overdue", "[loops][callback]")
{
    CallbackWorld w;
    CallbackService service(w.t.connection(), w.d.clock, w.d.flow);
    CallbackData call;
    call.shipmentId = w.due;
    call.contactName = QStringLiteral("Li Ming");
    service.record(w.t.sales, call);
    const QList<CallbackMonth> months = CallbackQuery(w.t.connection(), w.d.clock).months(2026);
    REQUIRE(months.size() == 12);
    CHECK(months[0].total() == 0);
    // February: the batch delivered on 10 January came due on 9 February and was never called.
    CHECK(months[1].overdue == 1);
    CHECK(months[1].total() == 1);
    // March: one done in time, one not due yet.
    CHECK(months[2].done == 1);
    CHECK(months[2].late == 0);
    CHECK(months[2].upcoming == 1);
    CHECK(months[2].total() == 2);
}

TEST_CASE("The loops' settings: only an administrator changes them, wrong values are named",
          "[loops][settings]")
{
    TestDatabase t;
    MockClock clock;
    LoopSettingsService service(t.connection(), clock);
    LoopSettings s = service.load();
    // A new database starts its loops on the day it was made, with the documented defaults.
    CHECK(s.start == QDateTime::currentDateTimeUtc().date());
    CHECK(s.callbackDays == 30);
    CHECK(s.visitDays == 30);
    CHECK(refusal([&] { service.save(t.sales, s); }).startsWith(QStringLiteral("Only an administrator")));
    s.callbackWithinDays = 0;
    s.visitDays = 1000;
    const auto errors = errorsOf([&] { service.save(t.admin, s); });
    CHECK(errors.keys() == QStringList {QStringLiteral("callbackWithinDays"), QStringLiteral("visitDays")});
    s.callbackWithinDays = 7;
    s.visitDays = 14;
    service.save(t.admin, s);
    t.reopen();
    CHECK(LoopSettingsService(t.connection(), clock).load().callbackWithinDays == 7);
    CHECK(LoopSettingsService(t.connection(), clock).load().visitDays == 14);
}

TEST_CASE("qualityloop-cli callbacks lists the call-backs, --due only those to call now",
          "[loops][callback][cli]")
{
    CallbackWorld w;
    CallbackService service(w.t.connection(), w.d.clock, w.d.flow);
    CallbackData call;
    call.shipmentId = w.due;
    call.contactName = QStringLiteral("Li Ming");
    service.record(w.t.sales, call);
    const auto run = [&](const QStringList& extra) {
        QProcess p;
        p.start(testPath("QL_CLI_PATH"),
                QStringList {QStringLiteral("callbacks"), QStringLiteral("--database"), w.t.path()} + extra);
        REQUIRE(p.waitForFinished(60000));
        CHECK(p.exitCode() == 0);
        return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    };
    // The program's clock is the real one: by now (after March 2026) every open call-back is overdue.
    const QStringList all = run({});
    REQUIRE(all.size() == 3); // the batch delivered in 2025, before the loops started, is not there
    CHECK(all[0].startsWith(
        QStringLiteral("SO-9001\tB2026-001\tHuadong Petrochemical Co.\t2026-01-10\t2026-02-14\t")));
    CHECK(all[1].endsWith(QStringLiteral("\tdone")));
    const QStringList due = run({QStringLiteral("--due")});
    REQUIRE(due.size() == 2);
    CHECK(due[0].contains(QStringLiteral("B2026-001")));
    CHECK(due[1].contains(QStringLiteral("B2026-003")));
}
