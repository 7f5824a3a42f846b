// Issue "The main flow in the window", desktop manners: a main toolbar with the menus' own
// actions, drawn as SVG icons that stay sharp at 200 % scaling; its place is kept with the
// window's state.
#include "MockClock.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "main/MainActions.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QMenuBar>
#include <QTest>
#include <QToolBar>

#include <catch2/catch.hpp>

namespace {
int paintedPixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                ++n;
    return n;
}

QList<QAction*> menuActions(QMenuBar* bar)
{
    QList<QAction*> all;
    for (QAction* top : bar->actions())
        if (top->menu())
            all += top->menu()->actions();
    return all;
}
} // namespace

TEST_CASE("The main toolbar's SVG icons are sharp at 200 % and shared with the menus", "[gui][toolbar]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.sales);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    REQUIRE(bar);
    CHECK(bar->isVisible());
    const QList<QAction*> inMenus = menuActions(window.menuBar());
    int icons = 0;
    for (QAction* a : bar->actions()) {
        if (a->isSeparator())
            continue;
        INFO(a->objectName().toStdString());
        REQUIRE_FALSE(a->icon().isNull());
        // The SVG engine draws the icon at the device pixels asked for: 48 x 48 at a ratio of 2,
        // not 24 x 24 blown up (the plain pixmap engine never makes a picture larger than its file).
        const QPixmap pixmap = a->icon().pixmap(QSize(24, 24), 2.0);
        CHECK(pixmap.devicePixelRatio() == 2.0);
        CHECK(pixmap.size() == QSize(48, 48));
        const int painted = paintedPixels(pixmap.toImage());
        CHECK(painted > 48 * 48 / 20); // a drawing, not a blank square
        CHECK(painted < 48 * 48 * 3 / 4); // lines, not a filled square
        CHECK(inMenus.contains(a)); // the same action, with the same icon, in a menu
        ++icons;
    }
    CHECK(icons >= 9);

    // The print actions work on the selection: none on an empty page.
    window.showFlowChart();
    CHECK_FALSE(window.mainActions().printSheets->isEnabled());

    // The toolbar's place and visibility are part of the saved window state.
    bar->hide();
    const QByteArray state = window.saveState();
    MainWindow again(t.db(), clock, t.sales);
    again.show();
    auto* otherBar = again.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    REQUIRE(otherBar);
    CHECK(otherBar->isVisible());
    REQUIRE(again.restoreState(state));
    CHECK_FALSE(otherBar->isVisible());
}

// Run by its own ctest entry with QT_SCALE_FACTOR=2 (hidden from the plain run).
TEST_CASE("Screenshot of the main window with its toolbar at 200 %", "[.scale2]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.sales);
    window.resize(1100, 640);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showCaseList();
    QTest::qWait(50);
    REQUIRE(window.devicePixelRatio() == 2.0);
    const QPixmap shot = window.grab();
    CHECK(shot.size() == window.size() * 2);
    auto* bar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    REQUIRE(bar);
    const QPixmap barShot = bar->grab();
    CHECK(barShot.size() == bar->size() * 2);
    const QString dir = testPath("QL_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    CHECK(shot.save(QDir(dir).filePath(QStringLiteral("08_toolbar_200pct_en.png"))));
    CHECK(barShot.save(QDir(dir).filePath(QStringLiteral("08_toolbar_only_200pct_en.png"))));
}
