// Issue 16.3: before the window reconnects to a server that was lost, it asks ServerProbe whether
// the server's host accepts a connection at all. The probe must answer without blocking: a host
// that drops the packets costs its short timeout on the event loop, not a frozen window.
#include "db/ServerProbe.h"

#include "TestDatabase.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <netinet/in.h>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

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
    QTimer::singleShot(timeoutMs + 5000, &loop, &QEventLoop::quit); // a deadline, should it never answer
    loop.exec();
    out.ms = took.elapsed();
    return out;
}

// A socket listening on 127.0.0.1 at a free port (plain POSIX: the tests need no QtNetwork).
class Listener
{
public:
    explicit Listener(int backlog = 4)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof a;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), size) != 0
            || ::listen(m_fd, backlog) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &size) != 0)
            FAIL("no listening socket");
        m_port = ntohs(a.sin_port);
    }
    ~Listener() { close(); }
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;
    int port() const { return m_port; }
    // Connects to it once and never accepts: with a backlog of 0 its queue is then full, and
    // Linux drops every further SYN, as a host behind a firewall that drops packets.
    void fill()
    {
        m_client = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a {};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(static_cast<uint16_t>(m_port));
        if (m_client < 0 || ::connect(m_client, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0)
            FAIL("could not fill the listening queue");
    }
    void close()
    {
        if (m_client >= 0)
            ::close(m_client);
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = m_client = -1;
    }

private:
    int m_fd = -1;
    int m_client = -1;
    int m_port = 0;
};
} // namespace

TEST_CASE("a server host that accepts a connection is reported reachable", "[server-probe]")
{
    const Listener server;
    ServerProbe p(QStringLiteral("127.0.0.1"), server.port());
    const Outcome out = probe(p, 2000);
    REQUIRE(out.reachable);
    CHECK(*out.reachable);
    CHECK_FALSE(p.isRunning());
}

TEST_CASE("a port that refuses the connection is reported unreachable at once", "[server-probe]")
{
    Listener closed; // a port nobody listens on once it is closed
    closed.close();
    ServerProbe p(QStringLiteral("127.0.0.1"), closed.port());
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
    Listener silent(0);
    silent.fill();
    ServerProbe p(QStringLiteral("127.0.0.1"), silent.port());
    const Outcome out = probe(p, 300);
    REQUIRE(out.reachable);
    CHECK_FALSE(*out.reachable);
    CHECK(out.ms >= 250); // waited out (a coarse timer may fire 5 % early), not refused
    CHECK(out.ms < 2000);
    // Timers of the window's thread fired all along: about one per 10 ms of the wait.
    CHECK(out.ticks >= 8);
}

TEST_CASE("the probe of an open database answers reachable, and a probe dropped midway never "
          "answers",
          "[server-probe]")
{
    TestDatabase t;
    ServerProbe p(t.connection()); // a file: nothing between; a server: its host:port
    const Outcome out = probe(p, 2000);
    REQUIRE(out.reachable);
    CHECK(*out.reachable);

    Listener silent(0);
    silent.fill();
    ServerProbe dropped(QStringLiteral("127.0.0.1"), silent.port());
    bool answered = false;
    QObject::connect(&dropped, &ServerProbe::answered, [&answered]() { answered = true; });
    dropped.start(100);
    CHECK(dropped.isRunning());
    dropped.abort();
    CHECK_FALSE(dropped.isRunning());
    QEventLoop loop;
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK_FALSE(answered);
}
