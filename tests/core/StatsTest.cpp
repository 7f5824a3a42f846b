#include "MockClock.h"
#include "UserError.h"
#include "cases/CaseListQuery.h"
#include "cases/CaseRepository.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "deadlines/DeadlineCalculator.h"
#include "sample/SampleData.h"
#include "stats/Pareto.h"
#include "stats/StatsService.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Issue 13: every figure of the statistics against SQL written here, on a generated database
// (a year of cases), and the list a bar opens gives exactly the cases it counts.

namespace {
const QDateTime sampleNow(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

struct SampleWorld
{
    SampleWorld()
        : db(dir.filePath(QStringLiteral("stats.sqlite")))
        , clock(sampleNow)
    {
        SampleOptions options;
        options.cases = 400;
        options.seed = 13;
        options.now = sampleNow;
        SampleData::generate(db.connection(), options);
    }
    QSqlDatabase c() const { return db.connection(); }
    QTemporaryDir dir;
    Database db;
    MockClock clock;
};

SampleWorld* current = nullptr;

SampleWorld& world()
{
    return *current;
}

StatsFilter year()
{
    StatsFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 10, 31);
    return f;
}

QTimeZone zone()
{
    return DeadlineRules::load(world().c()).zone;
}

qint64 secs(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), zone()).toSecsSinceEpoch();
}

QHash<qint64, qint64> countsBy(const QString& sql, const QVariantList& binds)
{
    QHash<qint64, qint64> out;
    QSqlQuery q = Sql::exec(world().c(), sql, binds);
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}
} // namespace

TEST_CASE("Pareto of a known data set: sorted, percentages, cumulative to 100, the vital few up to 80 %",
          "[stats][pareto]")
{
    // 50 + 20 + 12 + 8 + 5 + 3 + 2 = 100 cases.
    const QList<ParetoItem> items {
        {1, QStringLiteral("Seat leak"), 20, {}},  {2, QStringLiteral("Packing leak"), 50, {}},
        {3, QStringLiteral("Stuck stem"), 12, {}}, {4, QStringLiteral("Noise"), 8, {}},
        {5, QStringLiteral("Paint"), 5, {}},       {6, QStringLiteral("Label"), 3, {}},
        {7, QStringLiteral("Bolt"), 2, {}}};
    ParetoOptions options;
    options.topN = 10;
    QList<ParetoRow> rows = Pareto::build(items, options, QStringLiteral("Other"));
    REQUIRE(rows.size() == 7);
    CHECK(rows[0].label == QStringLiteral("Packing leak"));
    CHECK(rows[0].count == 50);
    CHECK(rows[1].label == QStringLiteral("Seat leak"));
    CHECK(rows[0].percent == Approx(50.0));
    CHECK(rows[1].cumulative == Approx(70.0));
    CHECK(rows[2].cumulative == Approx(82.0));
    CHECK(rows.last().cumulative == 100.0);
    // 50 and 70 are below 80, so the third category (which crosses 80) is still vital; not the fourth.
    CHECK(rows[0].vital);
    CHECK(rows[1].vital);
    CHECK(rows[2].vital);
    CHECK_FALSE(rows[3].vital);
    for (int i = 1; i < rows.size(); ++i)
        CHECK(rows[i].cumulative >= rows[i - 1].cumulative);

    // Top 3 and "Other": the other four added up, the keys "Other" leaves out are the top 3.
    options.topN = 3;
    rows = Pareto::build(items, options, QStringLiteral("Other"));
    REQUIRE(rows.size() == 4);
    CHECK(rows[3].other);
    CHECK(rows[3].label == QStringLiteral("Other"));
    CHECK(rows[3].count == 18);
    CHECK(rows[3].keys == QList<qint64> {2, 1, 3});
    CHECK(rows[3].cumulative == 100.0);
    CHECK_FALSE(rows[3].vital);

    // By cost: the order follows the money, not the number of cases.
    QList<ParetoItem> costly = items;
    costly[6].cost.replacement = 1000000; // the two bolts cost the most
    options.byCost = true;
    rows = Pareto::build(costly, options, QStringLiteral("Other"));
    CHECK(rows[0].label == QStringLiteral("Bolt"));
    CHECK(rows[0].percent == Approx(100.0));
    CHECK(rows[0].vital);
}

TEST_CASE("Pareto counts of each cut equal SQL of their own, and a bar lists exactly its cases",
          "[stats][pareto]")
{
    SampleWorld made;
    current = &made;
    SampleWorld& w = made;
    const StatsFilter f = year();
    const QVariantList period {secs(f.from), secs(f.to.addDays(1))};
    const QString range = QStringLiteral(" c.received_at >= ? AND c.received_at < ?");
    const struct
    {
        CaseCut cut;
        QString sql;
    } cuts[] = {
        {CaseCut::Defect,
         QStringLiteral("SELECT c.defect_category_id, count(*) FROM cases c WHERE c.defect_category_id "
                        "IS NOT NULL AND")
             + range + QStringLiteral(" GROUP BY 1")},
        {CaseCut::Cause,
         QStringLiteral("SELECT c.defect_cause_id, count(*) FROM cases c WHERE c.defect_cause_id IS NOT "
                        "NULL AND")
             + range + QStringLiteral(" GROUP BY 1")},
        {CaseCut::Customer,
         QStringLiteral("SELECT c.customer_id, count(*) FROM cases c WHERE") + range
             + QStringLiteral(" GROUP BY 1")},
        {CaseCut::Line,
         QStringLiteral("SELECT l.id, count(*) FROM cases c JOIN product_models m ON m.id = c.model_id "
                        "JOIN product_lines l ON l.code = m.product_line WHERE")
             + range + QStringLiteral(" GROUP BY 1")},
        {CaseCut::Unit,
         QStringLiteral("SELECT x.unit_id, count(*) FROM cases c JOIN case_units x ON x.case_id = c.id "
                        "WHERE")
             + range + QStringLiteral(" GROUP BY 1")},
    };
    const CaseListQuery list(w.c(), w.clock);
    for (const auto& each : cuts) {
        INFO(StatsService::cutCode(each.cut).toStdString());
        const QHash<qint64, qint64> expected = countsBy(each.sql, period);
        REQUIRE(expected.size() > 1);
        ParetoOptions options;
        options.topN = 1000;
        const ParetoResult result = ParetoQuery(w.c(), zone(), DocumentLanguage()).run(f, each.cut, options);
        REQUIRE(result.rows.size() == expected.size());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const ParetoRow& row : result.rows) {
            CHECK(row.count == expected.value(row.keys.first()));
            CHECK(row.count <= previous);
            previous = row.count;
        }
        CHECK(result.rows.last().cumulative == 100.0);
        // A bar opens the list of exactly its cases (the first, and one from the tail).
        CHECK(list.count(result.filterFor(result.rows.first())) == result.rows.first().count);
        CHECK(list.count(result.filterFor(result.rows.last())) == result.rows.last().count);
    }
    // Top 3 and "Other": "Other" lists exactly the cases it adds up.
    ParetoOptions top3;
    top3.topN = 3;
    const ParetoResult defects = ParetoQuery(w.c(), zone(), DocumentLanguage()).run(f, CaseCut::Defect, top3);
    REQUIRE(defects.rows.size() == 4);
    REQUIRE(defects.rows.last().other);
    CHECK(list.count(defects.filterFor(defects.rows.last())) == defects.rows.last().count);
    qint64 sum = 0;
    for (const ParetoRow& row : defects.rows)
        sum += row.count;
    CHECK(sum + defects.leftOut == defects.cases);
    CHECK(defects.cases == list.count(year().received(zone())));
}

TEST_CASE("On-time share of every named deadline equals the deadlines computed case by case",
          "[stats][ontime]")
{
    SampleWorld made;
    current = &made;
    SampleWorld& w = made;
    const StatsFilter f = year();
    const OnTimeResult result
        = OnTimeQuery(w.c(), DeadlineRules::load(w.c()), DocumentLanguage()).run(f, sampleNow);
    // Independent: every case of the period loaded whole, its deadlines computed by the rules.
    const DeadlineCalculator deadlines(DeadlineRules::load(w.c()));
    const CaseRepository cases(w.c());
    QHash<QString, OnTimeCounts> expected;
    QSqlQuery q
        = Sql::exec(w.c(), QStringLiteral("SELECT id FROM cases WHERE received_at >= ? AND received_at < ?"),
                    {secs(f.from), secs(f.to.addDays(1))});
    while (q.next()) {
        for (const DeadlineClock& clock : deadlines.clocks(cases.load(q.value(0).toLongLong()))) {
            if (clock.kind == DeadlineClock::Kind::FollowUp || !clock.dueAt.isValid())
                continue;
            OnTimeCounts& c = expected[DeadlineCalculator::kindCode(clock.kind) + clock.ownerCode];
            if (clock.wasLate())
                ++c.late;
            else if (!clock.isOpen())
                ++c.onTime;
            else if (clock.isOverdue(sampleNow))
                ++c.overdue;
            else
                ++c.running;
        }
    }
    for (const QString& kind : OnTimeQuery::kinds())
        if (kind != QLatin1String("unit_reply"))
            CHECK(std::any_of(result.lines.begin(), result.lines.end(),
                              [&](const OnTimeLine& l) { return l.kind == kind; }));
    const CaseListQuery list(w.c(), w.clock);
    qint64 lines = 0;
    for (const OnTimeLine& line : result.lines) {
        const QString owner = line.unitId > 0       ? QStringLiteral("unit:%1").arg(line.unitId)
            : line.kind == QLatin1String("arrival") ? QStringLiteral("technician")
                                                    : QStringLiteral("sales");
        INFO(line.label.toStdString());
        const OnTimeCounts& e = expected.value(line.kind + owner);
        CHECK(line.total.onTime == e.onTime);
        CHECK(line.total.late == e.late);
        CHECK(line.total.overdue == e.overdue);
        CHECK(line.total.running == e.running);
        CHECK(line.total.share() >= 0);
        CHECK(line.total.share() <= 100);
        qint64 byMonth = 0;
        for (const OnTimeCounts& m : line.byMonth)
            byMonth += m.counted();
        CHECK(byMonth == line.total.counted());
        ++lines;
    }
    CHECK(lines == expected.size());
    // The cases behind a share: exactly the late ones of the first deadline.
    REQUIRE_FALSE(result.lines.isEmpty());
    const OnTimeLine& first = result.lines.first();
    CHECK(list.count(result.filterFor(first, ClockOutcome::Late)) == first.total.late);
    CHECK(list.count(result.filterFor(first, ClockOutcome::OnTime)) == first.total.onTime);
}

TEST_CASE("Cases by month: received, closed and open at month end equal SQL, the year before too",
          "[stats][trend]")
{
    SampleWorld made;
    current = &made;
    SampleWorld& w = made;
    StatsFilter f;
    f.from = QDate(2026, 3, 1);
    f.to = QDate(2026, 8, 31);
    const TrendResult result = TrendQuery(w.c(), zone()).run(f);
    REQUIRE(result.months.size() == 6);
    const CaseListQuery list(w.c(), w.clock);
    for (int i = 0; i < result.months.size(); ++i) {
        const QDate first = f.from.addMonths(i);
        const QVariantList month {secs(first), secs(first.addMonths(1))};
        const TrendMonth& m = result.months.at(i);
        CHECK(m.month == first);
        CHECK(m.received
              == Sql::scalar(
                     w.c(),
                     QStringLiteral("SELECT count(*) FROM cases WHERE received_at >= ? AND received_at < ?"),
                     month)
                     .toLongLong());
        CHECK(m.closed
              == Sql::scalar(
                     w.c(),
                     QStringLiteral("SELECT count(*) FROM cases WHERE closed_at >= ? AND closed_at < ?"),
                     month)
                     .toLongLong());
        const qint64 end = secs(first.addMonths(1));
        CHECK(m.openAtEnd
              == Sql::scalar(
                     w.c(),
                     QStringLiteral("SELECT count(*) FROM cases WHERE received_at < ? AND (closed_at IS NULL "
                                    "OR closed_at >= ?)"),
                     {end, end})
                     .toLongLong());
        CHECK(m.receivedYearBefore
              == Sql::scalar(
                     w.c(),
                     QStringLiteral("SELECT count(*) FROM cases WHERE received_at >= ? AND received_at < ?"),
                     {secs(first.addYears(-1)), secs(first.addYears(-1).addMonths(1))})
                     .toLongLong());
        CHECK(list.count(result.filterFor(i, TrendResult::Figure::Open)) == m.openAtEnd);
        CHECK(list.count(result.filterFor(i, TrendResult::Figure::Closed)) == m.closed);
    }
}

TEST_CASE("Return-visit marks by month and technician equal SQL of their own", "[stats][marks]")
{
    SampleWorld made;
    current = &made;
    SampleWorld& w = made;
    const StatsFilter f = year();
    const VisitMarksResult result = VisitMarksQuery(w.c(), zone(), false).run(f);
    const QVariantList period {secs(f.from), secs(f.to.addDays(1))};
    QSqlQuery q = Sql::exec(
        w.c(),
        QStringLiteral("SELECT count(*), count(marks), sum(marks) FROM visits WHERE kind = 'first' "
                       "AND visited_at >= ? AND visited_at < ?"),
        period);
    REQUIRE(q.next());
    REQUIRE(q.value(0).toLongLong() > 0);
    CHECK(result.all.visits == q.value(0).toLongLong());
    CHECK(result.all.marked == q.value(1).toLongLong());
    CHECK(result.all.marksSum == q.value(2).toLongLong());
    const QHash<qint64, qint64> byTechnician = countsBy(
        QStringLiteral("SELECT p.technician_id, count(*) FROM visits v JOIN plans p ON p.case_id = v.case_id "
                       "WHERE v.kind = 'first' AND v.visited_at >= ? AND v.visited_at < ? AND "
                       "p.technician_id IS NOT NULL GROUP BY 1"),
        period);
    CHECK(result.byTechnician.size() == byTechnician.size());
    for (const MarksGroup& g : result.byTechnician)
        CHECK(g.visits == byTechnician.value(g.key));
    const CaseListQuery list(w.c(), w.clock);
    REQUIRE_FALSE(result.byTechnician.isEmpty());
    const MarksGroup& t = result.byTechnician.first();
    CHECK(list.count(result.filterFor(VisitMarksResult::By::Technician, t)) == t.visits);
    CHECK(result.byMonth.size() == 10);
}

TEST_CASE("An empty period gives a message and no table: a period ending before it starts is refused",
          "[stats][empty]")
{
    SampleWorld made;
    current = &made;
    SampleWorld& w = made;
    const StatsService stats(w.c(), w.clock, QStringLiteral("en"));
    StatsFilter f;
    f.from = QDate(2020, 1, 1); // years before the first case
    f.to = QDate(2020, 3, 31);
    for (const StatsReport& r : {stats.pareto(f, CaseCut::Defect), stats.onTime(f), stats.marks(f)}) {
        CHECK(r.isEmpty());
        CHECK(r.message.contains(QStringLiteral("2020-01-01")));
    }
    CHECK(stats.trend(f).isEmpty()); // nothing received, closed or open then
    f.to = QDate(2019, 12, 1);
    CHECK_THROWS_AS(stats.pareto(f, CaseCut::Defect), UserError);
}
