// Issue 16: a server that keeps the window's connection but stops answering (paused with
// SIGSTOP, a host gone silent whose kernel still answers TCP) held the window until it answered
// again: a README walk saw Save frozen for 2 minutes. Now a statement whose outcome is known when
// broken off is broken off as lost a few seconds after the server stopped answering even a new
// connection (ServerStop::breakOffSilence, set by ServerLink), and the window's connection comes
// back by itself once the server answers. A server that only takes its time is left to finish.
#include "MockClock.h"
#include "PausingProxy.h"
#include "PgServer.h"
#include "ServerCutOff.h"
#include "TestDatabase.h"
#include "db/ChangeWatch.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/ServerAddress.h"
#include "db/ServerLink.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "main/BackgroundCounts.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <atomic>
#include <catch2/catch.hpp>
#include <optional>
#include <thread>

namespace {
// A database reached through a relay that the test can pause.
QString through(const QString& url, const PausingProxy& relay)
{
    ServerAddress a = ServerAddress::parse(url);
    a.host = QStringLiteral("127.0.0.1");
    a.port = relay.port();
    return a.text();
}

struct Ran
{
    std::optional<DatabaseError::Kind> failed;
    QString message;
    qint64 ms = 0;
};

template<typename Work> Ran timed(Work work)
{
    Ran r;
    QElapsedTimer took;
    took.start();
    try {
        work();
    } catch (const DatabaseError& e) {
        r.failed = e.kind();
        r.message = e.message();
    }
    r.ms = took.elapsed();
    return r;
}

qint64 countCalls(const QSqlDatabase& db)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'silence.%'"))
        .toLongLong();
}

// The links made while it lives ask after 0.3 s of a statement, with a probe of 2 s (libpq's
// least); the window's own timing again at the end.
struct ShortTiming
{
    ShortTiming() { ServerLink::setTiming(100, 2000, 5000, 300); }
    ~ShortTiming() { ServerLink::setTiming(1000, 3000); }
};

// The window's connection and its link, to a scratch database through a relay the test pauses.
struct PausableWindow
{
    ScratchDatabase scratch;
    PausingProxy server {ServerAddress::parse(scratch.url()).port};
    ShortTiming timing;
    Database window {through(scratch.url(), server)};
    ServerLink link {window.connection()};
};

void waitUntilOpenAgain(const ServerLink& link)
{
    for (const QDeadlineTimer deadline(20000); link.isLost() && !deadline.hasExpired();)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}
} // namespace

TEST_CASE("a statement of the window on a server that stops answering is broken off as lost within "
          "seconds, and the connection comes back once the server answers",
          "[pg]")
{
    PausableWindow w;
    PausingProxy& server = w.server;
    const QSqlDatabase c = w.window.connection();
    Sql::exec(c, QStringLiteral("INSERT INTO settings (key, value) VALUES ('silence.1', 'saved before')"));

    // The server stops answering in the middle of a save (paused for 60 s at most: without the
    // break-off the save waits all of it).
    const Ran save = timed([&c, &server]() {
        Transaction t(c);
        Sql::exec(c, QStringLiteral("INSERT INTO settings (key, value) VALUES ('silence.2', 'the call')"));
        server.pause(60000);
        Sql::exec(c, QStringLiteral("INSERT INTO settings (key, value) VALUES ('silence.3', 'its history')"));
        t.commit();
    });
    CHECK(save.failed == DatabaseError::Kind::Unreachable);
    CHECK(save.message.contains(QStringLiteral("connection to the database server was lost")));
    CHECK(save.ms < 10000); // 0.3 s silent, a probe of 2 s (libpq's least), the sanitizer's slowness
    CHECK(w.link.isLost());
    // While it stays silent, the window's statements fail at once.
    const Ran read = timed([&c]() { countCalls(c); });
    CHECK(read.failed == DatabaseError::Kind::Unreachable);
    CHECK(read.ms < 500);

    server.resume();
    waitUntilOpenAgain(w.link);
    CHECK_FALSE(w.link.isLost());
    CHECK(countCalls(c) == 1); // the broken-off save was rolled back: nothing half saved
    Sql::exec(c, QStringLiteral("INSERT INTO settings (key, value) VALUES ('silence.2', 'the call again')"));
    CHECK(countCalls(c) == 2);
}

TEST_CASE("a long statement of the window on a server that answers runs to its end", "[pg]")
{
    ScratchDatabase scratch;
    const ShortTiming timing;
    Database window(scratch.url());
    ServerLink link(window.connection());
    const Ran report
        = timed([&window]() { Sql::exec(window.connection(), QStringLiteral("SELECT pg_sleep(1.5)")); });
    CHECK_FALSE(report.failed);
    CHECK(report.ms >= 1500);
    CHECK_FALSE(link.isLost());
}

TEST_CASE("a commit the server leaves unanswered is not broken off: the server may have done it", "[pg]")
{
    PausableWindow w;
    PausingProxy& server = w.server;
    const QSqlDatabase c = w.window.connection();
    Transaction t(c);
    Sql::exec(c, QStringLiteral("INSERT INTO settings (key, value) VALUES ('silence.1', 'one call')"));
    server.pause(4000);
    const Ran commit = timed([&t]() { t.commit(); });
    // It waited for the server instead of failing: the call is there once, and the window knows.
    CHECK_FALSE(commit.failed);
    CHECK(commit.ms >= 3000);
    CHECK(countCalls(c) == 1);
}

TEST_CASE("a read stopped by its flag while the server has stopped answering ends at once", "[pg]")
{
    // The counts of a window being closed, under way when the server stopped answering: asking a
    // paused server to cancel them would wait as long as the pause, and the window's close with it.
    ScratchDatabase scratch;
    PausingProxy server(ServerAddress::parse(scratch.url()).port);
    Database reader(through(scratch.url(), server));
    const QSqlDatabase c = reader.connection();
    std::atomic<bool> stop {false};
    Sql::stopWhen(c, &stop);
    std::thread closer([&stop, &server] {
        PgServer::waitUntilRunning(QStringLiteral("%pg_sleep(20)%"));
        server.pause(60000);
        stop = true;
    });
    const Ran count = timed([&c]() { Sql::exec(c, QStringLiteral("SELECT pg_sleep(20)")); });
    closer.join();
    CHECK(count.failed);
    CHECK(count.ms < 5000);
    Sql::stopWhen(c, nullptr);
}

TEST_CASE("the counts of My work on a server that stops answering fail in words within seconds",
          "[pg][window]")
{
    // They run on a thread of their own with their own connection: before, a paused server left
    // the window showing the old counts with no word, and closing it waited for the server.
    const ShortTiming timing;
    const ServerCutOff::OnServer onServer;
    TestDatabase t;
    PausingProxy server(ServerAddress::parse(t.path()).port);
    MockClock clock;
    BackgroundCounts counts(through(t.path(), server), clock, t.sales);
    bool counted = false;
    QString failure;
    QObject::connect(&counts, &BackgroundCounts::groupsReady, [&counted]() { counted = true; });
    QObject::connect(&counts, &BackgroundCounts::failed, [&failure](const QString& why) { failure = why; });
    counts.refresh({});
    REQUIRE(ServerCutOff::waitFor([&counted]() { return counted; }));

    server.pause(60000);
    QElapsedTimer took;
    took.start();
    counts.refresh({});
    CHECK(ServerCutOff::waitFor([&failure]() { return !failure.isEmpty(); }, 15000));
    CHECK(took.elapsed() < 10000);
    CHECK(failure.contains(QStringLiteral("database server")));
    server.resume();
    counted = false;
    counts.refresh({});
    CHECK(ServerCutOff::waitFor([&counted]() { return counted; }));
}

TEST_CASE("an idle window whose server session ended hears other programs' saves again within "
          "seconds, without a statement of its own",
          "[pg][window]")
{
    // A README walk restarted the server while the windows were idle: they held no session
    // afterwards, never noticed, and showed no new case for minutes (Refresh brought them back).
    const ShortTiming timing;
    ScratchDatabase scratch;
    const Database window(scratch.url());
    ServerLink link(window.connection());
    ChangeWatch watch(window.connection());
    const Database other(scratch.url());
    const qint64 pid
        = Sql::scalar(window.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();

    PgServer::adminExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)); // as a restart does
    // Found while idle, and opened again once a probe reached the server (which may be within
    // one turn of the event loop here: the link's answer says it happened).
    bool openAgain = false;
    QObject::connect(&link, &ServerLink::answered, [&openAgain](bool reachable) { openAgain = reachable; });
    CHECK(ServerCutOff::waitFor([&openAgain]() { return openAgain; }, 10000));
    CHECK_FALSE(link.isLost());
    // What was saved meanwhile is read again (notices were missed), then saves are heard again.
    CHECK(watch.poll().other);
    Sql::exec(
        other.connection(),
        QStringLiteral("INSERT INTO audit_log (at, case_id, entity, entity_id, action, field, new_value) "
                       "VALUES (1, 42, 'cases', 1, 'update', 'status', 'sent')"));
    ChangeWatch::Changes heard;
    CHECK(ServerCutOff::waitFor([&]() {
        heard = watch.poll();
        return !heard.isEmpty();
    }));
    CHECK(heard.caseIds.contains(42));
}
