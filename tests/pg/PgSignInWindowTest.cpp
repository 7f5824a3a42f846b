// The window on a server database, from the sign-in to the backups (a tester's findings on a
// real PostgreSQL 15): the password is checked on the server the window is on (never in a file
// that happens to have the database's name in the working folder), and Back up now… / Restore…
// name pg_dump instead of running SQLite's backup on a server connection.
#include "CliRun.h"
#include "MockClock.h"
#include "ModalDriver.h"
#include "PgServer.h"
#include "TestPaths.h"
#include "UserError.h"
#include "admin/SettingsDialog.h"
#include "auth/NewPasswordFields.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "backup/DailyBackup.h"
#include "backup/OnlineBackup.h"
#include "backup/RestoreService.h"
#include "db/Database.h"
#include "db/ServerAddress.h"
#include "main/ConnectServerDialog.h"
#include "main/DatabasePreparer.h"
#include "main/MainWindow.h"
#include "setup/StartFlow.h"
#include "setup/StartupProblem.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace {
void shoot(QWidget* w, const QString& name)
{
    QDir().mkpath(testPath("QL_SCREENSHOT_DIR"));
    CHECK(w->grab().save(QDir(testPath("QL_SCREENSHOT_DIR")).filePath(name + QStringLiteral("_en.png"))));
}

// The working folder for one test: empty, or with what the test puts there.
struct WorkingFolder
{
    QTemporaryDir dir;
    QString before = QDir::currentPath();
    WorkingFolder() { QDir::setCurrent(dir.path()); }
    ~WorkingFolder() { QDir::setCurrent(before); }
    QStringList entries() const
    {
        return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }
};

const QString serverPassword = QStringLiteral("Valve-Office-2026");

User firstAdministrator(Database& db, const Clock& clock)
{
    User boss;
    boss.username = QStringLiteral("boss");
    boss.displayName = QStringLiteral("Zhang Min");
    return UserService(db.connection(), clock).createFirstAdministrator(boss, serverPassword);
}

// A new server database with its administrator, the window's working folder empty.
struct ServerOffice
{
    ScratchDatabase scratch;
    WorkingFolder work;
    MockClock clock;
    Database db {scratch.url()};
    User boss = firstAdministrator(db, clock);
};

// Signs in through the start flow with the passwords typed one after the other; the message
// after each refused one is added to refusals.
std::optional<StartFlow::Result> signIn(Database& db, const Clock& clock, const QString& user,
                                        const QStringList& passwords, QStringList& refusals,
                                        const QString& shot = {})
{
    whenModal<SignInDialog>([&](SignInDialog* dialog) {
        for (const QString& password : passwords) {
            dialog->userEdit()->setText(user);
            dialog->passwordEdit()->setText(password);
            dialog->trySignIn();
            if (dialog->result() == QDialog::Accepted || dialog->isChoosingOwnPassword())
                return;
            refusals << dialog->message();
            if (!shot.isEmpty())
                shoot(dialog, shot);
        }
    });
    return StartFlow::run(db, clock);
}
} // namespace

TEST_CASE("the window signs in on a server database, with no file of its name anywhere",
          "[pg][window][signin]")
{
    ServerOffice office;
    auto& [scratch, work, clock, db, boss] = office;
    User lily;
    lily.username = QStringLiteral("lily");
    lily.role = Role::SalesClerk;
    UserService users(db.connection(), clock);
    users.createUser(boss, lily, QStringLiteral("lily-sales-2026"));
    REQUIRE(work.entries().isEmpty());

    QStringList refusals;
    const std::optional<StartFlow::Result> start
        = signIn(db, clock, QStringLiteral("boss"), {QStringLiteral("wrong-guess-1"), serverPassword},
                 refusals, QStringLiteral("pg_sign_in_refused"));
    CHECK(refusals == QStringList {QStringLiteral("The user name or the password is wrong.")});
    REQUIRE(start);
    CHECK(start->user.username == QStringLiteral("boss"));

    // A password the administrator chose: the clerk chooses her own, saved on the server.
    bool choosing = false;
    whenModal<SignInDialog>([&](SignInDialog* dialog) {
        dialog->userEdit()->setText(QStringLiteral("lily"));
        dialog->passwordEdit()->setText(QStringLiteral("lily-sales-2026"));
        dialog->trySignIn();
        choosing = dialog->isChoosingOwnPassword();
        dialog->newPassword().passwordEdit()->setText(QStringLiteral("lily-own-2026"));
        dialog->newPassword().repeatEdit()->setText(QStringLiteral("lily-own-2026"));
        dialog->trySignIn();
    });
    const std::optional<StartFlow::Result> clerk = StartFlow::run(db, clock);
    CHECK(choosing);
    REQUIRE(clerk);
    CHECK(clerk->user.username == QStringLiteral("lily"));
    CHECK_FALSE(clerk->user.mustChangePassword);
    CHECK(users.signIn(QStringLiteral("lily"), QStringLiteral("lily-own-2026")).username
          == QStringLiteral("lily"));
    CHECK(work.entries().isEmpty()); // nothing was made in the working folder
}

TEST_CASE("with a file of the server database's name in the working folder, the server's password is "
          "the one checked",
          "[pg][window][signin]")
{
    ServerOffice office;
    auto& [scratch, work, clock, db, boss] = office;
    {
        // A QualityLoop file named as the server's database, with its own "boss" and password.
        Database file(QDir(work.dir.path()).filePath(scratch.name()));
        User other;
        other.username = QStringLiteral("boss");
        UserService(file.connection(), clock)
            .createFirstAdministrator(other, QStringLiteral("File-Pass-2026"));
    }
    QStringList refusals;
    const std::optional<StartFlow::Result> start = signIn(
        db, clock, QStringLiteral("boss"), {QStringLiteral("File-Pass-2026"), serverPassword}, refusals);
    CHECK(refusals == QStringList {QStringLiteral("The user name or the password is wrong.")});
    REQUIRE(start);
    CHECK(start->user.username == QStringLiteral("boss"));
}

TEST_CASE("Back up now and Restore on a server database name pg_dump, never crash and write nothing",
          "[pg][window][backup]")
{
    ServerOffice office;
    auto& [scratch, work, clock, db, boss] = office;
    MainWindow window(db, clock, boss);
    window.show();
    // The title names the server's database and its host, not the last part of an address.
    CHECK(window.windowTitle()
          == QStringLiteral("%1 on %2 — QualityLoop")
                 .arg(scratch.name(), ServerAddress::parse(scratch.url()).host));

    for (const char* name : {"actionBackUpNow", "actionRestoreBackup"}) {
        INFO(name);
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action);
        QString shown;
        whenModal<QMessageBox>([&](QMessageBox* box) {
            shown = box->objectName() + QLatin1Char(':') + box->text();
            if (QByteArray(name) == "actionBackUpNow")
                shoot(box, QStringLiteral("pg_backup_on_server"));
        });
        action->trigger();
        CHECK(shown.startsWith(QStringLiteral("serverBackup:")));
        CHECK(shown.contains(QStringLiteral("pg_dump")));
        CHECK(shown.contains(QStringLiteral("pg_restore")));
        CHECK(shown.contains(QStringLiteral("A shared office")));
    }
    CHECK(window.isVisible()); // the window goes on
    {
        // Settings: no daily backup folder to choose, the same words instead.
        SettingsDialog settings(window.session(), &window);
        auto* folder = settings.findChild<QLineEdit*>(QStringLiteral("backupFolder"));
        auto* note = settings.findChild<QLabel*>(QStringLiteral("backupsNote"));
        REQUIRE(folder);
        REQUIRE(note);
        CHECK_FALSE(folder->isEnabled());
        CHECK(note->text().contains(QStringLiteral("pg_dump")));
    }

    // Core refuses as well, before anything is opened or written.
    const QString output = QDir(work.dir.path()).filePath(QStringLiteral("quality.qlbackup"));
    CHECK_THROWS_AS(OnlineBackup::make(scratch.url(), output, clock.now()), UserError);
    CHECK_THROWS_AS(RestoreService::restore(output, scratch.url(), clock.now()), UserError);
    BackupSettings daily;
    daily.folder = work.dir.path();
    CHECK_FALSE(DailyBackup::runIfDue(scratch.url(), daily, clock.now()).made);
    CHECK(work.entries().isEmpty());
}

TEST_CASE("at start-up a server that cannot be reached offers Try again and Connect to a server with its "
          "address filled in",
          "[pg][window][startup]")
{
    ScratchDatabase scratch;
    const ServerAddress target = ServerAddress::parse(scratch.url());
    ServerAddress down = target;
    down.port = 1; // nothing listens there
    const QString problem = QStringLiteral("The database server cannot be reached.");

    whenModal<QMessageBox>([&](QMessageBox* box) {
        shoot(box, QStringLiteral("pg_startup_problem"));
        CHECK(box->text() == problem);
        box->findChild<QPushButton*>(QStringLiteral("tryAgain"))->click();
    });
    CHECK(StartupProblem::ask(problem, down.text()) == std::optional<QString>(down.text()));

    // The address that failed is in the dialog: the person corrects the port and connects.
    QString host;
    QString user;
    whenModal<QMessageBox>([&](QMessageBox* box) {
        whenModal<ConnectServerDialog>([&](ConnectServerDialog* dialog) {
            host = dialog->host->text();
            user = dialog->user->text();
            dialog->port->setValue(target.port);
            dialog->connectToServer();
        });
        box->findChild<QPushButton*>(QStringLiteral("connectToServer"))->click();
    });
    CHECK(StartupProblem::ask(problem, down.text()) == std::optional<QString>(target.text()));
    CHECK(host == target.host);
    CHECK(user == target.user);

    whenModal<QMessageBox>(
        [](QMessageBox* box) { box->findChild<QPushButton*>(QStringLiteral("quit"))->click(); });
    CHECK_FALSE(StartupProblem::ask(problem, down.text()));
}

TEST_CASE("at start-up a file whose office moved to a server says so, and Connect to a server offers that "
          "server",
          "[pg][window][startup][migrate]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.qldb"));
    REQUIRE(runCli({QStringLiteral("sample"), QStringLiteral("--database"), file, QStringLiteral("--cases"),
                    QStringLiteral("3")})
                .code
            == 0);
    ScratchDatabase scratch;
    const CliRun moved = runCli(
        {QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), scratch.url()});
    INFO(moved.err.toStdString());
    REQUIRE(moved.code == 0);
    const ServerAddress target = ServerAddress::parse(scratch.url());

    // The window opening the file (as it does at start, in the background) is refused, in words.
    const QString problem = DatabasePreparer::prepare(nullptr, file, 0, 0);
    CHECK(problem.contains(QStringLiteral("This office has moved to the server postgresql://%1:%2/%3")
                               .arg(target.host)
                               .arg(target.port)
                               .arg(target.database)));
    CHECK(problem.contains(QStringLiteral("Connect to a server…")));

    // Connect to a server…: the server of the move is filled in; the person types their login.
    // Enter presses it: trying the moved file again can only fail the same way (sixth walk).
    QString host;
    int port = 0;
    QString database;
    QString enterPresses;
    whenModal<QMessageBox>([&](QMessageBox* box) {
        enterPresses = box->defaultButton() ? box->defaultButton()->objectName() : QString();
        whenModal<ConnectServerDialog>([&](ConnectServerDialog* dialog) {
            host = dialog->host->text();
            port = dialog->port->value();
            database = dialog->database->text();
            dialog->user->setText(target.user);
            dialog->connectToServer();
        });
        box->findChild<QPushButton*>(QStringLiteral("connectToServer"))->click();
    });
    CHECK(StartupProblem::ask(problem, file) == std::optional<QString>(target.text()));
    CHECK(enterPresses == QStringLiteral("connectToServer"));
    CHECK(host == target.host);
    CHECK(port == target.port);
    CHECK(database == target.database);
}
