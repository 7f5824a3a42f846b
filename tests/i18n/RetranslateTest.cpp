#include "MockClock.h"
#include "TestDatabase.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QThread>

#include <catch2/catch.hpp>

// "Changes without a restart": a window switched to Chinese while open shows what a window
// opened in Chinese shows. Every visible text of the main window and its pages (menus,
// labels, buttons, placeholders, tabs, column headers) is compared between the two.

namespace {

void addMenuTexts(const QList<QAction*>& actions, QStringList& texts)
{
    for (const QAction* a : actions) {
        if (!a->text().trimmed().isEmpty())
            texts.append(QStringLiteral("action: ") + a->text());
        if (a->menu())
            addMenuTexts(a->menu()->actions(), texts);
    }
}

QStringList textsOf(const QMainWindow& window)
{
    QStringList texts;
    const auto add = [&texts](const QString& kind, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.append(kind + QStringLiteral(": ") + text);
    };
    // The menus a person can open: the menu bar's, and the pop-up menus of the pages' buttons.
    addMenuTexts(window.menuBar()->actions(), texts);
    for (const QMenu* m : window.findChildren<QMenu*>()) {
        bool inMenuBar = false; // QWidget::isAncestorOf stops at pop-ups, which are windows
        for (const QObject* o = m; o && !inMenuBar; o = o->parent())
            inMenuBar = o == window.menuBar();
        if (!inMenuBar)
            addMenuTexts(m->actions(), texts);
    }
    for (const QLabel* l : window.findChildren<QLabel*>())
        add(QStringLiteral("label"), l->text());
    for (const QAbstractButton* b : window.findChildren<QAbstractButton*>())
        add(QStringLiteral("button"), b->text());
    for (const QGroupBox* g : window.findChildren<QGroupBox*>())
        add(QStringLiteral("group"), g->title());
    for (const QLineEdit* e : window.findChildren<QLineEdit*>())
        add(QStringLiteral("placeholder"), e->placeholderText());
    for (const QTabWidget* t : window.findChildren<QTabWidget*>())
        for (int i = 0; i < t->count(); ++i)
            add(QStringLiteral("tab"), t->tabText(i));
    for (const QAbstractItemView* v : window.findChildren<QAbstractItemView*>()) {
        const QAbstractItemModel* m = v->model();
        if (!m)
            continue;
        for (int c = 0; c < m->columnCount(); ++c)
            add(QStringLiteral("column"), m->headerData(c, Qt::Horizontal).toString());
    }
    add(QStringLiteral("title"), window.windowTitle());
    texts.sort();
    return texts;
}

// The window counts its work in the background: waits until no text says it is still counting
// and nothing has changed for a moment (at most a few seconds).
QStringList settled(const QMainWindow& window)
{
    QElapsedTimer timer;
    timer.start();
    QStringList last = textsOf(window);
    qint64 stableSince = 0;
    while (timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
        const QStringList now = textsOf(window);
        const bool counting = now.join(u'\n').contains(QStringLiteral("counting…"))
            || now.join(u'\n').contains(QStringLiteral("统计中…"));
        if (now != last || counting) {
            last = now;
            stableSince = timer.elapsed();
        } else if (timer.elapsed() - stableSince > 300) {
            break;
        }
    }
    return last;
}

QStringList minus(const QStringList& a, const QStringList& b)
{
    QMap<QString, int> count;
    for (const QString& s : b)
        ++count[s];
    QStringList rest;
    for (const QString& s : a) {
        if (count.value(s) > 0)
            --count[s];
        else
            rest.append(s);
    }
    return rest;
}

} // namespace

TEST_CASE("a window switched to Chinese while open reads like one opened in Chinese", "[i18n][retranslate]")
{
    TestDatabase world;
    const MockClock clock;
    Translations::install(QStringLiteral("en"));

    MainWindow switched(world.db(), clock, world.quality);
    switched.resize(1280, 800);
    switched.show();
    const QStringList english = settled(switched);

    Translations::install(QStringLiteral("zh_CN"));
    const QStringList afterSwitch = settled(switched);

    MainWindow fresh(world.db(), clock, world.quality);
    fresh.resize(1280, 800);
    fresh.show();
    const QStringList chinese = settled(fresh);

    Translations::install(QStringLiteral("en"));
    const QStringList back = settled(switched);

    CHECK(english != chinese);
    INFO("Switched to Chinese, still shows:\n"
         << minus(afterSwitch, chinese).join(u'\n').toStdString()
         << "\nwhere a window opened in Chinese shows:\n"
         << minus(chinese, afterSwitch).join(u'\n').toStdString());
    CHECK(afterSwitch == chinese);
    INFO("Switched back to English, still shows:\n" << minus(back, english).join(u'\n').toStdString());
    CHECK(back == english);
}

// Regression: menuBar()->clear() alone left the old menus alive, a new set at each switch.
TEST_CASE("switching the language does not pile up menus", "[i18n][retranslate]")
{
    TestDatabase world;
    const MockClock clock;
    Translations::install(QStringLiteral("en"));
    MainWindow window(world.db(), clock, world.quality);
    const auto menus = window.menuBar()->findChildren<QMenu*>().size();
    Translations::install(QStringLiteral("zh_CN"));
    Translations::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.menuBar()->findChildren<QMenu*>().size() == menus);
}
