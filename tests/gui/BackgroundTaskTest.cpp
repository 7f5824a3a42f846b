// Issue "The main flow in the window", long work never freezes the window: the demonstration
// database is made on a worker thread while the window's event loop keeps turning, with a
// progress dialog after a short delay.
#include "common/BackgroundTask.h"

#include "MockClock.h"
#include "UserError.h"
#include "cases/CaseListQuery.h"
#include "db/Database.h"
#include "main/DatabasePreparer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {
// Counts the ticks of a timer on the GUI thread and whether the progress dialog was on screen.
struct Watch
{
    int ticks = 0;
    bool sawProgress = false;
    QTimer timer;
    Watch()
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this]() {
            ++ticks;
            for (QWidget* w : QApplication::topLevelWidgets())
                if (qobject_cast<QProgressDialog*>(w) && w->isVisible())
                    sawProgress = true;
        });
        timer.start();
    }
};
} // namespace

TEST_CASE("The demonstration database is made while the event loop keeps turning", "[gui][background]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QWidget window;
    window.resize(400, 300);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Watch watch;
    QElapsedTimer elapsed;
    elapsed.start();
    const QString problem = DatabasePreparer::prepare(&window, path, 3000, 100);
    const qint64 ms = elapsed.elapsed();
    CHECK(problem.isEmpty());
    INFO("took " << ms << " ms, " << watch.ticks << " ticks");
    CHECK(watch.ticks >= std::min<qint64>(ms / 40, 20)); // the GUI thread's timer went on ticking
    if (ms > 400)
        CHECK(watch.sawProgress);
    CHECK(QApplication::topLevelWidgets().size() >= 1);

    Database db(path);
    MockClock clock;
    CHECK(CaseListQuery(db.connection(), clock).count(CaseFilter()) == 3000);
}

TEST_CASE("Background work shows its progress only when it takes a while, and reports refusals",
          "[gui][background]")
{
    QWidget window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    {
        Watch watch;
        const QString problem
            = BackgroundTask::run(&window, QStringLiteral("slow"), [](const auto& progress) {
                  for (int i = 1; i <= 10; ++i) {
                      QThread::msleep(60);
                      progress(i, 10);
                  }
              });
        CHECK(problem.isEmpty());
        CHECK(watch.ticks >= 15);
        CHECK(watch.sawProgress); // 600 ms of work: the dialog came after 400 ms
    }
    {
        Watch watch;
        const QString problem
            = BackgroundTask::run(&window, QStringLiteral("quick"), [](const auto&) { QThread::msleep(30); });
        CHECK(problem.isEmpty());
        CHECK_FALSE(watch.sawProgress); // quick work shows nothing
    }
    const QString refused = BackgroundTask::run(&window, QStringLiteral("refused"), [](const auto&) {
        throw UserError(QStringLiteral("No, because."));
    });
    CHECK(refused == QStringLiteral("No, because."));
}
