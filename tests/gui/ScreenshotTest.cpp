// Issue 3: a picture of each main screen in English and Chinese, written to
// <build>/screenshots for people to look at.
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "cases/CaseActions.h"
#include "cases/CaseListPage.h"
#include "cases/CaseViewPage.h"
#include "db/Database.h"
#include "flow/FlowChartPage.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "queue/MyWorkPage.h"
#include "sample/SampleData.h"
#include "steps/StepDialog.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
void shoot(QWidget* w, const QString& name, const QString& lang)
{
    QCoreApplication::processEvents();
    const QString dir = QStringLiteral(QL_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    CHECK(w->grab().save(QDir(dir).filePath(name + QLatin1Char('_') + lang + QStringLiteral(".png"))));
}

User userOf(UserService& users, Role role)
{
    for (const User& u : users.users())
        if (u.role == role)
            return u;
    FAIL("no user with the role");
    return {};
}
} // namespace

TEST_CASE("Screenshots of the main screens", "[gui][screenshots]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("shots.sqlite")));
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    SampleOptions options;
    options.cases = 600;
    options.now = clock.now();
    SampleData::generate(db.connection(), options);
    UserService users(db.connection());
    const User quality = userOf(users, Role::QualityEngineer);
    const User sales = userOf(users, Role::SalesClerk);

    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        {
            SignInDialog signIn(users);
            signIn.resize(460, 280);
            signIn.show();
            shoot(&signIn, QStringLiteral("01_sign_in"), lang);
        }
        MainWindow window(db, clock, quality);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(GuiTest::waitForCounts(window));
        window.showMyWork();
        REQUIRE(GuiTest::waitForCounts(window));
        shoot(&window, QStringLiteral("02_my_work"), lang);
        window.showCaseList();
        shoot(&window, QStringLiteral("03_case_list"), lang);
        // A case far along the flow, for a full case view.
        CaseFilter closed;
        closed.status = QStringLiteral("closed");
        const QList<CaseListRow> rows = CaseListQuery(db.connection(), clock).page(closed, 0, 1);
        REQUIRE_FALSE(rows.isEmpty());
        window.openCase(rows.first().id);
        shoot(&window, QStringLiteral("04_case_view"), lang);
        window.showFlowChart();
        REQUIRE(GuiTest::waitForCounts(window));
        shoot(&window, QStringLiteral("07_flow_chart"), lang);
        CaseFilter recorded;
        recorded.status = QStringLiteral("recorded");
        const QList<CaseListRow> toAnalyse = CaseListQuery(db.connection(), clock).page(recorded, 0, 1);
        REQUIRE_FALSE(toAnalyse.isEmpty());
        window.openCase(toAnalyse.first().id);
        std::unique_ptr<StepDialog> analysis(window.caseViewPage()->actions().createDialog(
            WorkflowStep::Analyse, window.caseViewPage()->currentCase()));
        REQUIRE(analysis);
        analysis->show();
        shoot(analysis.get(), QStringLiteral("06_analysis"), lang);
        analysis->close();
        window.close();

        MainWindow clerk(db, clock, sales);
        clerk.resize(1280, 800);
        clerk.show();
        clerk.newCase();
        shoot(&clerk, QStringLiteral("05_intake"), lang);
        clerk.close();
    }
    Translations::install(QStringLiteral("en"));
}
