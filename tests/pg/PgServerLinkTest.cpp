// Issue 16.3: the window's connection, once lost, is opened again only after a probe reached the
// server (ServerLink), so no statement of the window blocks on a server that does not answer:
// until then each fails at once in a clerk's words; then the connection is opened again by itself.
#include "PgServer.h"
#include "SilentServer.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/ServerLink.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <catch2/catch.hpp>
#include <optional>

namespace {
void dropConnections(const ScratchDatabase& scratch)
{
    PgServer::adminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                            .arg(scratch.name()));
}

// How a statement of the window ended, and how long it took.
struct Read
{
    std::optional<DatabaseError::Kind> failed;
    QString message;
    qint64 ms = 0;
};

Read readCases(const QSqlDatabase& db)
{
    Read r;
    QElapsedTimer took;
    took.start();
    try {
        Sql::scalar(db, QStringLiteral("SELECT count(*) FROM cases"));
    } catch (const DatabaseError& e) {
        r.failed = e.kind();
        r.message = e.message();
    }
    r.ms = took.elapsed();
    return r;
}

std::optional<bool> nextAnswer(ServerLink& link, int ms)
{
    std::optional<bool> answer;
    const QMetaObject::Connection c
        = QObject::connect(&link, &ServerLink::answered, [&answer](bool reachable) { answer = reachable; });
    for (const QDeadlineTimer deadline(ms); !answer && !deadline.hasExpired();)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QObject::disconnect(c);
    return answer;
}
} // namespace

TEST_CASE("a lost connection of the window is opened again only after a probe reached the server, "
          "and its statements fail at once meanwhile",
          "[pg]")
{
    ScratchDatabase scratch;
    Database db(scratch.url());
    ServerLink::setTiming(100, 500);
    ServerLink link(db.connection());
    QSqlDatabase c = db.connection();
    const QString host = c.hostName();
    const int port = c.port();
    SilentServer hung; // takes the connection, never answers

    dropConnections(scratch);
    CHECK(readCases(c).failed == DatabaseError::Kind::Unreachable);
    CHECK(link.isLost());

    // The server's address now leads to a host that never answers: opening the connection there
    // would block for libpq's whole connect timeout (10 s). Nothing blocks.
    c.setHostName(QStringLiteral("127.0.0.1"));
    c.setPort(hung.port());
    for (int i = 0; i < 3; ++i) {
        const Read r = readCases(c);
        CHECK(r.failed == DatabaseError::Kind::Unreachable);
        CHECK(r.message.contains(QStringLiteral("connection to the database server was lost")));
        CHECK(r.ms < 200);
    }
    link.check();
    CHECK(link.isChecking());
    CHECK(nextAnswer(link, 5000) == false); // the probe gave up, the thread ran on
    CHECK(link.isLost());

    // The server answers again: the link's own probe finds it and opens the connection again.
    c.setHostName(host);
    c.setPort(port);
    std::optional<bool> answer;
    for (const QDeadlineTimer deadline(20000); answer != true && !deadline.hasExpired();)
        answer = nextAnswer(link, 1000);
    CHECK(answer == true);
    CHECK_FALSE(link.isLost());
    CHECK_FALSE(readCases(c).failed);
    ServerLink::setTiming(1000, 3000);
}

TEST_CASE("a statement of the window that waits on another program's lock fails in words after the "
          "link's wait, and goes through once the lock is gone",
          "[pg]")
{
    // An import holding the case-number counter, or any long transaction: before, the window's
    // save waited for it with the window frozen (24 s for a 25 s lock in a walk of the README).
    ServerLink::setTiming(1000, 3000, 300);
    ScratchDatabase scratch;
    const Database window(scratch.url());
    const ServerLink link(window.connection());
    const Database other(scratch.url());
    Sql::exec(other.connection(), QStringLiteral("BEGIN"));
    Sql::exec(other.connection(), QStringLiteral("LOCK TABLE settings IN ACCESS EXCLUSIVE MODE"));
    const QString save = QStringLiteral("INSERT INTO settings (key, value) VALUES ('lock.test', '1')");
    std::optional<DatabaseError::Kind> failed;
    QString message;
    QElapsedTimer took;
    took.start();
    try {
        Sql::exec(window.connection(), save);
    } catch (const DatabaseError& error) {
        failed = error.kind();
        message = error.message();
    }
    CHECK(took.elapsed() < 5000);
    CHECK(failed == DatabaseError::Kind::Locked);
    CHECK(message.contains(QStringLiteral("Try again in a moment")));
    Sql::exec(other.connection(), QStringLiteral("COMMIT"));
    Sql::exec(window.connection(), save);
    CHECK(
        Sql::scalar(other.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'lock.test'"))
            .toString()
        == QStringLiteral("1"));
    ServerLink::setTiming(1000, 3000);
}
