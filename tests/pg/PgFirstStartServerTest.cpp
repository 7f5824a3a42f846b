// Tester's shared office, item 1: a new PC started without --database got the first-start
// setup of a new local file and no way to the office's server. The setup's first page connects
// to the server instead: the start flow hands back the server's address, the new file goes,
// and the server's own sign-in comes next (app/gui/main.cpp does the same in this order).
#include "MockClock.h"
#include "PgServer.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/ServerAddress.h"
#include "main/ConnectServerDialog.h"
#include "setup/SetupCompanyPage.h"
#include "setup/SetupWizard.h"
#include "setup/StartFlow.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace {
// Does what a person would in the next modal window of type T (within 10 s), then closes it if
// it is still open; any other modal window seen meanwhile is closed at the deadline.
template<class T> void whenShown(const std::function<void(T*)>& act)
{
    auto* timer = new QTimer;
    auto deadline = std::make_shared<QDeadlineTimer>(10000);
    QObject::connect(timer, &QTimer::timeout, [timer, act, deadline]() {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* wanted = qobject_cast<T*>(modal)) {
            timer->stop();
            timer->deleteLater();
            act(wanted);
            if (wanted->isVisible())
                wanted->close();
        } else if (deadline->hasExpired()) {
            timer->stop();
            timer->deleteLater();
            if (modal)
                modal->close();
        }
    });
    timer->start(20);
}
} // namespace

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
    whenShown<SetupWizard>([&](SetupWizard* wizard) {
        whenShown<ConnectServerDialog>([&](ConnectServerDialog* dialog) {
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
    whenShown<SignInDialog>([&](SignInDialog*) { signInShown = true; });
    CHECK_FALSE(StartFlow::run(*server, clock));
    CHECK(signInShown);
    // A server's database is never removed as a new file would be.
    StartFlow::discardNewFile(server);
    CHECK(server);
}
