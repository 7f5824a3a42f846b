// Issue 3 (closing the window does not wait for a count): a read on one thread can be stopped
// from another by a flag, set during it or before it. Issue 16: the same on a server connection,
// where the server cancels the running statement.
#include "PgServer.h"
#include "TestDatabase.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <QElapsedTimer>

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

namespace {
QString countTo(const char* n)
{
    return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                          "WHERE x < %1) SELECT count(*) FROM c")
        .arg(QLatin1String(n));
}
} // namespace

TEST_CASE("A long read stops as soon as its stop flag is set", "[db]")
{
    TestDatabase t;
    const QString count = countTo("1000000");
    std::atomic<bool> stop {false};
    Sql::stopWhen(t.connection(), &stop);
    CHECK(Sql::scalar(t.connection(), count).toInt() == 1000000);
    stop = true;
    CHECK_THROWS(Sql::scalar(t.connection(), count));
    // The next long statement stops too (a short one finishes: it is over before SQLite looks).
    CHECK_THROWS(Sql::scalar(t.connection(), countTo("2000000")));
    Sql::stopWhen(t.connection(), nullptr);
    CHECK(Sql::scalar(t.connection(), count).toInt() == 1000000);
}

TEST_CASE("A read that would take minutes stops within a second of its flag being set on another thread",
          "[db]")
{
    TestDatabase t;
    std::atomic<bool> stop {false};
    Sql::stopWhen(t.connection(), &stop);
    // A billion steps: minutes on either engine. Another thread sets the flag while it runs: on a
    // server once the server shows the statement running; SQLite shows nothing, so a moment into it.
    std::thread stopper([&stop] {
        if (TestDatabase::onServer())
            PgServer::waitUntilRunning(QStringLiteral("%< 1000000000)%"));
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        stop = true;
    });
    QElapsedTimer timer;
    timer.start();
    CHECK_THROWS_AS(Sql::scalar(t.connection(), countTo("1000000000")), DatabaseError);
    const qint64 took = timer.elapsed();
    stopper.join();
    CHECK(took < 1500);
    Sql::stopWhen(t.connection(), nullptr);
    // The connection goes on working once the flag is gone.
    CHECK(Sql::scalar(t.connection(), countTo("1000")).toInt() == 1000);
}
