// Issues 3 and 5: "long work never freezes the window". The window shows itself and the first
// page of the case list at once; the counts of "My work" and of the flow chart are read on a
// thread of their own and arrive afterwards, and again after every save.
#include "main/BackgroundCounts.h"

#include "GuiTestSupport.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseRowsModel.h"
#include "flow/FlowChartPage.h"
#include "flow/FlowChartWidget.h"
#include "main/MainWindow.h"
#include "main/NavigationTree.h"
#include "main/Session.h"
#include "queue/MyWorkPage.h"

#include <QTest>

#include <catch2/catch.hpp>

namespace {
qint64 logOne(MainWindow& w, const TestDatabase& t)
{
    IntakeData in;
    in.channel = QStringLiteral("phone");
    in.customerId = t.customerId;
    in.serialNo = t.serialNo;
    in.symptom = QStringLiteral("Leak at the flange");
    const qint64 id = w.session().workflow().logCase(w.session().user(), in);
    w.session().notifyChanged(id);
    return id;
}

qint64 countOf(const MainWindow& w, const QString& key)
{
    for (const QueueGroup& g : w.myWorkPage()->groups())
        if (g.key == key)
            return g.count;
    return -1;
}
} // namespace

TEST_CASE("Issue 5: the window is usable before its counts arrive", "[gui][counts]")
{
    TestDatabase t;
    MockClock clock;
    {
        MainWindow first(t.db(), clock, t.sales);
        logOne(first, t);
        logOne(first, t);
    }

    MainWindow sales(t.db(), clock, t.sales);
    // Nothing was counted while the window was built: it says so, and the case list is there.
    CHECK(sales.counts().isBusy());
    CHECK(sales.navigation()->isCounting());
    CHECK(sales.myWorkPage()->isCounting());
    CHECK(sales.myWorkPage()->groups().isEmpty());
    CHECK(sales.flowChartPage()->chart()->isCounting());
    CHECK(sales.caseListPage()->model()->rowCount() == 2);
    sales.show();
    REQUIRE(QTest::qWaitForWindowExposed(&sales));

    REQUIRE(GuiTest::waitForCounts(sales));
    CHECK_FALSE(sales.navigation()->isCounting());
    CHECK_FALSE(sales.myWorkPage()->isCounting());
    CHECK_FALSE(sales.flowChartPage()->chart()->isCounting());
    CHECK(countOf(sales, QStringLiteral("logged")) == 2);
    CHECK(sales.myWorkPage()->currentGroup() == QStringLiteral("logged"));
    CHECK(sales.myWorkPage()->model()->rowCount() == 2);
    CHECK(sales.navigation()->groupItem(QStringLiteral("logged"))->text(0).contains(QStringLiteral("2")));

    // A save asks again; the window shows the new counts when they come.
    logOne(sales, t);
    CHECK(sales.counts().isBusy());
    REQUIRE(GuiTest::waitForCounts(sales));
    CHECK(countOf(sales, QStringLiteral("logged")) == 3);
    CHECK(sales.myWorkPage()->model()->rowCount() == 3);
}

TEST_CASE("Issue 5: a newer request replaces one still waiting", "[gui][counts]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow sales(t.db(), clock, t.sales);
    for (int i = 0; i < 20; ++i)
        sales.session().notifyChanged(0);
    REQUIRE(GuiTest::waitForCounts(sales));
    CHECK_FALSE(sales.navigation()->isCounting());
    CHECK(countOf(sales, QStringLiteral("logged")) == 0);
}
