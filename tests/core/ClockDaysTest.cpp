#include "stats/ClockDays.h"

#include "FlowDriver.h"
#include "cases/CaseRepository.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "deadlines/CaseClocks.h"
#include "deadlines/DeadlineCalculator.h"
#include "sample/SampleData.h"
#include "stats/OnTimeQuery.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Issue 13, item 4: the met deadlines counted by day (clock_days, migration 023) always equal a
// recomputation from case_clocks, through saves, a corrected day of receipt, a new time zone and
// an interrupted count; and the on-time shares read from them equal the shares counted live.

namespace {
const QDateTime sampleNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

// Recomputed here: each case's local day of receipt by QDateTime, its met deadlines counted.
QMap<QString, QPair<qint64, qint64>> recomputed(const QSqlDatabase& c)
{
    const QTimeZone zone = DeadlineRules::load(c).zone;
    QMap<QString, QPair<qint64, qint64>> out;
    QSqlQuery q = Sql::exec(c,
                            QStringLiteral("SELECT c.received_at, k.kind, k.unit_id, k.done_at <= k.due_at "
                                           "FROM cases c JOIN case_clocks k ON k.case_id = c.id "
                                           "WHERE k.done_at IS NOT NULL"));
    while (q.next()) {
        const QDate day = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), zone).date();
        QPair<qint64, qint64>& n = out[QStringLiteral("%1 %2 %3")
                                           .arg(ClockDays::dayNumber(day))
                                           .arg(q.value(1).toString(), q.value(2).toString())];
        (q.value(3).toBool() ? n.first : n.second) += 1;
    }
    return out;
}

QMap<QString, QPair<qint64, qint64>> stored(const QSqlDatabase& c)
{
    QMap<QString, QPair<qint64, qint64>> out;
    QSqlQuery q = Sql::exec(
        c,
        QStringLiteral("SELECT day, kind, unit_id, on_time, late FROM clock_days WHERE on_time + late > 0"));
    while (q.next())
        out[QStringLiteral("%1 %2 %3")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())]
            = {q.value(3).toLongLong(), q.value(4).toLongLong()};
    return out;
}

// The shares from the day counts against the shares counted live, month by month.
void sameShares(const QSqlDatabase& c, const StatsFilter& f)
{
    OnTimeQuery fast(c, DeadlineRules::load(c), DocumentLanguage());
    OnTimeQuery live(c, DeadlineRules::load(c), DocumentLanguage());
    live.setLive(true);
    const OnTimeResult a = fast.run(f, sampleNow);
    const OnTimeResult b = live.run(f, sampleNow);
    REQUIRE(a.lines.size() == b.lines.size());
    REQUIRE_FALSE(a.lines.isEmpty());
    for (qsizetype i = 0; i < a.lines.size(); ++i) {
        INFO(a.lines[i].label.toStdString() << " from " << f.from.toString(Qt::ISODate).toStdString());
        CHECK(a.lines[i].kind == b.lines[i].kind);
        CHECK(a.lines[i].unitId == b.lines[i].unitId);
        REQUIRE(a.lines[i].byMonth.size() == b.lines[i].byMonth.size());
        for (qsizetype m = 0; m < a.lines[i].byMonth.size(); ++m) {
            CHECK(a.lines[i].byMonth[m].onTime == b.lines[i].byMonth[m].onTime);
            CHECK(a.lines[i].byMonth[m].late == b.lines[i].byMonth[m].late);
            CHECK(a.lines[i].byMonth[m].overdue == b.lines[i].byMonth[m].overdue);
            CHECK(a.lines[i].byMonth[m].running == b.lines[i].byMonth[m].running);
        }
    }
}
} // namespace

TEST_CASE("Day counts of met deadlines equal a recomputation through saves, a new time zone and an "
          "interrupted count",
          "[stats][clockdays]")
{
    QTemporaryDir dir;
    auto db = std::make_unique<Database>(dir.filePath(QStringLiteral("days.sqlite")));
    QSqlDatabase c = db->connection();
    CHECK(ClockDays::isCurrent(c, DeadlineRules::load(c).zone)); // a new, empty database
    SampleOptions options;
    options.cases = 200;
    options.seed = 23;
    options.now = sampleNow;
    options.photos = false;
    SampleData::generate(c, options);
    const auto total = [](const QMap<QString, QPair<qint64, qint64>>& m) {
        qint64 n = 0;
        for (const auto& v : m)
            n += v.first + v.second;
        return n;
    };
    REQUIRE(total(recomputed(c)) > 500);
    CHECK(stored(c) == recomputed(c));
    StatsFilter f;
    f.from = QDate(2026, 1, 17);
    f.to = QDate(2026, 10, 9);
    sameShares(c, f);

    // Saves as the workflow makes them: a case's clocks replaced, one met late now, one reopened.
    const DeadlineCalculator deadlines(DeadlineRules::load(c));
    const CaseRepository cases(c);
    const qint64 some
        = Sql::scalar(c, QStringLiteral("SELECT min(case_id) FROM case_clocks WHERE done_at IS NOT NULL"))
              .toLongLong();
    QList<DeadlineClock> clocks = deadlines.clocks(cases.load(some));
    for (DeadlineClock& clock : clocks)
        if (clock.doneAt.isValid())
            clock.doneAt = clock.dueAt.addDays(2);
    CaseClocks(c).store(some, clocks);
    Sql::exec(
        c,
        QStringLiteral("UPDATE case_clocks SET done_at = NULL WHERE case_id = (SELECT max(case_id) FROM "
                       "case_clocks WHERE done_at IS NOT NULL)"));
    // A day of receipt corrected by a week.
    Sql::exec(c, QStringLiteral("UPDATE cases SET received_at = received_at - 7 * 86400 WHERE id = ?"),
              {some + 1});
    CHECK(stored(c) == recomputed(c));

    // Another time zone: counted again at the next opening, a chunk at a time; stopped after two
    // chunks, saves meanwhile on cases counted and not, then the rest.
    Sql::exec(
        c, QStringLiteral("UPDATE settings SET value = 'America/New_York' WHERE key = 'deadline.time_zone'"));
    CHECK_FALSE(ClockDays::isCurrent(c, DeadlineRules::load(c).zone));
    CHECK(ClockDays(c).sync(40, 2) == 80);
    CHECK_FALSE(ClockDays::isCurrent(c, DeadlineRules::load(c).zone));
    sameShares(c, f); // counted live meanwhile: the same figures
    Sql::exec(
        c,
        QStringLiteral("UPDATE case_clocks SET done_at = due_at + 60 WHERE done_at IS NULL AND case_id IN "
                       "(SELECT min(id) FROM cases UNION SELECT max(id) FROM cases)"));
    db.reset();
    db = std::make_unique<Database>(dir.filePath(QStringLiteral("days.sqlite")));
    c = db->connection();
    CHECK(ClockDays::isCurrent(c, DeadlineRules::load(c).zone));
    CHECK(stored(c) == recomputed(c));
    sameShares(c, f);
    f.from = QDate(2025, 12, 31);
    f.to = QDate(2026, 3, 1);
    sameShares(c, f);
}

TEST_CASE("Day counts follow the workflow's saves and a new time zone on either engine", "[stats][clockdays]")
{
    TestDatabase t; // a file, or a database on the server in the suite's run there
    const QSqlDatabase c = t.connection();
    ClockDays(c).sync(); // the test database's zone was set after it was opened
    CHECK(ClockDays::isCurrent(c, DeadlineRules::load(c).zone));
    FlowDriver d(t);
    const QDate from = d.clock.now().date();
    for (int i = 0; i < 3; ++i) {
        const qint64 id = d.log();
        if (i < 2)
            d.toFollowedUp(id);
        else
            d.toImplemented(id);
        d.clock.advanceDays(9);
    }
    REQUIRE_FALSE(recomputed(c).isEmpty());
    CHECK(stored(c) == recomputed(c));
    StatsFilter f;
    f.from = from;
    f.to = d.clock.now().date();
    sameShares(c, f);

    // Another time zone: counted again a chunk at a time, stopped after one chunk, then the rest.
    Sql::exec(
        c, QStringLiteral("UPDATE settings SET value = 'America/New_York' WHERE key = 'deadline.time_zone'"));
    CHECK_FALSE(ClockDays::isCurrent(c, DeadlineRules::load(c).zone));
    CHECK(ClockDays(c).sync(1, 1) == 1);
    CHECK_FALSE(ClockDays::isCurrent(c, DeadlineRules::load(c).zone));
    sameShares(c, f); // counted live meanwhile
    CHECK(ClockDays(c).sync(1) == 2);
    CHECK(ClockDays::isCurrent(c, DeadlineRules::load(c).zone));
    CHECK(stored(c) == recomputed(c));
    sameShares(c, f);
    // Opened again: nothing left to count, the counts kept.
    t.reopen();
    CHECK(ClockDays::isCurrent(t.connection(), DeadlineRules::load(t.connection()).zone));
    CHECK(stored(t.connection()) == recomputed(t.connection()));
}
