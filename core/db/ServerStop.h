#pragma once

#include <QSqlDatabase>

#include <atomic>

// Sql::stopWhen on a server connection. SQLite asks a progress handler between steps; a
// PostgreSQL server is asked to stop: a watcher thread sends the server a cancel request
// (libpq's PQcancel, with the cancel key of the driver's own PGconn) while a statement runs on
// the connection and the flag is set, so the statement fails at once ("canceling statement due
// to user request") and Sql raises it as any refused statement. A statement about to start
// while the flag is set is refused before it is sent. After a reconnect (Sql opens a lost
// connection again) the watch takes the new session's cancel key before the next statement.
namespace ServerStop {

// Watches the flag for the connection (nullptr: no more). Call on the connection's thread.
void watch(const QSqlDatabase& db, const std::atomic<bool>* stop);
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
// watcher cancel it while it runs.
class Statement
{
public:
    explicit Statement(const QSqlDatabase& db);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

private:
    void* m_watch = nullptr;
};

} // namespace ServerStop
