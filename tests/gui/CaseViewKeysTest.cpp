// Tester's shared office, item 3: in the case view Alt+F moved to "Add files…" instead of
// opening the File menu: the button's access key was the menu's. No access key of the case
// view's buttons may be one of the menu bar's.
#include "FlowDriver.h"
#include "cases/CaseViewPage.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QKeySequence>
#include <QMenuBar>
#include <QSet>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
QChar accessKey(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&')
                return text.at(i + 1).toLower();
            ++i;
        }
    return {};
}
} // namespace

TEST_CASE("The case view's buttons take no access key of the menu bar", "[gui][attachments][keys]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    MainWindow window(t.db(), f.clock, t.sales);
    window.resize(1200, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openCase(id);
    QSet<QChar> menus;
    for (const QAction* a : window.menuBar()->actions())
        if (const QChar key = accessKey(a->text()); !key.isNull())
            menus.insert(key);
    REQUIRE(menus.contains(u'f'));
    for (const QAbstractButton* b : window.caseViewPage()->findChildren<QAbstractButton*>()) {
        if (!b->isVisibleTo(&window))
            continue;
        const QChar key = accessKey(b->text());
        INFO(b->text().toStdString());
        CHECK((key.isNull() || !menus.contains(key)));
    }
}
