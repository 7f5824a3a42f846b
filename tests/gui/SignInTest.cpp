// Issues 3 and 10 (item 9): sign-in with Argon2id through core; the wait after too many wrong
// passwords in the dialog's words; a password an administrator chose is replaced at the first
// sign-in; File > Change password… and File > Sign out.
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "TestPaths.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/NewPasswordFields.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "auth/UsersDialog.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "main/Session.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
struct NewOffice
{
    QTemporaryDir dir;
    MockClock clock;
    Database db {dir.filePath(QStringLiteral("office.sqlite"))};
    UserService users {db.connection(), clock};
    User chief;
    NewOffice()
    {
        User c;
        c.username = QStringLiteral("chief");
        c.displayName = QStringLiteral("Zhang Wei");
        chief = users.createFirstAdministrator(c, QStringLiteral("Qu4lity-first"));
    }
};

void shoot(QWidget* w, const QString& name)
{
    w->show();
    QCoreApplication::processEvents();
    const QString dir = testPath("QL_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    CHECK(w->grab().save(QDir(dir).filePath(name + QStringLiteral("_en.png"))));
}

void signInWith(SignInDialog& dialog, const QString& user, const QString& password)
{
    GuiTest::typeInto(dialog.userEdit(), user);
    GuiTest::typeInto(dialog.passwordEdit(), password);
    dialog.trySignIn();
}
} // namespace

TEST_CASE("The administrator creates a clerk, who chooses her own password at the first sign-in",
          "[gui][signin][accounts]")
{
    NewOffice o;
    Session session(o.db, o.clock, o.chief);
    UsersDialog admin(session);
    QTest::keyClicks(admin.usernameEdit(), QStringLiteral("lily"));
    QTest::keyClicks(admin.passwordEdit(), QStringLiteral("short"));
    CHECK_FALSE(admin.createUser());
    CHECK_THAT(admin.message().toStdString(), Catch::Contains("at least 8"));
    admin.passwordEdit()->clear();
    QTest::keyClicks(admin.passwordEdit(), QStringLiteral("lily-sales-2026"));
    admin.roleCombo()->setCurrentIndex(admin.roleCombo()->findData(static_cast<int>(Role::SalesClerk)));
    REQUIRE(admin.createUser());

    SignInDialog dialog(o.db.path(), o.clock);
    signInWith(dialog, QStringLiteral("lily"), QStringLiteral("lily-sales-2026"));
    REQUIRE(dialog.isChoosingOwnPassword());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.userEdit()->isEnabled());
    GuiTest::typeInto(dialog.newPassword().passwordEdit(), QStringLiteral("lily-own-2026"));
    GuiTest::typeInto(dialog.newPassword().repeatEdit(), QStringLiteral("lily-own-2027"));
    dialog.trySignIn();
    CHECK(dialog.result() != QDialog::Accepted);
    shoot(&dialog, QStringLiteral("01_sign_in_own_password"));
    GuiTest::typeInto(dialog.newPassword().repeatEdit(), QStringLiteral("lily-own-2026"));
    dialog.trySignIn();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().role == Role::SalesClerk);
    CHECK_FALSE(dialog.user().mustChangePassword);
    // Her own password now; the administrator's no longer.
    CHECK(o.users.signIn(QStringLiteral("lily"), QStringLiteral("lily-own-2026")).username
          == QStringLiteral("lily"));
    SignInDialog old(o.db.path(), o.clock);
    signInWith(old, QStringLiteral("lily"), QStringLiteral("lily-sales-2026"));
    CHECK(old.result() != QDialog::Accepted);
}

TEST_CASE("The sign-in tells the wait after too many wrong passwords", "[gui][signin][accounts]")
{
    NewOffice o;
    SignInDialog dialog(o.db.path(), o.clock);
    for (int i = 0; i < 4; ++i) {
        signInWith(dialog, QStringLiteral("chief"), QStringLiteral("guess-%1").arg(i));
        CHECK(dialog.message() == QStringLiteral("The user name or the password is wrong."));
        CHECK(dialog.passwordEdit()->text().isEmpty());
    }
    signInWith(dialog, QStringLiteral("chief"), QStringLiteral("guess-5"));
    CHECK_THAT(dialog.message().toStdString(),
               Catch::Contains("Too many wrong passwords: try again in 30 s"));
    o.clock.advanceHours(5.0 / 3600);
    signInWith(dialog, QStringLiteral("chief"), QStringLiteral("Qu4lity-first"));
    CHECK(dialog.message() == QStringLiteral("Too many wrong passwords: try again in 25 s"));
    CHECK(dialog.result() != QDialog::Accepted);
    shoot(&dialog, QStringLiteral("01_sign_in_wait"));
    o.clock.advanceHours(26.0 / 3600);
    signInWith(dialog, QStringLiteral("chief"), QStringLiteral("Qu4lity-first"));
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("File > Change password needs the current password: File > Sign out asks for the sign-in",
          "[gui][signin][accounts]")
{
    NewOffice o;
    MainWindow window(o.db, o.clock, o.chief);
    window.show();
    auto* change = window.findChild<QAction*>(QStringLiteral("actionChangePassword"));
    auto* signOut = window.findChild<QAction*>(QStringLiteral("actionSignOut"));
    REQUIRE(change);
    REQUIRE(signOut);
    CHECK(change->text() == QStringLiteral("Change &password…"));

    ChangePasswordDialog dialog(o.db.path(), o.clock, o.chief, &window);
    dialog.show();
    GuiTest::typeInto(dialog.currentEdit(), QStringLiteral("not-the-password"));
    GuiTest::typeInto(dialog.newPassword().passwordEdit(), QStringLiteral("Chief-new-2026"));
    GuiTest::typeInto(dialog.newPassword().repeatEdit(), QStringLiteral("Chief-new-2026"));
    CHECK_FALSE(dialog.save());
    CHECK_THAT(dialog.fieldError(QStringLiteral("currentPassword")).toStdString(),
               Catch::Contains("not your current password"));
    shoot(&dialog, QStringLiteral("12_change_password"));
    GuiTest::typeInto(dialog.currentEdit(), QStringLiteral("Qu4lity-first"));
    GuiTest::typeInto(dialog.newPassword().passwordEdit(), QStringLiteral("chief"));
    GuiTest::typeInto(dialog.newPassword().repeatEdit(), QStringLiteral("chief"));
    CHECK_FALSE(dialog.save());
    CHECK_FALSE(dialog.fieldError(QStringLiteral("newPassword")).isEmpty());
    GuiTest::typeInto(dialog.newPassword().passwordEdit(), QStringLiteral("Chief-new-2026"));
    GuiTest::typeInto(dialog.newPassword().repeatEdit(), QStringLiteral("Chief-new-2026"));
    GuiTest::typeInto(dialog.currentEdit(), QStringLiteral("Qu4lity-first"));
    REQUIRE(dialog.save());
    CHECK(o.users.signIn(QStringLiteral("chief"), QStringLiteral("Chief-new-2026")).id == o.chief.id);

    QSignalSpy spy(&window, &MainWindow::signOutRequested);
    signOut->trigger();
    CHECK(spy.count() == 1);
}
