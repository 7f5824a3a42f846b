// Issue 10, item 9: changing a password needs the current one or an administrator; only
// administrators deactivate, reactivate, reset and change roles, each change in the audit log;
// the last active administrator stays one.
#include "MockClock.h"
#include "Refusal.h"
#include "TestDatabase.h"
#include "UserError.h"
#include "auth/UserService.h"
#include "db/Sql.h"

#include <catch2/catch.hpp>

namespace {
struct AuditRow
{
    qint64 userId = 0;
    bool caseIdNull = false;
    qint64 at = 0;
    QString oldValue, newValue;
};

// The audit rows of one field of one user, oldest first.
QList<AuditRow> auditOf(const QSqlDatabase& db, qint64 userId, const QString& field)
{
    QList<AuditRow> rows;
    QSqlQuery q
        = Sql::exec(db,
                    QStringLiteral("SELECT user_id, case_id IS NULL, at, old_value, new_value FROM audit_log "
                                   "WHERE entity = 'users' AND entity_id = ? AND field = ? ORDER BY id"),
                    {userId, field});
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toBool(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toString()});
    return rows;
}

// A test database with a real administrator (one with a password) and a clerk.
struct Office
{
    TestDatabase t;
    MockClock clock;
    UserService users {t.connection(), clock};
    User chief, li;

    Office()
    {
        User c;
        c.username = QStringLiteral("chief");
        chief = users.createFirstAdministrator(c, QStringLiteral("Qu4lity-first"));
        User l;
        l.username = QStringLiteral("li");
        l.displayName = QStringLiteral("Li Na");
        li = *users.user(users.createUser(chief, l, QStringLiteral("li-first-2026")));
        clock.advanceHours(1);
    }
};
} // namespace

TEST_CASE("Changing one's password needs the current one: an administrator resets without it", "[accounts]")
{
    Office o;
    // A user an administrator made chooses their own password at the first sign-in.
    CHECK(o.li.mustChangePassword);
    CHECK(o.users.signIn(QStringLiteral("li"), QStringLiteral("li-first-2026")).mustChangePassword);

    try {
        o.users.changeOwnPassword(o.li, QStringLiteral("not-my-password"), QStringLiteral("li-own-2026"));
        FAIL("changed without the current password");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().contains(QStringLiteral("currentPassword")));
    }
    CHECK_THAT(refusal([&] {
                   o.users.changeOwnPassword(o.li, QStringLiteral("li-first-2026"),
                                             QStringLiteral("li-first-2026"));
               }).toStdString(),
               Catch::Contains("differ"));
    o.users.changeOwnPassword(o.li, QStringLiteral("li-first-2026"), QStringLiteral("li-own-2026"));
    const User li = o.users.signIn(QStringLiteral("li"), QStringLiteral("li-own-2026"));
    CHECK_FALSE(li.mustChangePassword);
    CHECK_FALSE(
        refusal([&] { o.users.signIn(QStringLiteral("li"), QStringLiteral("li-first-2026")); }).isEmpty());

    // Nobody but an administrator resets, and an administrator resets another's password only.
    CHECK_THAT(refusal([&] {
                   o.users.resetPassword(o.t.sales, o.li.id, QStringLiteral("li-taken-2026"));
               }).toStdString(),
               Catch::Contains("Only an administrator"));
    CHECK_THAT(refusal([&] {
                   o.users.resetPassword(o.li, o.chief.id, QStringLiteral("chief-taken-26"));
               }).toStdString(),
               Catch::Contains("Only an administrator"));
    CHECK_THAT(refusal([&] {
                   o.users.resetPassword(o.chief, o.chief.id, QStringLiteral("chief-new-2026"));
               }).toStdString(),
               Catch::Contains("Change your own password"));
    o.clock.advanceHours(1);
    o.users.resetPassword(o.chief, o.li.id, QStringLiteral("li-reset-2026"));
    const User reset = o.users.signIn(QStringLiteral("li"), QStringLiteral("li-reset-2026"));
    CHECK(reset.mustChangePassword); // the administrator knows it: li chooses her own

    // The audit log has each change of the password: who, when, the count before and after; no hash.
    const QList<AuditRow> changes = auditOf(o.t.connection(), o.li.id, QStringLiteral("password_changes"));
    REQUIRE(changes.size() == 3); // made, changed by li, reset by chief
    CHECK(changes.at(1).userId == o.li.id);
    CHECK(changes.at(1).oldValue == QStringLiteral("1"));
    CHECK(changes.at(1).newValue == QStringLiteral("2"));
    CHECK(changes.at(2).userId == o.chief.id);
    CHECK(changes.at(2).at == o.clock.now().toSecsSinceEpoch());
    CHECK(changes.at(2).caseIdNull);
    CHECK(Sql::scalar(o.t.connection(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE new_value LIKE '%argon2%' OR "
                                     "old_value LIKE '%argon2%' OR new_value LIKE '%li-%-2026%'"))
              .toInt()
          == 0);
}

TEST_CASE("Administrators deactivate and reactivate users: a deactivated user cannot sign in", "[accounts]")
{
    Office o;
    CHECK_THAT(refusal([&] { o.users.setActive(o.t.quality, o.li.id, false); }).toStdString(),
               Catch::Contains("Only an administrator"));
    CHECK_THAT(refusal([&] { o.users.setActive(o.chief, o.chief.id, false); }).toStdString(),
               Catch::Contains("your own account"));
    o.users.setActive(o.chief, o.li.id, false);
    CHECK_FALSE(o.users.user(o.li.id)->active);
    CHECK_THAT(
        refusal([&] { o.users.signIn(QStringLiteral("li"), QStringLiteral("li-first-2026")); }).toStdString(),
        Catch::Contains("deactivated"));
    // Still listed (named in cases and the audit log), never deleted.
    CHECK(o.users.userByName(QStringLiteral("li")));
    const QList<AuditRow> off = auditOf(o.t.connection(), o.li.id, QStringLiteral("active"));
    REQUIRE(off.size() == 1);
    CHECK(off.first().userId == o.chief.id);
    CHECK(off.first().oldValue == QStringLiteral("1"));
    CHECK(off.first().newValue == QStringLiteral("0"));
    CHECK(off.first().at == o.clock.now().toSecsSinceEpoch());
    CHECK(off.first().caseIdNull);

    o.clock.advanceHours(2);
    o.users.setActive(o.chief, o.li.id, true);
    CHECK(o.users.signIn(QStringLiteral("li"), QStringLiteral("li-first-2026")).id == o.li.id);
    const QList<AuditRow> on = auditOf(o.t.connection(), o.li.id, QStringLiteral("active"));
    REQUIRE(on.size() == 2);
    CHECK(on.last().newValue == QStringLiteral("1"));
    CHECK(on.last().at == o.clock.now().toSecsSinceEpoch());
}

TEST_CASE("Administrators change roles and units: each change is audited", "[accounts]")
{
    Office o;
    CHECK_THAT(refusal([&] { o.users.changeRole(o.li, o.li.id, Role::Administrator); }).toStdString(),
               Catch::Contains("Only an administrator"));
    try {
        o.users.changeRole(o.chief, o.li.id, Role::ResponsibleUnit);
        FAIL("a unit member without a unit");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().contains(QStringLiteral("unitId")));
    }
    o.users.changeRole(o.chief, o.li.id, Role::ResponsibleUnit, o.t.rndUnit);
    const User unit = *o.users.user(o.li.id);
    CHECK(unit.role == Role::ResponsibleUnit);
    CHECK(unit.unitId == o.t.rndUnit);
    const QList<AuditRow> role = auditOf(o.t.connection(), o.li.id, QStringLiteral("role"));
    REQUIRE(role.size() == 2); // made as a sales clerk, then changed
    CHECK(role.last().oldValue == QStringLiteral("sales"));
    CHECK(role.last().newValue == QStringLiteral("unit"));
    CHECK(role.last().userId == o.chief.id);
    const QList<AuditRow> unitRows = auditOf(o.t.connection(), o.li.id, QStringLiteral("unit_id"));
    REQUIRE_FALSE(unitRows.isEmpty());
    CHECK(unitRows.last().newValue == QString::number(o.t.rndUnit));

    // A demoted administrator has no rights left, even with a session still open.
    o.users.changeRole(o.chief, o.li.id, Role::Administrator);
    const User liAdmin = *o.users.user(o.li.id);
    o.users.changeRole(o.chief, o.li.id, Role::SalesClerk);
    CHECK_THAT(refusal([&] { o.users.setActive(liAdmin, o.t.sales.id, false); }).toStdString(),
               Catch::Contains("Only an administrator"));
}

TEST_CASE("The last active administrator can be neither deactivated nor demoted", "[accounts]")
{
    Office o;
    const QString demote = refusal([&] { o.users.changeRole(o.chief, o.chief.id, Role::Manager); });
    CHECK_THAT(demote.toStdString(), Catch::Contains("last active administrator"));
    CHECK(o.users.user(o.chief.id)->role == Role::Administrator);

    // A second administrator: now either may go, but not both.
    o.users.changeRole(o.chief, o.li.id, Role::Administrator);
    const User liAdmin = *o.users.user(o.li.id);
    CHECK_THAT(refusal([&] { o.users.setActive(liAdmin, o.chief.id, false); }).toStdString(),
               Catch::Equals(""));
    CHECK_FALSE(o.users.user(o.chief.id)->active);
    CHECK_THAT(refusal([&] { o.users.changeRole(liAdmin, o.li.id, Role::Office); }).toStdString(),
               Catch::Contains("last active administrator"));
    // The test database's own "boss" is an administrator without a password: it cannot sign in,
    // so it does not count as the administrator who would be left.
    CHECK(o.users.user(o.t.admin.id)->role == Role::Administrator);
    CHECK(o.users.hasUsableAdministrator());
    CHECK_THAT(refusal([&] { o.users.changeRole(o.t.admin, o.li.id, Role::Office); }).toStdString(),
               Catch::Contains("last active administrator"));
}
