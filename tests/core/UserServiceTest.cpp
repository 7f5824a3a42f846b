#include "auth/UserService.h"

#include "TestDatabase.h"
#include "UserError.h"
#include "db/Sql.h"

#include <catch2/catch.hpp>

TEST_CASE("Passwords are stored as Argon2id hashes and checked at sign-in", "[users]")
{
    TestDatabase t;
    UserService users(t.connection());
    User clerk;
    clerk.username = QStringLiteral("wangfang");
    clerk.displayName = QStringLiteral("王芳");
    clerk.role = Role::SalesClerk;
    CHECK_THROWS_WITH(users.createUser(t.sales, clerk, QStringLiteral("correct horse")),
                      Catch::Contains("administrator"));
    const qint64 id = users.createUser(t.admin, clerk, QStringLiteral("correct horse"));
    const QString stored
        = Sql::scalar(t.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id})
              .toString();
    CHECK(stored.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored.contains(QStringLiteral("correct horse")));
    CHECK(users.signIn(QStringLiteral("wangfang"), QStringLiteral("correct horse")).displayName
          == QStringLiteral("王芳"));
    CHECK_THROWS_WITH(users.signIn(QStringLiteral("wangfang"), QStringLiteral("wrong")),
                      Catch::Contains("wrong"));
    CHECK_THROWS_WITH(users.signIn(QStringLiteral("nobody"), QStringLiteral("x")), Catch::Contains("wrong"));
    CHECK_THROWS_WITH(users.createUser(t.admin, clerk, QStringLiteral("another one")),
                      Catch::Contains("already"));
    CHECK_THROWS_WITH(users.createUser(t.admin, User {0, QStringLiteral("x"), {}, Role::SalesClerk, 0, 0},
                                       QStringLiteral("short")),
                      Catch::Contains("8 characters"));
}
