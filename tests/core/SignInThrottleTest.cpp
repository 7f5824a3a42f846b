// Issue 10, item 9: after 5 wrong passwords each try waits longer, the count survives a
// restart, and an unknown user name costs as long as a wrong password.
#include "auth/SignInThrottle.h"

#include "MockClock.h"
#include "Refusal.h"
#include "UserError.h"
#include "auth/UserService.h"
#include "db/Database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>

namespace {
struct World
{
    QTemporaryDir dir;
    MockClock clock;
    std::unique_ptr<Database> db;
    User chief, li;

    World()
    {
        db = std::make_unique<Database>(path());
        UserService users(db->connection(), clock);
        User c;
        c.username = QStringLiteral("chief");
        chief = users.createFirstAdministrator(c, QStringLiteral("Qu4lity-first"));
        User l;
        l.username = QStringLiteral("li");
        li = *users.user(users.createUser(chief, l, QStringLiteral("li-first-2026")));
    }
    QString path() const { return dir.filePath(QStringLiteral("throttle.sqlite")); }
    void restart()
    {
        db.reset();
        db = std::make_unique<Database>(path());
    }
    UserService users() { return UserService(db->connection(), clock); }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

TEST_CASE("The wait after wrong passwords grows and is said in words", "[accounts]")
{
    CHECK(SignInThrottle::waitAfter(4) == 0);
    CHECK(SignInThrottle::waitAfter(5) == 30);
    CHECK(SignInThrottle::waitAfter(6) == 60);
    CHECK(SignInThrottle::waitAfter(7) == 120);
    CHECK(SignInThrottle::waitAfter(9) == 480);
    CHECK(SignInThrottle::waitAfter(10) == 900);
    CHECK(SignInThrottle::waitAfter(40) == 900); // at most 15 minutes
    CHECK(SignInThrottle::waitMessage(30) == QStringLiteral("Too many wrong passwords: try again in 30 s"));
    CHECK(SignInThrottle::waitMessage(240) == QStringLiteral("Too many wrong passwords: try again in 4 min"));
}

TEST_CASE("After 5 wrong passwords each try waits longer, and a restart does not reset the count",
          "[accounts]")
{
    World w;
    {
        UserService users = w.users();
        for (int i = 1; i <= 4; ++i) {
            CHECK(refusal([&] { users.signIn(QStringLiteral("li"), QStringLiteral("wrong-guess")); })
                  == QStringLiteral("The user name or the password is wrong."));
            w.clock.advanceHours(0.001);
        }
        // The fifth wrong password starts the wait and says so.
        CHECK_THAT(
            refusal([&] { users.signIn(QStringLiteral("li"), QStringLiteral("wrong-guess")); }).toStdString(),
            Catch::Contains("try again in 30 s"));
        // While it lasts even the right password is refused, without a word about whether it was right.
        w.clock.advanceHours(10.0 / 3600);
        CHECK(refusal([&] { users.signIn(QStringLiteral("li"), QStringLiteral("li-first-2026")); })
              == QStringLiteral("Too many wrong passwords: try again in 20 s"));
        CHECK(users.wrongPasswords(QStringLiteral("li")) == 5); // tries during the wait do not count
    }

    // Restarting the program does not reset it.
    w.restart();
    UserService again = w.users();
    CHECK_THAT(
        refusal([&] { again.signIn(QStringLiteral("li"), QStringLiteral("li-first-2026")); }).toStdString(),
        Catch::Contains("try again in 20 s"));

    // After the wait one try; wrong again, the next wait is longer.
    w.clock.advanceHours(21.0 / 3600);
    CHECK_THAT(
        refusal([&] { again.signIn(QStringLiteral("li"), QStringLiteral("wrong-again")); }).toStdString(),
        Catch::Contains("try again in 60 s"));
    w.clock.advanceHours(61.0 / 3600);
    CHECK_THAT(
        refusal([&] { again.signIn(QStringLiteral("li"), QStringLiteral("wrong-again")); }).toStdString(),
        Catch::Contains("try again in 2 min"));
    w.clock.advanceHours(121.0 / 3600);
    // The right password after the wait signs in and clears the count.
    CHECK(again.signIn(QStringLiteral("li"), QStringLiteral("li-first-2026")).id == w.li.id);
    CHECK(again.wrongPasswords(QStringLiteral("li")) == 0);
    CHECK(refusal([&] { again.signIn(QStringLiteral("li"), QStringLiteral("wrong-guess")); })
          == QStringLiteral("The user name or the password is wrong."));
}

TEST_CASE("Unknown user names wait alike, and an administrator's reset ends a user's wait", "[accounts]")
{
    World w;
    UserService users = w.users();
    for (int i = 0; i < 5; ++i)
        refusal([&] { users.signIn(QStringLiteral("nobody"), QStringLiteral("wrong-guess")); });
    // The same words as for a real account: the wait tells nobody which names exist.
    CHECK(refusal([&] { users.signIn(QStringLiteral("nobody"), QStringLiteral("x")); })
          == QStringLiteral("Too many wrong passwords: try again in 30 s"));
    // Another name is not held up by it.
    CHECK(users.signIn(QStringLiteral("chief"), QStringLiteral("Qu4lity-first")).id == w.chief.id);

    for (int i = 0; i < 5; ++i)
        refusal([&] { users.signIn(QStringLiteral("li"), QStringLiteral("wrong-guess")); });
    CHECK_THAT(
        refusal([&] { users.signIn(QStringLiteral("li"), QStringLiteral("li-first-2026")); }).toStdString(),
        Catch::Contains("Too many wrong passwords"));
    users.resetPassword(w.chief, w.li.id, QStringLiteral("li-reset-2026"));
    CHECK(users.signIn(QStringLiteral("li"), QStringLiteral("li-reset-2026")).mustChangePassword);
}

TEST_CASE("A wrong current password in a change counts towards the wait", "[accounts]")
{
    World w;
    UserService users = w.users();
    for (int i = 0; i < 5; ++i)
        refusal([&] {
            users.changeOwnPassword(w.li, QStringLiteral("not-mine-1"), QStringLiteral("li-new-2026"));
        });
    CHECK_THAT(refusal([&] {
                   users.changeOwnPassword(w.li, QStringLiteral("li-first-2026"),
                                           QStringLiteral("li-new-2026"));
               }).toStdString(),
               Catch::Contains("Too many wrong passwords"));
}

TEST_CASE("An unknown user name takes as long as a wrong password", "[accounts]")
{
    World w;
    UserService users = w.users();
    // Interleaved, each try an hour after the last so that no wait gets in the way.
    QList<double> unknown, wrong;
    QElapsedTimer timer;
    for (int i = 0; i < 7; ++i) {
        w.clock.advanceHours(1);
        timer.start();
        refusal([&] { users.signIn(QStringLiteral("ghost%1").arg(i), QStringLiteral("guess-%1").arg(i)); });
        unknown.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        timer.start();
        refusal([&] { users.signIn(QStringLiteral("li"), QStringLiteral("guess-%1").arg(i)); });
        wrong.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const double u = median(unknown);
    const double r = median(wrong);
    INFO("median unknown name " << u << " ms, wrong password " << r << " ms");
    // Argon2id takes tens of milliseconds; skipping it for an unknown name would take well under one.
    CHECK(r > 5.0);
    CHECK(u > 0.6 * r);
    CHECK(u < 1.6 * r);
}
