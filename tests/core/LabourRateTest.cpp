#include "costs/LabourRate.h"

#include "FlowDriver.h"
#include "LatestCase.h"
#include "UserError.h"
#include "db/Sql.h"
#include "stats/StatsService.h"

#include <catch2/catch.hpp>

// Issue 13, item 2: the hourly labour rate the cost sums price labour hours at; set by an
// administrator only, checked in core, kept over a restart, audited, and used by the statistics.

TEST_CASE("Only an administrator sets the labour rate: the cost sums price labour hours at it",
          "[stats][costs]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 onSite = d.log();
    d.toPlanned(onSite);
    d.clock.advanceHours(20);
    ServiceData s = d.service();
    s.costs.labourHours = 3.5;
    s.costs.partsCost = 10000;
    d.flow.recordOnSiteService(t.technician, latest(d.flow, onSite), s);
    StatsFilter f;
    f.from = d.clock.now().date().addDays(-30);
    f.to = d.clock.now().date().addDays(1);
    const auto labourCost = [&]() {
        const StatsReport r
            = StatsService(t.connection(), d.clock, QStringLiteral("en")).pareto(f, CaseCut::Defect);
        REQUIRE(r.tables.size() == 1);
        REQUIRE(r.tables[0].rows.size() == 1);
        return r.tables[0].rows[0][8].toLongLong();
    };
    CHECK(LabourRate(t.connection()).load() == 0); // a new database: labour costs nothing yet
    CHECK(labourCost() == 0);

    const LabourRate rate(t.connection());
    CHECK_THROWS_AS(rate.save(t.sales, 12550, d.clock.now()), UserError);
    CHECK_THROWS_AS(rate.save(t.quality, 12550, d.clock.now()), UserError);
    try {
        rate.save(t.admin, -100, d.clock.now());
        FAIL("a negative rate was saved");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().contains(QStringLiteral("labourRate")));
    }
    CHECK_THROWS_AS(rate.save(t.admin, LabourRate::highest + 1, d.clock.now()), UserError);
    CHECK(rate.load() == 0);

    rate.save(t.admin, 12550, d.clock.now()); // 125.50 an hour
    t.reopen();
    CHECK(LabourRate(t.connection()).load() == 12550);
    CHECK(labourCost() == 43925); // 3.5 h at 125.50
    CHECK(Sql::scalar(t.connection(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE field = 'cost.labour_rate' AND "
                                     "new_value = '12550' AND user_id = ?"),
                      {t.admin.id})
              .toInt()
          == 1);
}
