// Issue 16: Sql::stopWhen on a server connection stops the running statement (ServerStop). After
// the connection was lost and opened again, the flag must still stop a statement that runs: the
// watch follows the new session, not the lost one.
#include "PgServer.h"
#include "TestDatabase.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <QElapsedTimer>

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

namespace {
// This test's TestDatabase on the PostgreSQL test server.
class OnServer
{
public:
    OnServer()
        : m_before(qEnvironmentVariable("QL_TEST_BACKEND"))
    {
        qputenv("QL_TEST_BACKEND", "pg");
    }
    ~OnServer()
    {
        if (m_before.isEmpty())
            qunsetenv("QL_TEST_BACKEND");
        else
            qputenv("QL_TEST_BACKEND", m_before.toUtf8());
    }

private:
    QString m_before;
};

} // namespace

TEST_CASE("after the server connection was lost and opened again, the stop flag still cancels a "
          "running statement",
          "[pg][stop]")
{
    const OnServer onServer;
    TestDatabase t;
    std::atomic<bool> stop {false};
    Sql::stopWhen(t.connection(), &stop);
    const qint64 before = Sql::scalar(t.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();

    // The server ends the session (a restart, the network): the next statement fails, the one
    // after it opens the connection again.
    PgServer::adminExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(before));
    CHECK_THROWS_AS(Sql::scalar(t.connection(), QStringLiteral("SELECT 1")), DatabaseError);
    const qint64 after = Sql::scalar(t.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    REQUIRE(after != before);

    // A statement of half a minute on the new session; another thread sets the flag once it runs.
    std::thread stopper([&stop] {
        PgServer::waitUntilRunning(QStringLiteral("%pg_sleep(30)%"));
        stop = true;
    });
    QElapsedTimer timer;
    timer.start();
    CHECK_THROWS_AS(Sql::scalar(t.connection(), QStringLiteral("SELECT pg_sleep(30)")), DatabaseError);
    const qint64 took = timer.elapsed();
    stopper.join();
    CHECK(took < 5000); // cancelled by the server, not waited out
    Sql::stopWhen(t.connection(), nullptr);
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT 2")).toInt() == 2);
}
