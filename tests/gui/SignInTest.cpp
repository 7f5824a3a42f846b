// Issue 3: sign-in with Argon2id through core; a new database's admin sets a password at the
// first sign-in; the administrator creates users with roles.
#include "MockClock.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "auth/UsersDialog.h"
#include "db/Database.h"
#include "main/Session.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("First sign-in sets the admin password, then the admin creates a sales clerk", "[gui][signin]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("new.sqlite")));
    UserService users(db.connection());
    REQUIRE(users.needsPassword(QStringLiteral("admin")));
    SignInDialog dialog(users);
    dialog.userEdit()->clear();
    QTest::keyClicks(dialog.userEdit(), QStringLiteral("admin"));
    CHECK(dialog.repeatEdit()->isVisibleTo(&dialog));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("correct horse"));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("correct horsE"));
    dialog.trySignIn();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.message().isEmpty());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("correct horse"));
    QTest::keyClicks(dialog.repeatEdit(), QStringLiteral("correct horse"));
    dialog.trySignIn();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().role == Role::Administrator);
    CHECK_FALSE(users.needsPassword(QStringLiteral("admin")));

    MockClock clock;
    Session session(db, clock, dialog.user());
    UsersDialog admin(session);
    QTest::keyClicks(admin.usernameEdit(), QStringLiteral("lily"));
    QTest::keyClicks(admin.passwordEdit(), QStringLiteral("short"));
    CHECK_FALSE(admin.createUser());
    admin.passwordEdit()->clear();
    QTest::keyClicks(admin.passwordEdit(), QStringLiteral("lily-sales-2026"));
    admin.roleCombo()->setCurrentIndex(admin.roleCombo()->findData(static_cast<int>(Role::SalesClerk)));
    REQUIRE(admin.createUser());
    const User lily = users.signIn(QStringLiteral("lily"), QStringLiteral("lily-sales-2026"));
    CHECK(lily.role == Role::SalesClerk);

    SignInDialog wrong(users);
    wrong.userEdit()->setText(QStringLiteral("lily"));
    QTest::keyClicks(wrong.passwordEdit(), QStringLiteral("nope-nope"));
    wrong.trySignIn();
    CHECK(wrong.result() != QDialog::Accepted);
}
