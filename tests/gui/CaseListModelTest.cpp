// Issue 3: the case list model is a correct Qt model and pages a 100,000-case database by
// keyset reads, without fetching it whole.
#include "cases/CaseListModel.h"

#include "MockClock.h"
#include "cases/CaseListQuery.h"
#include "db/Database.h"
#include "sample/SampleData.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

// Hidden from discovery ([.large]): registered in tests/gui/CMakeLists.txt with the label
// "large", run by the plain build only (it takes 3 minutes under the sanitizers, where it
// adds nothing the smaller paging tests do not already check).
TEST_CASE("The case list model pages 100,000 cases without a full fetch", "[.large][caselist]")
{
    // One 100,000-case database per test run (only this test uses it), closed before the
    // application object goes away.
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("big.sqlite")));
    SampleOptions options;
    options.cases = 100000;
    options.now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    SampleData::generate(db.connection(), options);
    MockClock clock;
    CaseListQuery query(db.connection(), clock);
    REQUIRE(query.count({}) == 100000);
    CaseListModel model(query, clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The tester itself asks for a few more pages; nothing near the 100,000.
    CHECK(model.rowCount() <= 4 * CaseListModel::pageSize);
    const int opened = model.rowCount();

    QTableView view;
    view.setModel(&model);
    view.resize(900, 500);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 3; ++i) {
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
    }
    CHECK(model.rowCount() > opened);
    CHECK(model.rowCount() <= opened + 4 * CaseListModel::pageSize);
    // Rows stay newest first across pages.
    CHECK(model.caseId(0) > model.caseId(model.rowCount() - 1));

    CaseFilter f;
    f.status = QStringLiteral("recorded");
    f.overdueOnly = true;
    model.setFilter(f);
    CHECK(model.rowCount() <= CaseListModel::pageSize);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, CaseListModel::DueAt).data().toString().size() > 0);
    CaseFilter search;
    search.search = QStringLiteral("leak");
    model.setFilter(search);
    CHECK(model.rowCount() <= CaseListModel::pageSize);
}
