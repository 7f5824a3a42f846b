// Issue 10, item 9: Administration > Users and roles deactivates and reactivates users, resets
// passwords and changes roles and units; core refuses what would lock the office out.
#include "auth/UsersDialog.h"

#include "GuiTestSupport.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "auth/NewPasswordFields.h"
#include "auth/ResetPasswordDialog.h"
#include "auth/RoleDialog.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "db/Sql.h"
#include "main/Session.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

namespace {
QString statusOf(UsersDialog& dialog, const QString& username)
{
    QTableWidget* table = dialog.table();
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == username)
            return table->item(r, 4)->text();
    return {};
}

User firstAdministrator(UserService& users)
{
    User c;
    c.username = QStringLiteral("chief");
    return users.createFirstAdministrator(c, QStringLiteral("Qu4lity-first"));
}
} // namespace

TEST_CASE("The administrator deactivates, reactivates, resets and changes roles in the users window",
          "[gui][accounts]")
{
    TestDatabase t;
    MockClock clock;
    UserService users(t.connection(), clock);
    const User chief = firstAdministrator(users);
    User l;
    l.username = QStringLiteral("li");
    const qint64 li = users.createUser(chief, l, QStringLiteral("li-first-2026"));
    Session session(t.db(), clock, chief);
    UsersDialog dialog(session);
    dialog.show();

    // Deactivate: li can no longer sign in; the row says so and the button now reactivates.
    REQUIRE(dialog.selectUser(QStringLiteral("li")));
    auto* activate = dialog.findChild<QPushButton*>(QStringLiteral("activateUser"));
    REQUIRE(activate);
    CHECK(activate->text().remove(u'&') == QStringLiteral("Deactivate"));
    QTest::mouseClick(activate, Qt::LeftButton);
    CHECK(statusOf(dialog, QStringLiteral("li")) == QStringLiteral("Deactivated"));
    CHECK(activate->text().remove(u'&') == QStringLiteral("Reactivate"));
    CHECK_THROWS(users.signIn(QStringLiteral("li"), QStringLiteral("li-first-2026")));
    const QString dir = testPath("QL_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    CHECK(dialog.grab().save(QDir(dir).filePath(QStringLiteral("11_users_en.png"))));
    QTest::mouseClick(activate, Qt::LeftButton);
    CHECK(statusOf(dialog, QStringLiteral("li")).startsWith(QStringLiteral("Active")));

    // The administrator's own account: refused, with the reason in the window.
    REQUIRE(dialog.selectUser(QStringLiteral("chief")));
    CHECK_FALSE(dialog.setSelectedActive(false));
    CHECK_THAT(dialog.message().toStdString(), Catch::Contains("your own account"));

    // Reset li's password: she signs in with it once and chooses her own.
    {
        ResetPasswordDialog reset(session, *users.user(li), &dialog);
        GuiTest::typeInto(reset.newPassword().passwordEdit(), QStringLiteral("li-reset-2026"));
        GuiTest::typeInto(reset.newPassword().repeatEdit(), QStringLiteral("li-reset-2027"));
        CHECK_FALSE(reset.save());
        GuiTest::typeInto(reset.newPassword().repeatEdit(), QStringLiteral("li-reset-2026"));
        REQUIRE(reset.save());
    }
    SignInDialog signIn(t.path(), clock);
    GuiTest::typeInto(signIn.userEdit(), QStringLiteral("li"));
    GuiTest::typeInto(signIn.passwordEdit(), QStringLiteral("li-reset-2026"));
    signIn.trySignIn();
    CHECK(signIn.isChoosingOwnPassword());

    // Change li's role to a unit member: the unit is needed.
    {
        RoleDialog role(session, *users.user(li), &dialog);
        role.roleCombo()->setCurrentIndex(
            role.roleCombo()->findData(static_cast<int>(Role::ResponsibleUnit)));
        CHECK_FALSE(role.save());
        CHECK_THAT(role.message().toStdString(), Catch::Contains("needs the unit"));
        role.unitCombo()->setCurrentIndex(role.unitCombo()->findData(t.rndUnit));
        REQUIRE(role.save());
    }
    CHECK(users.user(li)->role == Role::ResponsibleUnit);
    CHECK(users.user(li)->unitId == t.rndUnit);
    // chief is the only administrator with a password: demoting chief is refused.
    {
        RoleDialog role(session, chief, &dialog);
        role.roleCombo()->setCurrentIndex(role.roleCombo()->findData(static_cast<int>(Role::Manager)));
        CHECK_FALSE(role.save());
        CHECK_THAT(role.message().toStdString(), Catch::Contains("last active administrator"));
    }
    // Every change is in the audit log, by chief.
    CHECK(
        Sql::scalar(t.connection(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'users' AND entity_id = ? "
                                   "AND user_id = ? AND field IN ('active', 'role', 'password_changes')"),
                    {li, chief.id})
            .toInt()
        >= 5);
}

TEST_CASE("The users table's last column fills the table after a user is created", "[gui][accounts]")
{
    TestDatabase t;
    MockClock clock;
    UserService users(t.connection(), clock);
    const User chief = firstAdministrator(users);
    Session session(t.db(), clock, chief);
    UsersDialog dialog(session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget* table = dialog.table();
    const auto lastEnds = [table]() {
        const int last = table->columnCount() - 1;
        return table->horizontalHeader()->sectionViewportPosition(last)
            + table->horizontalHeader()->sectionSize(last);
    };
    CHECK(lastEnds() == table->viewport()->width());

    dialog.usernameEdit()->setText(QStringLiteral("wang"));
    GuiTest::typeInto(dialog.passwordEdit(), QStringLiteral("wang-first-2026"));
    REQUIRE(dialog.createUser());
    QApplication::processEvents();
    // "Active; chooses a password at the next sign-in": the column ends where the table does, with
    // no gap and no scrolling sideways; the whole text is in the tooltip when it is shortened.
    CHECK(lastEnds() == table->viewport()->width());
    CHECK_FALSE(table->horizontalScrollBar()->isVisible());
    GuiTest::screenshot(&dialog, QStringLiteral("users_after_create"));
}
