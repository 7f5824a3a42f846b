// Issue 13: the statistics page; a click on a bar lists exactly its cases; the Pareto printed.
#include "stats/StatsWindow.h"

#include "GuiTestSupport.h"
#include "MockClock.h"
#include "PdfText.h"
#include "auth/UserService.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "sample/SampleData.h"
#include "stats/StatsChartView.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
// Where the chart draws the middle of bar "row" of the stacked Pareto, in the view's pixels.
QPoint barCentre(StatsChartView* view, int row, double value)
{
    QChart* chart = view->chart();
    const QPointF scene
        = chart->mapToScene(chart->mapToPosition(QPointF(row, value / 2), chart->series().first()));
    return view->mapFromScene(scene);
}

// Qt Charts lays out its axes and legend on posted events and deletes the labels of the axes
// it dropped later (deleteLater): run both before a picture is taken, or the picture shows the
// axis of the statistic shown before over the new one (the window's event loop does it itself).
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
}
} // namespace

TEST_CASE("Statistics: the Pareto of defects on screen, a click on a bar lists its cases, printed to PDF",
          "[gui][stats]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("stats.sqlite")));
    MockClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    SampleOptions options;
    options.cases = 400;
    options.now = clock.now();
    SampleData::generate(db.connection(), options);
    const User quality = *UserService(db.connection()).userByName(QStringLiteral("quality"));
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        MainWindow window(db, clock, quality);
        window.resize(1200, 800);
        window.show();
        window.showStatistics();
        StatsWindow* stats = window.statsWindow();
        REQUIRE(stats != nullptr);
        stats->setPeriod(QDate(2026, 1, 1), QDate(2026, 10, 31));
        stats->choose(0); // Pareto of defect categories
        REQUIRE(stats->report().tables.size() == 1);
        const StatsTable& t = stats->report().tables.first();
        REQUIRE(t.rows.size() > 2);
        CHECK(stats->tableWidget()->rowCount() == t.rows.size());
        // The first bar is a vital one, drawn in the vital set at its count.
        CHECK(t.highlighted.first());
        CHECK(stats->chartView()->barSetCount() == 2);
        CHECK(stats->chartView()->barValue(0, 0) == t.rows[0][1].toDouble());
        CHECK(stats->tableWidget()->item(t.rows.size() - 1, 3)->text().startsWith(QStringLiteral("100")));
        // Every category's whole name under its bar (wrapped into three lines at most, never cut to "…").
        const QList<QAbstractAxis*> xs = stats->chartView()->chart()->axes(Qt::Horizontal);
        REQUIRE(xs.size() == 1);
        const QStringList labels = qobject_cast<QBarCategoryAxis*>(xs.first())->categories();
        REQUIRE(labels.size() == t.rows.size());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QString shown = labels[i];
            CHECK(shown.count(QStringLiteral("<br>")) <= 2); // Qt Charts cuts a fourth line
            CHECK_FALSE(shown.contains(QStringLiteral("…")));
            CHECK(shown.remove(QStringLiteral("<br>")).remove(u' ') == t.rows[i][0].toString().remove(u' '));
        }
        settle();
        CHECK(GuiTest::screenshot(stats, QStringLiteral("stats_pareto")));

        // A click on the second bar lists exactly its cases.
        const qint64 second = t.rows[1][1].toLongLong();
        QTest::qWait(50);
        QTest::mouseClick(stats->chartView()->viewport(), Qt::LeftButton, {},
                          barCentre(stats->chartView(), 1, static_cast<double>(second)));
        CaseListPage* list = window.caseListPage();
        CHECK(window.currentPage() == list);
        CHECK(list->pinnedLabel()->isVisible());
        CHECK(list->pinnedLabel()->text().contains(t.rows[1][0].toString()));
        REQUIRE(GuiTest::waitForCounts(window));
        CHECK(
            list->findChild<QLabel*>(QStringLiteral("caseCount"))->text().contains(QString::number(second)));
        CHECK(GuiTest::screenshot(&window, QStringLiteral("stats_cases_of_bar")));

        // Printed: the title, the header and the categories on the PDF.
        const QString pdf = dir.filePath(QStringLiteral("pareto_%1.pdf").arg(lang));
        REQUIRE(stats->saveTo(pdf).isEmpty());
        const QString text = PdfText::text(pdf);
        CHECK(text.contains(stats->report().title));
        CHECK(text.contains(t.rows[0][0].toString()));

        // The on-time shares and an empty period.
        stats->choose(7);
        CHECK(stats->report().tables.size() == 3);
        settle();
        CHECK(GuiTest::screenshot(stats, QStringLiteral("stats_on_time")));
        stats->setPeriod(QDate(2020, 1, 1), QDate(2020, 2, 1));
        stats->refresh();
        CHECK(stats->messageLabel()->isVisible());
        CHECK(stats->tableWidget()->rowCount() == 0);
    }
    Translations::install(QStringLiteral("en"));
}
