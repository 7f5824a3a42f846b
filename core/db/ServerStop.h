#pragma once

#include <QSqlDatabase>

#include <atomic>

// Sql::stopWhen on a server connection, and breakOffSilence. SQLite asks a progress handler
// between steps; a statement on a PostgreSQL server is stopped by a watcher thread while it runs
// and the flag is set: a read is broken off at once (its session's socket shut: libpq fails it
// and Sql counts the connection as lost, opened again by the next statement), because asking the
// server to cancel it would wait as long as a paused server does; a change is cancelled by the
// server (libpq's PQcancel with the cancel key of the driver's own PGconn: "canceling statement
// due to user request"). A statement about to start while the flag is set is refused before it
// is sent. After a reconnect the watch takes the new session before the next statement.
namespace ServerStop {

// Watches the flag for the connection (nullptr: no more). Call on the connection's thread.
void watch(const QSqlDatabase& db, const std::atomic<bool>* stop);
// Breaks off a statement of the connection that the server leaves unanswered (a paused server, a
// host that keeps the connection but answers nothing, whose kernel still answers TCP keepalives):
// libpq would wait for its result with no end, and the window with it. Once a statement has run
// silentMs, the watcher asks whether the server takes a new connection within probeMs
// (ServerProbe::answers); if not, it shuts the session's socket, so libpq fails the statement at
// once and Sql counts the connection as lost (ServerLink opens it again once the server answers).
// A server that answers is only slow (a long report, a lock): its statement runs on, and is asked
// about again every silentMs. Only a statement whose outcome is known when broken off is: a read,
// or one inside a transaction (the server rolls it back); a COMMIT, or a change outside a
// transaction, may have been done with only the answer lost, so it waits for the server (else a
// form saving by itself would save a call twice). silentMs 0: statements wait as long as the server takes.
// Call on the connection's thread.
void breakOffSilence(const QSqlDatabase& db, int silentMs, int probeMs);
// Ends the watch of a connection that closes (Sql::forgetConnection).
void forget(const QString& connectionName);
// Whether libpq knows the server's session of this connection is gone (PQstatus: the server
// closed it, e.g. a restart noticed by the listener while the window was idle). Then a statement
// fails without the server's error code; Sql counts it as a lost connection.
bool isBroken(const QSqlDatabase& db);

// Keeps a connection's watch through Sql::forgetConnection while Sql opens a lost connection
// again: the flag goes on applying to the new session (whose cancel key the watch takes before
// the next statement).
class KeepWatch
{
public:
    explicit KeepWatch(const QString& connectionName);
    ~KeepWatch();
    KeepWatch(const KeepWatch&) = delete;
    KeepWatch& operator=(const KeepWatch&) = delete;

private:
    QString m_name;
    void* m_watch = nullptr;
};

// Around every statement Sql sends to a server: refuses it when the flag is set, and lets the
// watcher cancel it or break it off while it runs.
class Statement
{
public:
    Statement(const QSqlDatabase& db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

private:
    void* m_watch = nullptr;
};

} // namespace ServerStop
