// Issue 10, live view: what another program saves in the database shows in every open window
// within 2 seconds without Refresh (My work and its counts, the flow chart, the case list, the
// open case), and what did not change is not read again.
#include "FlowDriver.h"
#include "GuiTestSupport.h"
#include "LatestCase.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "cases/CaseListQuery.h"
#include "cases/CaseRowFormat.h"
#include "cases/CaseRowsModel.h"
#include "cases/CaseTableView.h"
#include "cases/CaseViewPage.h"
#include "db/ChangeWatch.h"
#include "db/Sql.h"
#include "flow/FlowChartPage.h"
#include "flow/FlowChartWidget.h"
#include "main/BackgroundCounts.h"
#include "main/MainWindow.h"
#include "main/NavigationTree.h"
#include "main/Session.h"
#include "queue/MyWorkPage.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>
#include <functional>

namespace {
// Another program on this PC saving through core (tests/core/OtherProgram.cpp).
QString otherProgram(const QString& database, const QStringList& args)
{
    QProcess p;
    p.start(testPath("QL_OTHER_PROGRAM"), QStringList {database} + args);
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Runs the window's event loop until the condition holds; false after timeoutMs.
bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!condition()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

qint64 countOf(const MainWindow& w, const QString& key)
{
    for (const QueueGroup& g : w.myWorkPage()->groups())
        if (g.key == key)
            return g.count;
    return -1;
}

qint64 flowCount(const MainWindow& w, CaseStatus status)
{
    for (const FlowStepCount& c : w.flowChartPage()->chart()->counts())
        if (c.status == status)
            return c.open;
    return -1;
}

QList<qint64> ids(const QAbstractItemModel* model)
{
    QList<qint64> list;
    for (int r = 0; r < model->rowCount(); ++r)
        list.append(model->index(r, 0).data(CaseRowFormat::IdRole).toLongLong());
    return list;
}

int rowOf(const QAbstractItemModel* model, qint64 id)
{
    return static_cast<int>(ids(model).indexOf(id));
}

QString statusShown(const QAbstractItemModel* model, qint64 id)
{
    return model->index(rowOf(model, id), CaseRowFormat::Status).data().toString();
}
} // namespace

TEST_CASE("Issue 10: a case another program logs and one it changes show in every open window "
          "within 2 s",
          "[gui][liveview]")
{
    TestDatabase t;
    MockClock clock;
    FlowDriver f(t);
    const qint64 toSend = f.log(); // the other program sends it to Quality
    const qint64 untouched = f.log(); // nobody changes it

    MainWindow sales(t.db(), clock, t.sales);
    MainWindow quality(t.db(), clock, t.quality);
    sales.show();
    quality.show();
    REQUIRE(QTest::qWaitForWindowExposed(&sales));
    REQUIRE(GuiTest::waitForCounts(sales));
    REQUIRE(GuiTest::waitForCounts(quality));
    CHECK(ids(sales.myWorkPage()->model()) == QList<qint64> {toSend, untouched});
    CHECK(countOf(quality, QStringLiteral("sent")) == 0);
    CHECK(flowCount(quality, CaseStatus::SentToQuality) == 0);

    // Sales has the case open that will change; Quality the one that will not. In Sales's case
    // list the untouched case is selected.
    sales.openCase(toSend);
    quality.openCase(untouched);
    QSignalSpy salesViewLoads(sales.caseViewPage(), &CaseViewPage::loaded);
    QSignalSpy qualityViewLoads(quality.caseViewPage(), &CaseViewPage::loaded);
    CaseTableView* salesList = sales.caseListPage()->table();
    salesList->selectRow(rowOf(salesList->model(), untouched));
    REQUIRE(salesList->selectedCaseIds() == QList<qint64> {untouched});
    QSignalSpy listResets(salesList->model(), &QAbstractItemModel::modelReset);

    const qint64 theirs
        = otherProgram(t.path(), {QStringLiteral("log"), QString::number(t.customerId), t.serialNo})
              .toLongLong();
    REQUIRE(theirs > untouched);
    otherProgram(t.path(), {QStringLiteral("send"), QString::number(toSend)});
    QElapsedTimer sinceSaved;
    sinceSaved.start();

    const QString sent = CaseStatuses::displayName(CaseStatus::SentToQuality);
    const bool shown = waitFor(
        [&]() {
            return sales.caseViewPage()->currentCase().status == CaseStatus::SentToQuality
                && ids(sales.caseListPage()->model()) == QList<qint64> {theirs, untouched, toSend}
            && statusShown(sales.caseListPage()->model(), toSend) == sent
                && ids(sales.myWorkPage()->model()) == QList<qint64> {untouched, theirs}
            && ids(quality.myWorkPage()->model()) == QList<qint64> {toSend}
            && countOf(quality, QStringLiteral("sent")) == 1
                && flowCount(quality, CaseStatus::SentToQuality) == 1
                && flowCount(sales, CaseStatus::Logged) == 2
                && ids(quality.caseListPage()->model()).size() == 3 && !sales.counts().isBusy()
                && !quality.counts().isBusy();
        },
        10000);
    const qint64 took = sinceSaved.elapsed();
    INFO("shown after " << took << " ms");
    REQUIRE(shown);
    CHECK(took < 2000);

    // The open case that changed was read again once; the other was not read at all.
    CHECK(salesViewLoads.count() == 1);
    CHECK(qualityViewLoads.count() == 0);
    // The list was not reset: its new row came in above, the selection stayed on its case.
    CHECK(listResets.count() == 0);
    CHECK(salesList->selectedCaseIds() == QList<qint64> {untouched});
    CHECK(sales.caseListPage()->findChild<QLabel*>(QStringLiteral("caseCount"))->text().contains(u'3'));
    CHECK(quality.navigation()->groupItem(QStringLiteral("sent"))->text(0).contains(u'1'));
    // The flow chart's list of the logged cases lost the sent one and gained the new one.
    CHECK(ids(quality.flowChartPage()->model()) == QList<qint64> {theirs, untouched});
}

TEST_CASE("Issue 10: the window's own saves are not reported again as saved elsewhere", "[gui][liveview]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow sales(t.db(), clock, t.sales);
    FlowDriver f(t);
    const qint64 id = f.log();
    sales.openCase(id);
    QSignalSpy loads(sales.caseViewPage(), &CaseViewPage::loaded);
    QSignalSpy elsewhere(&sales.session(), &Session::changedElsewhere);
    sales.session().workflow().sendToQuality(t.sales, latest(sales.session().workflow(), id));
    sales.session().notifyChanged(id);
    CHECK(loads.count() == 1);
    // The next looks find nothing new: the save was this window's.
    CHECK(sales.session().changeWatch().poll().isEmpty());
    CHECK(sales.session().changeWatch().poll().isEmpty());
    CHECK(elsewhere.count() == 0);
    CHECK(loads.count() == 1);
}

TEST_CASE("Issue 10: new cases from another program keep the place of a list scrolled down",
          "[gui][liveview]")
{
    TestDatabase t;
    MockClock clock;
    FlowDriver f(t);
    Sql::exec(t.connection(), QStringLiteral("PRAGMA synchronous = OFF")); // only to fill it fast
    for (int i = 0; i < 300; ++i)
        f.log();
    Sql::exec(t.connection(), QStringLiteral("PRAGMA synchronous = FULL"));
    MainWindow sales(t.db(), clock, t.sales);
    sales.resize(1200, 700);
    sales.showCaseList();
    sales.show();
    REQUIRE(QTest::qWaitForWindowExposed(&sales));
    CaseTableView* list = sales.caseListPage()->table();
    list->scrollTo(list->model()->index(120, 0), QAbstractItemView::PositionAtTop);
    const qint64 topBefore = list->indexAt(QPoint(0, 0)).data(CaseRowFormat::IdRole).toLongLong();
    list->selectRow(125);
    const QList<qint64> selected = list->selectedCaseIds();
    const int rowsBefore = list->model()->rowCount();

    const qint64 theirs
        = otherProgram(t.path(), {QStringLiteral("log"), QString::number(t.customerId), t.serialNo})
              .toLongLong();
    REQUIRE(waitFor([&]() { return list->model()->rowCount() == rowsBefore + 1; }, 5000));
    CHECK(sales.caseListPage()->model()->caseId(0) == theirs);
    CHECK(list->indexAt(QPoint(0, 0)).data(CaseRowFormat::IdRole).toLongLong() == topBefore);
    CHECK(list->selectedCaseIds() == selected);
}

TEST_CASE("Issue 10: the case list takes changed cases in by its filter, row by row", "[gui][liveview]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 first = f.log();
    const qint64 second = f.log();
    CaseListQuery query(t.connection(), f.clock);
    CaseListModel logged(query, f.clock);
    CaseFilter byStatus;
    byStatus.status = QStringLiteral("logged");
    logged.setFilter(byStatus);
    CaseListModel searched(query, f.clock);
    CaseFilter bySearch;
    bySearch.search = QStringLiteral("flange");
    searched.setFilter(bySearch);
    QAbstractItemModelTester testLogged(&logged, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester testSearched(&searched, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&logged, &QAbstractItemModel::modelReset);
    REQUIRE(ids(&logged) == QList<qint64> {second, first});
    REQUIRE(ids(&searched).isEmpty());

    // The first case moves on: it leaves the list of logged cases. A new case about a flange
    // comes in at the top of both lists; a changed case the filter never matched stays out.
    f.flow.sendToQuality(t.sales, latest(f.flow, first));
    IntakeData flange = f.intake();
    flange.symptom = QStringLiteral("Flange gasket weeps");
    const qint64 third = f.flow.logCase(t.sales, flange);
    logged.refreshCases({first, third});
    searched.refreshCases({first, third});
    CHECK(ids(&logged) == QList<qint64> {third, second});
    CHECK(ids(&searched) == QList<qint64> {third});
    CHECK(resets.count() == 0);

    // An empty set (changes no one case names): new cases are added, rows read again when shown.
    const qint64 fourth = f.log();
    logged.refreshCases({});
    CHECK(ids(&logged) == QList<qint64> {fourth, third, second});
    CHECK(logged.index(0, CaseListModel::Status).data().toString()
          == CaseStatuses::displayName(CaseStatus::Logged));
    CHECK(resets.count() == 0);
}
