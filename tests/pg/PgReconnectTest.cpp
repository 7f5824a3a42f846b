// Issue 16.3: when the connection to the server is lost (the network, a restarted server), the
// save that met it is refused in a clerk's words and nothing half-saved stays; the next save
// opens the connection again and goes through, and an open window listens for notices again.
#include "PgServer.h"
#include "db/BulkStatement.h"
#include "db/ChangeWatch.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/ServerStop.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>

#include <catch2/catch.hpp>

namespace {
// The server ends every session of the database but the superuser's own.
void dropConnections(const ScratchDatabase& scratch)
{
    PgServer::adminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                            .arg(scratch.name()));
}

void saveTwoSettings(const QSqlDatabase& db, const QString& value)
{
    Transaction t(db);
    Sql::exec(db,
              QStringLiteral("INSERT INTO settings (key, value) VALUES ('reconnect.a', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {value});
    Sql::exec(db,
              QStringLiteral("INSERT INTO settings (key, value) VALUES ('reconnect.b', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {value});
    t.commit();
}

QString setting(const QSqlDatabase& db, const QString& key)
{
    return Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}).toString();
}
} // namespace

TEST_CASE("a save that meets a lost connection is refused whole, and the next save reconnects", "[pg]")
{
    ScratchDatabase scratch;
    const Database db(scratch.url());
    const QSqlDatabase c = db.connection();
    saveTwoSettings(c, QStringLiteral("1"));

    dropConnections(scratch);
    DatabaseError::Kind kind = DatabaseError::Kind::Query;
    QString message;
    try {
        saveTwoSettings(c, QStringLiteral("2"));
    } catch (const DatabaseError& error) {
        kind = error.kind();
        message = error.message();
    }
    CHECK(kind == DatabaseError::Kind::Unreachable);
    CHECK(message.contains(QStringLiteral("connection to the database server was lost")));

    // Pressing Save again: the connection is opened again and the whole save goes through.
    saveTwoSettings(c, QStringLiteral("3"));
    CHECK(setting(c, QStringLiteral("reconnect.a")) == QStringLiteral("3"));
    CHECK(setting(c, QStringLiteral("reconnect.b")) == QStringLiteral("3"));
    const Database other(scratch.url());
    CHECK(setting(other.connection(), QStringLiteral("reconnect.a")) == QStringLiteral("3"));
}

TEST_CASE("a window listens again after its connection came back", "[pg]")
{
    ScratchDatabase scratch;
    const Database mine(scratch.url());
    ChangeWatch watch(mine.connection());
    dropConnections(scratch);
    // The window's next read meets the lost connection, the one after opens it again.
    CHECK_THROWS_AS(Sql::scalar(mine.connection(), QStringLiteral("SELECT count(*) FROM cases")),
                    DatabaseError);
    CHECK(Sql::scalar(mine.connection(), QStringLiteral("SELECT count(*) FROM cases")).toInt() == 0);
    // Notices were missed meanwhile: the first look asks for everything shown to be read again.
    ChangeWatch::Changes changes = watch.poll();
    CHECK(changes.other);

    const Database theirs(scratch.url());
    Sql::exec(theirs.connection(),
              QStringLiteral("INSERT INTO audit_log (at, case_id, entity, entity_id, action, field) "
                             "VALUES (?, 77, 'cases', 77, 'update', 'status')"),
              {QDateTime::currentMSecsSinceEpoch()});
    changes = {};
    for (const QDeadlineTimer deadline(10000); changes.isEmpty() && !deadline.hasExpired();) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        changes = watch.poll();
    }
    CHECK(changes.caseIds == QSet<qint64> {77});
}

TEST_CASE("a connection the server closed while the window was idle is opened again by the next save", "[pg]")
{
    // A restarted server ends every idle session: the window's listener reads the goodbye on its
    // own, so the connection is already closed when the next statement comes; a statement made
    // for it (prepared) then fails without the server's code. It must count as a lost connection
    // (a clerk's message; the next try opens the connection again), never as a refusal for ever.
    ScratchDatabase scratch;
    const Database mine(scratch.url());
    const QSqlDatabase c = mine.connection();
    ChangeWatch watch(c);
    watch.start(50);
    dropConnections(scratch);
    for (const QDeadlineTimer deadline(10000); !ServerStop::isBroken(c) && !deadline.hasExpired();)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(ServerStop::isBroken(c));
    const QString sql = QStringLiteral("SELECT count(*) FROM settings WHERE key = ?");
    DatabaseError::Kind kind = DatabaseError::Kind::Query;
    try {
        BulkStatement& q = Sql::prepared(c, sql);
        q.bind(1, QStringLiteral("x"));
        q.next();
        q.reset();
    } catch (const DatabaseError& error) {
        kind = error.kind();
    }
    CHECK(kind == DatabaseError::Kind::Unreachable);
    BulkStatement& again = Sql::prepared(c, sql);
    again.bind(1, QStringLiteral("x"));
    REQUIRE(again.next());
    CHECK(again.int64Value(0) == 0);
    again.reset();
}
