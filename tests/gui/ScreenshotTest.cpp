// Issue 3: a picture of each main screen in English and Chinese, written to
// <build>/screenshots for people to look at.
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "TestPaths.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "cases/CaseActions.h"
#include "cases/CaseListPage.h"
#include "cases/CaseViewPage.h"
#include "common/Palette.h"
#include "db/Database.h"
#include "flow/FlowChartPage.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "queue/MyWorkPage.h"
#include "sample/SampleData.h"
#include "steps/StepDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

namespace {
void shoot(QWidget* w, const QString& name, const QString& lang)
{
    QCoreApplication::processEvents();
    const QString dir = testPath("QL_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    CHECK(w->grab().save(QDir(dir).filePath(name + QLatin1Char('_') + lang + QStringLiteral(".png"))));
}

// A dark palette as a desktop in dark mode gives it (Fusion's colours, as KDE's Breeze Dark).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x20), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x38, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x60, 0x66, 0x6c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Link, QColor(0x4d, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
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
            SignInDialog signIn(db.path(), clock);
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

TEST_CASE("Screenshots of the main screens in a dark palette", "[gui][screenshots][dark]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("dark.sqlite")));
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    SampleOptions options;
    options.cases = 600;
    options.now = clock.now();
    SampleData::generate(db.connection(), options);
    UserService users(db.connection());
    const User quality = userOf(users, Role::QualityEngineer);
    const QString oldStyle = QApplication::style()->name();
    const QPalette oldPalette = QApplication::palette();
    Translations::install(QStringLiteral("en"));
    {
        MainWindow window(db, clock, quality);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(GuiTest::waitForCounts(window));
        // The desktop turns dark while a case with an overdue deadline is open.
        CaseFilter overdue;
        overdue.overdueOnly = true;
        const QList<CaseListRow> late = CaseListQuery(db.connection(), clock).page(overdue, 0, 1);
        REQUIRE_FALSE(late.isEmpty());
        window.openCase(late.first().id);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        shoot(&window, QStringLiteral("04_case_view_overdue_dark"), QStringLiteral("en"));
        auto* next = window.caseViewPage()->findChild<QLabel*>(QStringLiteral("caseNextDue"));
        REQUIRE(next);
        CHECK(next->styleSheet().contains(Palette::overdue(darkPalette()).name()));
        // The case view's text is the palette's, never a fixed black.
        const QString html
            = window.caseViewPage()->findChild<QTextBrowser*>(QStringLiteral("caseDetails"))->toHtml();
        CHECK_FALSE(html.contains(Palette::overdue(QPalette(Qt::white)).name()));
        window.showMyWork();
        REQUIRE(GuiTest::waitForCounts(window));
        shoot(&window, QStringLiteral("02_my_work_dark"), QStringLiteral("en"));
        window.showCaseList();
        shoot(&window, QStringLiteral("03_case_list_dark"), QStringLiteral("en"));
        // A closed case with every record.
        CaseFilter closed;
        closed.status = QStringLiteral("closed");
        const QList<CaseListRow> rows = CaseListQuery(db.connection(), clock).page(closed, 0, 1);
        REQUIRE_FALSE(rows.isEmpty());
        window.openCase(rows.first().id);
        shoot(&window, QStringLiteral("04_case_view_dark"), QStringLiteral("en"));
        window.showFlowChart();
        REQUIRE(GuiTest::waitForCounts(window));
        shoot(&window, QStringLiteral("07_flow_chart_dark"), QStringLiteral("en"));
    }
    QApplication::setPalette(oldPalette);
    QApplication::setStyle(QStyleFactory::create(oldStyle));
}
