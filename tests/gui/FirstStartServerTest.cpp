// Tester's shared office, item 1: a new PC started without --database got the first-start setup
// of a local file, with no way to File > Connect to server…, and Cancel left the empty file
// behind. The setup's first page now offers Connect to a server… and a cancelled start of a new
// file leaves nothing.
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "common/ElidedLabel.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "main/ConnectServerDialog.h"
#include "setup/SetupCompanyPage.h"
#include "setup/SetupWizard.h"
#include "setup/StartFlow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("The first start of a new file offers Connect to a server, and Cancel leaves no file",
          "[gui][setup][server]")
{
    QTemporaryDir dir;
    MockClock clock;
    const QString path = dir.filePath(QStringLiteral("qualityloop.sqlite"));
    auto database = std::make_unique<Database>(path);
    REQUIRE(QFileInfo::exists(path));

    bool buttonShown = false;
    QString note;
    QString dialogTitle;
    bool backOnFirstPage = false;
    GuiTest::whenModal([&](QWidget* modal) {
        auto* wizard = qobject_cast<SetupWizard*>(modal);
        REQUIRE(wizard);
        QPushButton* connect = wizard->companyPage()->connectButton();
        buttonShown = connect->isVisible() && connect->text().contains(QStringLiteral("Connect to a server"));
        if (auto* label = wizard->findChild<ElidedLabel*>(QStringLiteral("newFileNote")))
            note = label->fullText(); // shortened on the page, whole in its tooltip
        GuiTest::screenshot(wizard, QStringLiteral("setup_first_page_server"));
        Translations::install(QStringLiteral("zh_CN")); // the page in Chinese, then back
        QCoreApplication::processEvents();
        GuiTest::screenshot(wizard, QStringLiteral("setup_first_page_server"));
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
        // The office's dialog, as File > Connect to server… opens it; cancelled, the setup stays.
        GuiTest::whenModal([&](QWidget* dialog) {
            dialogTitle = dialog->windowTitle();
            CHECK(qobject_cast<ConnectServerDialog*>(dialog));
            static_cast<QDialog*>(dialog)->reject();
        });
        QTest::mouseClick(connect, Qt::LeftButton);
        backOnFirstPage = wizard->isVisible() && wizard->currentId() == SetupWizard::CompanyPageId;
        wizard->reject();
    });
    const std::optional<StartFlow::Result> start = StartFlow::run(*database, clock);
    CHECK(buttonShown);
    CHECK(note.contains(QDir::toNativeSeparators(path)));
    CHECK(dialogTitle == QStringLiteral("Connect to server"));
    CHECK(backOnFirstPage);
    CHECK_FALSE(start);

    // What the window does then (app/gui/main.cpp): the file it made for this start goes.
    StartFlow::discardNewFile(database);
    CHECK_FALSE(database);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
}

TEST_CASE("Connected from the first start, the setup closes with the server's address and saves nothing",
          "[gui][setup][server]")
{
    QTemporaryDir dir;
    MockClock clock;
    Database database(dir.filePath(QStringLiteral("qualityloop.sqlite")));
    // No server here: the dialog refuses the unreachable one and stays open with its words.
    QString refusal;
    bool stillOpen = false;
    GuiTest::whenModal([&](QWidget* modal) {
        auto* wizard = qobject_cast<SetupWizard*>(modal);
        REQUIRE(wizard);
        GuiTest::whenModal([&](QWidget* shown) {
            auto* dialog = qobject_cast<ConnectServerDialog*>(shown);
            REQUIRE(dialog);
            GuiTest::typeInto(dialog->host, QStringLiteral("127.0.0.1"));
            dialog->port->setValue(1); // nothing listens there
            GuiTest::typeInto(dialog->database, QStringLiteral("quality"));
            GuiTest::typeInto(dialog->user, QStringLiteral("li_wei"));
            stillOpen = !dialog->connectToServer() && dialog->isVisible();
            refusal = dialog->message();
            dialog->reject();
        });
        QTest::mouseClick(wizard->companyPage()->connectButton(), Qt::LeftButton);
        CHECK(wizard->serverAddress().isEmpty());
        wizard->reject();
    });
    CHECK_FALSE(StartFlow::run(database, clock));
    CHECK(stillOpen);
    CHECK_FALSE(refusal.isEmpty());
}
