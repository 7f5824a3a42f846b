// The boxes of the window on a shared office's server, as the last README walk found them: the
// Connect to server box grows when its red text shows (it was cut), the status bar's "counts could
// not be read" has a place of its own (it ran under the database's name), and Back up now… on a
// server says who backs the database up instead of sending a clerk to the README.
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "admin/BackupActions.h"
#include "i18n/Translations.h"
#include "main/BackgroundCounts.h"
#include "main/ConnectServerDialog.h"
#include "main/MainWindow.h"
#include "main/Session.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
// The word-wrapped labels of the dialog that show and are shorter than their text needs at their
// width, or reach past the dialog's bottom.
QStringList cutTexts(QWidget* dialog)
{
    QStringList cut;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
            continue;
        const QPoint bottom = label->mapTo(dialog, QPoint(0, label->height()));
        if (label->height() < label->heightForWidth(label->width()) || bottom.y() > dialog->height())
            cut.append(label->text());
    }
    // Nor are the fields squeezed flat to make room for the text.
    for (QWidget* field : dialog->findChildren<QWidget*>())
        if ((qobject_cast<QLineEdit*>(field) || qobject_cast<QSpinBox*>(field)) && field->isVisible()
            && !qobject_cast<QSpinBox*>(field->parentWidget()) // the spin box's own text
            && field->height() < field->sizeHint().height())
            cut.append(field->objectName());
    if (dialog->height() < dialog->layout()->totalHeightForWidth(dialog->width()))
        cut.append(QStringLiteral("dialog %1 < %2")
                       .arg(dialog->height())
                       .arg(dialog->layout()->totalHeightForWidth(dialog->width())));
    return cut;
}

// The dialog is given time to grow (a window manager resizes it a moment later), then checked.
void checkNoTextCut(QWidget* dialog)
{
    const QDeadlineTimer deadline(2000);
    while (!cutTexts(dialog).isEmpty() && !deadline.hasExpired())
        QTest::qWait(20);
    CHECK(cutTexts(dialog).join(QStringLiteral(" | ")).toStdString() == std::string());
}
} // namespace

TEST_CASE("the Connect to server box grows to show its red text whole", "[gui][server]")
{
    ConnectServerDialog dialog;
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const int before = dialog.height();

    // Required fields left empty: a red line under each.
    dialog.host->clear();
    dialog.database->clear();
    dialog.user->clear();
    CHECK_FALSE(dialog.connectToServer());
    QApplication::processEvents();
    checkNoTextCut(&dialog);
    CHECK(dialog.height() > before);

    // A server nobody answers on: the long explanation below the fields.
    dialog.host->setText(QStringLiteral("127.0.0.1"));
    dialog.port->setValue(1);
    dialog.database->setText(QStringLiteral("quality"));
    dialog.user->setText(QStringLiteral("clerk"));
    CHECK_FALSE(dialog.connectToServer());
    QApplication::processEvents();
    CHECK_FALSE(dialog.message().isEmpty());
    checkNoTextCut(&dialog);
    GuiTest::screenshot(&dialog, QStringLiteral("connect_server_refused"));

    // A longer one: a server's name that cannot be found.
    dialog.host->setText(QStringLiteral("quality-server-of-the-office-in-the-second-building.invalid"));
    CHECK_FALSE(dialog.connectToServer());
    CHECK(dialog.message().contains(QStringLiteral("cannot be reached")));
    checkNoTextCut(&dialog);
    GuiTest::screenshot(&dialog, QStringLiteral("connect_server_unknown_host"));
}

TEST_CASE("the status bar says the counts could not be read in a place of its own, beside the database's "
          "name",
          "[gui][server]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.sales);
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(GuiTest::waitForCounts(window));
    const QString said = QStringLiteral(
        "The connection to the database server was lost, so this was not done (nothing is half saved). "
        "Check the network and try again; everything saved before is safe.");
    emit window.counts().failed(said);
    QApplication::processEvents();
    auto* problem = window.statusBar()->findChild<QLabel*>(QStringLiteral("countsProblem"));
    REQUIRE(problem);
    CHECK(problem->isVisible());
    auto* database = window.statusBar()->findChild<QLabel*>(QStringLiteral("databaseLabel"));
    REQUIRE(database);
    CHECK(database->isVisible());
    // Side by side, the problem shortened to its room, whole in its tooltip.
    CHECK(problem->geometry().right() < database->geometry().left());
    CHECK(problem->fontMetrics().horizontalAdvance(problem->text()) <= problem->contentsRect().width());
    CHECK(problem->text().startsWith(QStringLiteral("The counts could not be read")));
    CHECK(problem->toolTip().contains(said));
    GuiTest::screenshot(window.statusBar(), QStringLiteral("status_bar_counts_problem"));
    Translations::install(QStringLiteral("zh_CN"));
    emit window.counts().failed(said);
    QApplication::processEvents();
    CHECK(problem->geometry().right() < database->geometry().left());
    GuiTest::screenshot(window.statusBar(), QStringLiteral("status_bar_counts_problem"));
    Translations::install(QStringLiteral("en"));

    // The next counts read clear it.
    window.session().notifyChanged(0);
    REQUIRE(GuiTest::waitForCounts(window));
    QApplication::processEvents();
    CHECK_FALSE(problem->isVisible());
}

TEST_CASE("Back up now and Restore on a server say who backs the database up, in a clerk's words",
          "[gui][server][backup]")
{
    QWidget parent;
    const QString server = QStringLiteral("postgresql://clerk@quality-server:5432/quality");
    for (bool restore : {false, true}) {
        QString text;
        QString details;
        GuiTest::whenModal([&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            REQUIRE(box);
            CHECK(box->objectName() == QStringLiteral("serverBackup"));
            text = box->text();
            details = box->informativeText();
            if (!restore)
                GuiTest::screenshot(box, QStringLiteral("server_backup_who"));
            box->accept();
        });
        const bool done
            = restore ? BackupActions::restore(&parent, server) : BackupActions::backUpNow(&parent, server);
        CHECK_FALSE(done);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("administrator")));
        CHECK(text.contains(QStringLiteral("quality-server")));
        CHECK_FALSE(text.contains(QStringLiteral("postgresql://"))); // not an address a clerk must read
        CHECK(text.indexOf(QStringLiteral("administrator")) < text.indexOf(QStringLiteral("README")));
        CHECK(text.contains(QStringLiteral("pg_dump")));
    }
    // The same in Chinese, for people to look at.
    Translations::install(QStringLiteral("zh_CN"));
    GuiTest::whenModal([](QWidget* modal) {
        GuiTest::screenshot(modal, QStringLiteral("server_backup_who"));
        modal->close();
    });
    BackupActions::backUpNow(&parent, server);
    Translations::install(QStringLiteral("en"));
}
