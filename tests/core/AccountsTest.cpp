// Issue 10, item 9 (accounts) and issue 11, item 1 (first start): a database gets its
// administrator when it is made; password rules; what an older database's password-less
// "admin" becomes; users are never deleted.
#include "MockClock.h"
#include "Refusal.h"
#include "UserError.h"
#include "admin/FirstStart.h"
#include "auth/PasswordHash.h"
#include "auth/PasswordRules.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Sql.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
User named(const QString& username, const QString& displayName = {})
{
    User u;
    u.username = username;
    u.displayName = displayName;
    return u;
}
} // namespace

TEST_CASE("A new database has no administrator until its first one is made, and only one is made so",
          "[accounts]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("new.sqlite")));
    MockClock clock;
    UserService users(db.connection(), clock);
    // Nobody can sign in as "admin" with any password and so choose it: there is no such account.
    CHECK_FALSE(users.hasUsableAdministrator());
    CHECK(users.users().isEmpty());
    CHECK_FALSE(refusal([&] { users.signIn(QStringLiteral("admin"), QString()); }).isEmpty());
    CHECK_FALSE(users.hasUsableAdministrator());

    const User chief = users.createFirstAdministrator(
        named(QStringLiteral(" chief "), QStringLiteral("张伟")), QStringLiteral("Qu4lity-first"));
    CHECK(chief.username == QStringLiteral("chief"));
    CHECK(chief.displayName == QStringLiteral("张伟"));
    CHECK(chief.role == Role::Administrator);
    CHECK(users.hasUsableAdministrator());
    CHECK(users.signIn(QStringLiteral("chief"), QStringLiteral("Qu4lity-first")).id == chief.id);
    CHECK_FALSE(chief.mustChangePassword);
    // The creation is in the audit log, by the administrator, with no case and no password in it.
    QSqlQuery audit = Sql::exec(db.connection(),
                                QStringLiteral("SELECT user_id, case_id, at, field, new_value FROM audit_log "
                                               "WHERE entity = 'users' AND entity_id = ?"),
                                {chief.id});
    QStringList fields;
    while (audit.next()) {
        CHECK(audit.value(0).toLongLong() == chief.id);
        CHECK(audit.value(1).isNull());
        CHECK(audit.value(2).toLongLong() == clock.now().toSecsSinceEpoch());
        CHECK_FALSE(audit.value(4).toString().contains(QStringLiteral("argon2")));
        CHECK_FALSE(audit.value(4).toString().contains(QStringLiteral("Qu4lity")));
        fields.append(audit.value(3).toString());
    }
    CHECK(fields.contains(QStringLiteral("username")));
    CHECK(fields.contains(QStringLiteral("role")));
    CHECK(fields.contains(QStringLiteral("password_changes")));

    // A second "first" administrator is refused: from now on only an administrator makes users.
    CHECK_THAT(refusal([&] {
                   users.createFirstAdministrator(named(QStringLiteral("intruder")),
                                                  QStringLiteral("Intrude-2026"));
               }).toStdString(),
               Catch::Contains("already has an administrator"));
    CHECK_FALSE(users.userByName(QStringLiteral("intruder")));
}

TEST_CASE("Password rules are said in words and hold for every way a password is set", "[accounts]")
{
    CHECK(PasswordRules::description().contains(QStringLiteral("8 characters")));
    CHECK(PasswordRules::problem(QString(), QStringLiteral("li")).contains(QStringLiteral("at least 8")));
    CHECK(PasswordRules::problem(QStringLiteral("short1!"), QStringLiteral("li"))
              .contains(QStringLiteral("8")));
    CHECK(PasswordRules::problem(QStringLiteral("wangfang"), QStringLiteral("WangFang"))
              .contains(QStringLiteral("user name")));
    CHECK(PasswordRules::problem(QStringLiteral("aaaaaaaaaa"), QStringLiteral("li"))
              .contains(QStringLiteral("repeated")));
    CHECK(PasswordRules::problem(QStringLiteral("12345678"), QStringLiteral("li"))
              .contains(QStringLiteral("first passwords")));
    CHECK(PasswordRules::problem(QStringLiteral("Password"), QStringLiteral("li"))
              .contains(QStringLiteral("first")));
    CHECK(PasswordRules::problem(QString(300, u'x') + u'y', QStringLiteral("li"))
              .contains(QStringLiteral("at most")));
    // Characters, not bytes: eight Chinese characters are a password, four are not.
    CHECK(PasswordRules::problem(QStringLiteral("质量信息反馈处理"), QStringLiteral("li")).isEmpty());
    CHECK_FALSE(PasswordRules::problem(QStringLiteral("质量信息"), QStringLiteral("li")).isEmpty());
    CHECK(PasswordRules::problem(QStringLiteral("seat leak 2026"), QStringLiteral("li")).isEmpty());

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("rules.sqlite")));
    MockClock clock;
    UserService users(db.connection(), clock);
    try {
        users.createFirstAdministrator(named(QStringLiteral("chief")), QStringLiteral("chief"));
        FAIL("a password equal to the user name was taken");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().contains(QStringLiteral("password")));
    }
    CHECK_FALSE(users.hasUsableAdministrator()); // nothing was made
    const User chief
        = users.createFirstAdministrator(named(QStringLiteral("chief")), QStringLiteral("Qu4lity-first"));
    User clerk = named(QStringLiteral("li"));
    CHECK_THAT(refusal([&] { users.createUser(chief, clerk, QStringLiteral("1234")); }).toStdString(),
               Catch::Contains("at least 8"));
    const qint64 li = users.createUser(chief, clerk, QStringLiteral("li-first-2026"));
    CHECK_THAT(refusal([&] { users.resetPassword(chief, li, QStringLiteral("password")); }).toStdString(),
               Catch::Contains("first passwords"));
    const User liUser = *users.user(li);
    CHECK_THAT(refusal([&] {
                   users.changeOwnPassword(liUser, QStringLiteral("li-first-2026"), QStringLiteral("li"));
               }).toStdString(),
               Catch::Contains("at least 8"));
}

TEST_CASE("First start saves the administrator and the company together: a wrong value makes neither",
          "[accounts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first.sqlite"));
    MockClock clock;
    {
        Database db(path);
        CompanySettings company;
        company.name = QStringLiteral("   ");
        DeadlineRules rules = SettingsService(db.connection()).deadlines();
        rules.zone = QTimeZone("Asia/Shanghai");
        try {
            FirstStart::run(db.connection(), clock, named(QStringLiteral("chief")),
                            QStringLiteral("Qu4lity-first"), company, rules);
            FAIL("an empty company name was taken");
        } catch (const UserError& e) {
            CHECK(e.fieldErrors().contains(QStringLiteral("companyName")));
        }
        CHECK_FALSE(UserService(db.connection(), clock).hasUsableAdministrator());

        company.name = QStringLiteral("Hengli Valve Co., Ltd.");
        rules.workdays = {1, 2, 3, 4, 5, 6};
        const User chief = FirstStart::run(db.connection(), clock, named(QStringLiteral("chief")),
                                           QStringLiteral("Qu4lity-first"), company, rules);
        CHECK(chief.role == Role::Administrator);
    }
    Database again(path); // a restart
    CHECK(SettingsService(again.connection()).company().name == QStringLiteral("Hengli Valve Co., Ltd."));
    CHECK(SettingsService(again.connection()).deadlines().workdays.contains(6));
    CHECK(QString::fromUtf8(SettingsService(again.connection()).deadlines().zone.id())
          == QStringLiteral("Asia/Shanghai"));
    CHECK(UserService(again.connection(), clock)
              .signIn(QStringLiteral("chief"), QStringLiteral("Qu4lity-first"))
              .role
          == Role::Administrator);
}

TEST_CASE(
    "An older database's password-less admin: removed when unused, so the setup runs: nobody locked out",
    "[accounts][migrations]")
{
    QTemporaryDir dir;
    MockClock clock;
    // Made by the previous version: migration 004 put "admin" in without a password.
    const QString unused = dir.filePath(QStringLiteral("unused.sqlite"));
    const QString used = dir.filePath(QStringLiteral("used.sqlite"));
    for (const QString& path : {unused, used}) {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v10"));
        old.setDatabaseName(path);
        REQUIRE(old.open());
        Migrator::migrate(old, 10);
        CHECK(Sql::scalar(old, QStringLiteral("SELECT password_hash FROM users WHERE username = 'admin'"))
                  .toString()
                  .isEmpty());
        if (path == used) // someone signed in as admin and chose a password, as the old window let them
            Sql::exec(old, QStringLiteral("UPDATE users SET password_hash = ? WHERE username = 'admin'"),
                      {PasswordHash::hash(QStringLiteral("old-admin-pw"))});
        old.close();
        old = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v10"));
    }
    {
        Database db(unused);
        UserService users(db.connection(), clock);
        CHECK_FALSE(users.userByName(QStringLiteral("admin")));
        CHECK_FALSE(users.hasUsableAdministrator()); // the window runs the first-start setup
        const User admin
            = users.createFirstAdministrator(named(QStringLiteral("admin")), QStringLiteral("new-admin-pw"));
        CHECK(users.signIn(QStringLiteral("admin"), QStringLiteral("new-admin-pw")).id == admin.id);
    }
    {
        Database db(used);
        UserService users(db.connection(), clock);
        CHECK(users.hasUsableAdministrator()); // the sign-in, as before
        CHECK(users.signIn(QStringLiteral("admin"), QStringLiteral("old-admin-pw")).role
              == Role::Administrator);
    }
}

TEST_CASE("A password-less account of the old kind becomes the first administrator when it is named",
          "[accounts]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("claim.sqlite")));
    MockClock clock;
    // As if an older version's "admin" had been referred to and so stayed: an account without a password.
    Sql::exec(db.connection(),
              QStringLiteral("INSERT INTO users(username, display_name, role, created_at) "
                             "VALUES ('admin', 'Administrator', 'admin', 0)"));
    UserService users(db.connection(), clock);
    CHECK_FALSE(users.hasUsableAdministrator());
    CHECK_FALSE(refusal([&] { users.signIn(QStringLiteral("admin"), QString()); }).isEmpty());
    const User admin = users.createFirstAdministrator(
        named(QStringLiteral("admin"), QStringLiteral("Chen Jun")), QStringLiteral("Qu4lity-first"));
    CHECK(users.users().size() == 1);
    CHECK(admin.displayName == QStringLiteral("Chen Jun"));
    CHECK(users.signIn(QStringLiteral("admin"), QStringLiteral("Qu4lity-first")).id == admin.id);
}

TEST_CASE("Users are never deleted: the database refuses it", "[accounts]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("nodelete.sqlite")));
    MockClock clock;
    const User chief
        = UserService(db.connection(), clock)
              .createFirstAdministrator(named(QStringLiteral("chief")), QStringLiteral("Qu4lity-first"));
    CHECK_THROWS(Sql::exec(db.connection(), QStringLiteral("DELETE FROM users WHERE id = ?"), {chief.id}));
    CHECK(UserService(db.connection(), clock).user(chief.id));
}

TEST_CASE("The dummy hash costs what a real one does", "[accounts]")
{
    // Same Argon2id parameters as the hashes made now: an unknown name is checked as long.
    const QString real = PasswordHash::hash(QStringLiteral("any password"));
    const auto parameters = [](const QString& hash) { return hash.section(u'$', 1, 3); };
    CHECK(parameters(PasswordHash::dummyHash()) == parameters(real));
    CHECK_FALSE(PasswordHash::verify(PasswordHash::dummyHash(), QString()));
}
