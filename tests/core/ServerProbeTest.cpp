// Issue 16.3: before the window opens a lost server connection again, ServerProbe asks whether the
// server answers. The probe must answer without blocking, and "answers" means the server's own
// protocol answered (a connection attempt of its own on a worker thread), not only that a host
// took the TCP connection: a hung server or a proxy whose server is gone costs the probe's short
// timeout on the event loop, not a frozen window.
#include "db/ServerProbe.h"

#include "SilentServer.h"
#include "TestDatabase.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>
#include <memory>
#include <optional>

namespace {
struct Outcome
{
    std::optional<bool> reachable;
    qint64 ms = 0;
    int ticks = 0; // a 10 ms timer of the same thread, counted while the probe ran
};

Outcome probe(ServerProbe& p, int timeoutMs)
{
    Outcome out;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&out]() { ++out.ticks; });
    QEventLoop loop;
    QObject::connect(&p, &ServerProbe::answered, &loop, [&](bool reachable) {
        out.reachable = reachable;
        loop.quit();
    });
    QElapsedTimer took;
    took.start();
    tick.start(10);
    p.start(timeoutMs);
    CHECK_FALSE(out.reachable); // never answered inside start(): the caller is never blocked
    CHECK(took.elapsed() < 100);
    QTimer::singleShot(timeoutMs + 5000, &loop, &QEventLoop::quit); // a deadline, should it never answer
    loop.exec();
    out.ms = took.elapsed();
    return out;
}

// A server connection's settings, never opened, for a database server at 127.0.0.1:port.
class ServerAt
{
public:
    explicit ServerAt(int port)
        : m_name(QStringLiteral("probe-test-%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setUserName(QStringLiteral("qualityloop"));
        db.setDatabaseName(QStringLiteral("qualityloop"));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    ~ServerAt() { QSqlDatabase::removeDatabase(m_name); }
    ServerAt(const ServerAt&) = delete;
    ServerAt& operator=(const ServerAt&) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static QAtomicInteger<int>& counter()
    {
        static QAtomicInteger<int> c;
        return c;
    }
    QString m_name;
};
} // namespace

TEST_CASE("a port that takes the connection but whose server never answers is given up after the "
          "timeout while the event loop keeps running",
          "[server-probe]")
{
    const SilentServer hung; // the kernel takes the connection; no server ever answers on it
    const ServerAt at(hung.port());
    ServerProbe p(at.db());
    const Outcome out = probe(p, 400);
    REQUIRE(out.reachable);
    CHECK_FALSE(*out.reachable);
    CHECK(out.ms >= 350); // waited out (a coarse timer may fire 5 % early), not refused
    CHECK(out.ms < 2000);
    // Timers of the window's thread fired all along: about one per 10 ms of the wait.
    CHECK(out.ticks >= 10);
    CHECK_FALSE(p.isRunning());
}

TEST_CASE("a port that refuses the connection is reported unreachable at once", "[server-probe]")
{
    SilentServer closed; // a port nobody listens on once it is closed
    closed.close();
    const ServerAt at(closed.port());
    ServerProbe p(at.db());
    const Outcome out = probe(p, 2000);
    REQUIRE(out.reachable);
    CHECK_FALSE(*out.reachable);
    CHECK(out.ms < 1000); // refused, not waited out
}

TEST_CASE("a host that does not answer at all is given up after the timeout while the event loop "
          "keeps running",
          "[server-probe]")
{
    // A listener whose queue is full drops the SYN: no answer, not even a refusal. (A non-routed
    // address such as 10.255.255.1 would do on a plain network; a machine behind a transparent
    // proxy answers it at once.)
    SilentServer silent(0);
    silent.fill();
    const ServerAt at(silent.port());
    ServerProbe p(at.db());
    const Outcome out = probe(p, 300);
    REQUIRE(out.reachable);
    CHECK_FALSE(*out.reachable);
    CHECK(out.ms >= 250);
    CHECK(out.ms < 2000);
    CHECK(out.ticks >= 8);
}

TEST_CASE("the probe of an open database answers reachable, and a probe dropped midway never "
          "answers",
          "[server-probe]")
{
    TestDatabase t;
    ServerProbe p(t.connection()); // a file: nothing between; a server: a connection of its own
    const Outcome out = probe(p, 3000);
    REQUIRE(out.reachable);
    CHECK(*out.reachable);

    const SilentServer hung;
    const ServerAt at(hung.port());
    auto dropped = std::make_unique<ServerProbe>(at.db());
    bool answered = false;
    QObject::connect(dropped.get(), &ServerProbe::answered, [&answered]() { answered = true; });
    dropped->start(100);
    CHECK(dropped->isRunning());
    dropped->abort();
    CHECK_FALSE(dropped->isRunning());
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK_FALSE(answered);
    // A probe deleted while its worker still waits for the server: the late answer goes nowhere.
    dropped->start(3000);
    dropped.reset();
}
