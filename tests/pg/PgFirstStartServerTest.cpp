// Tester's shared office, item 1: a new PC started without --database got the first-start
// setup of a new local file and no way to the office's server. The setup's first page connects
// to the server instead: the start flow hands back the server's address, the new file goes,
// and the server's own sign-in comes next (app/gui/main.cpp does the same in this order).
#include "MockClock.h"
#include "ModalDriver.h"
#include "PgServer.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/ServerAddress.h"
#include "main/ConnectServerDialog.h"
#include "setup/SetupCompanyPage.h"
#include "setup/SetupWizard.h"
#include "setup/StartFlow.h"

#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <memory>

TEST_CASE("a new PC's first start connects to the office's server instead of making a file",
          "[pg][window][setup]")
{
    ScratchDatabase scratch;
    const ServerAddress target = ServerAddress::parse(scratch.url());
    MockClock clock;
    {
        Database office(scratch.url()); // the office's database, already set up
        User boss;
        boss.username = QStringLiteral("boss");
        boss.displayName = QStringLiteral("Zhang Min");
        UserService(office.connection(), clock)
            .createFirstAdministrator(boss, QStringLiteral("Valve-Office-2026"));
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qualityloop.sqlite"));
    auto local = std::make_unique<Database>(path); // what a start without --database makes

    bool connected = false;
    whenModal<SetupWizard>([&](SetupWizard* wizard) {
        whenModal<ConnectServerDialog>([&](ConnectServerDialog* dialog) {
            dialog->host->setText(target.host);
            dialog->port->setValue(target.port);
            dialog->database->setText(target.database);
            dialog->user->setText(target.user);
            connected = dialog->connectToServer();
            INFO(dialog->message().toStdString());
        });
        QTest::mouseClick(wizard->companyPage()->connectButton(), Qt::LeftButton);
    });
    const std::optional<StartFlow::Result> start = StartFlow::run(*local, clock);
    CHECK(connected);
    REQUIRE(start);
    REQUIRE_FALSE(start->serverAddress.isEmpty());
    const ServerAddress chosen = ServerAddress::parse(start->serverAddress);
    CHECK(chosen.host == target.host);
    CHECK(chosen.port == target.port);
    CHECK(chosen.database == target.database);
    CHECK_FALSE(start->listsChoice);

    // The window opens the server's database; the file made for this start goes.
    auto server = std::make_unique<Database>(start->serverAddress);
    StartFlow::discardNewFile(local);
    CHECK_FALSE(QFileInfo::exists(path));
    // The server's sign-in, not a first-start setup: the office is set up already.
    bool signInShown = false;
    whenModal<SignInDialog>([&](SignInDialog*) { signInShown = true; });
    CHECK_FALSE(StartFlow::run(*server, clock));
    CHECK(signInShown);
    // A server's database is never removed as a new file would be.
    StartFlow::discardNewFile(server);
    CHECK(server);
}
