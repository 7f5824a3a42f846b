#include "db/ServerStop.h"

#include "db/ServerProbe.h"
#include "db/Sql.h"

#include <QLibrary>
#include <QSqlDriver>

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <sqlite3.h>
#include <sys/socket.h>
#include <thread>

namespace {
// libpq, which Qt's PostgreSQL driver has loaded already: resolved at run time, so that the
// program and its package need no libpq of their own (a file never loads it).
struct PgCancel;
struct PgConn;
struct LibPq
{
    using GetCancel = PgCancel* (*)(PgConn*);
    using Cancel = int (*)(PgCancel*, char*, int);
    using FreeCancel = void (*)(PgCancel*);
    using BackendPid = int (*)(const PgConn*);
    using Status = int (*)(const PgConn*);
    using Socket = int (*)(const PgConn*);
    GetCancel getCancel = nullptr;
    Cancel cancel = nullptr;
    FreeCancel freeCancel = nullptr;
    BackendPid backendPid = nullptr;
    Status status = nullptr; // PQstatus: 0 CONNECTION_OK, 1 CONNECTION_BAD
    Socket socket = nullptr;

    static const LibPq& get()
    {
        static const LibPq lib = [] {
            LibPq l;
            const QString name = QStringLiteral("pq");
            l.getCancel = reinterpret_cast<GetCancel>(QLibrary::resolve(name, 5, "PQgetCancel"));
            l.cancel = reinterpret_cast<Cancel>(QLibrary::resolve(name, 5, "PQcancel"));
            l.freeCancel = reinterpret_cast<FreeCancel>(QLibrary::resolve(name, 5, "PQfreeCancel"));
            l.backendPid = reinterpret_cast<BackendPid>(QLibrary::resolve(name, 5, "PQbackendPID"));
            l.status = reinterpret_cast<Status>(QLibrary::resolve(name, 5, "PQstatus"));
            l.socket = reinterpret_cast<Socket>(QLibrary::resolve(name, 5, "PQsocket"));
            if (!l.getCancel || !l.cancel || !l.freeCancel || !l.backendPid)
                l.getCancel = nullptr;
            return l;
        }();
        return lib;
    }
};

// One watched connection, shared by its thread (the statements) and the watcher thread.
struct Watch
{
    using Clock = std::chrono::steady_clock;
    // Set on the connection's thread under the mutex, read by the watcher.
    const std::atomic<bool>* stop = nullptr;
    int silentMs = 0; // 0: a statement waits as long as the server takes
    int probeMs = 0;
    ServerProbe::Address address; // of the session below, for asking whether the server answers
    // The session the cancel handle is for: the driver's PGconn and its server process (a new
    // PGconn may get the freed one's address).
    PgConn* conn = nullptr;
    int pid = 0;
    PgCancel* cancel = nullptr; // nullptr: libpq not found; statements are only refused before they start
    std::mutex mutex;
    std::condition_variable wake;
    int running = 0; // statements under way (guarded by mutex)
    quint64 statement = 0; // the number of the last statement started, when it started, and
    Clock::time_point started; // whether breaking it off leaves its outcome known
    bool outcomeKnown = false;
    bool ending = false;
    std::thread thread;

    bool idle() const { return !stop && silentMs == 0; }

    void run()
    {
        using namespace std::chrono_literals;
        std::unique_lock<std::mutex> lock(mutex);
        while (!ending) {
            wake.wait(lock, [this] { return ending || running > 0; });
            // While a statement runs: look at the flag every 2 ms; once it is set, stop the
            // statement: a read (its outcome known) is broken off at once, since asking the server
            // to cancel it (PQcancel) would wait for a paused server as long as the statement; a
            // change is cancelled by the server, asked again every 50 ms while it still runs (a
            // request that reached the server before the statement did is ignored there). Once it
            // has run silentMs: ask whether the server still answers.
            auto lastSent = Clock::time_point();
            quint64 seen = 0;
            Clock::time_point ask;
            while (!ending && running > 0) {
                if (statement != seen) {
                    seen = statement;
                    ask = started + std::chrono::milliseconds(silentMs);
                    lastSent = {};
                }
                if (stop && stop->load() && Clock::now() - lastSent > 50ms) {
                    lastSent = Clock::now();
                    char error[256];
                    if (outcomeKnown)
                        breakOff();
                    else if (cancel)
                        LibPq::get().cancel(cancel, error, sizeof error);
                }
                if (silentMs > 0 && outcomeKnown && Clock::now() >= ask) {
                    askServer(lock, seen);
                    ask = Clock::now() + std::chrono::milliseconds(silentMs);
                    continue;
                }
                const auto untilAsk = silentMs > 0 ? ask - Clock::now() : Clock::duration(100ms);
                wake.wait_for(lock, stop ? Clock::duration(2ms) : std::min(untilAsk, Clock::duration(100ms)));
            }
        }
    }

    // A statement that has run silentMs: if the server does not take a new connection within
    // probeMs either, it is not slow but gone silent (paused, a host that keeps the connection and
    // answers nothing): the session's socket is shut, so libpq fails the statement at once as a
    // lost connection instead of waiting with no end. A server that answers is left to finish.
    void askServer(std::unique_lock<std::mutex>& lock, quint64 which)
    {
        const ServerProbe::Address to = address;
        lock.unlock();
        const bool answers = ServerProbe::answers(to);
        lock.lock();
        if (!answers && !ending && running > 0 && statement == which)
            breakOff();
    }

    // Shuts the session's socket under a statement in progress (mutex held): libpq fails it at once
    // and the session is closed, so Sql counts the connection as lost.
    void breakOff()
    {
        const int fd = conn && LibPq::get().socket ? LibPq::get().socket(conn) : -1;
        if (fd >= 0)
            ::shutdown(fd, SHUT_RDWR);
    }

    // After a reconnect the driver has a new session with a new cancel key: the old handle would
    // ask the server to cancel a session that is gone. Called on the connection's thread before
    // each statement; the watcher thread uses the handle under the same mutex.
    void follow(const QSqlDatabase& db, PgConn* now)
    {
        if (!LibPq::get().getCancel)
            return;
        const int nowPid = now ? LibPq::get().backendPid(now) : 0;
        if (now == conn && nowPid == pid)
            return;
        std::lock_guard<std::mutex> lock(mutex);
        if (cancel)
            LibPq::get().freeCancel(cancel);
        conn = now;
        pid = nowPid;
        cancel = now ? LibPq::get().getCancel(now) : nullptr;
        address = ServerProbe::addressOf(db, probeMs);
    }

    ~Watch()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            ending = true;
        }
        wake.notify_all();
        if (thread.joinable())
            thread.join();
        if (cancel)
            LibPq::get().freeCancel(cancel);
    }
};

// Per thread, by connection name: a connection is used only by the thread that opened it.
thread_local std::map<QString, std::unique_ptr<Watch>> t_watches;

// Whether a statement broken off leaves no doubt about what the database holds: the server rolls
// back an open transaction whose session is gone, and a read changes nothing. Not so a COMMIT, nor
// a change outside a transaction: the server may have done it and only its answer be lost, and
// the form saving it again by itself would save it twice. Those wait for the server.
bool outcomeKnownIfBroken(const QSqlDatabase& db, const QString& sql)
{
    const QStringView text = QStringView(sql).trimmed();
    const auto startsWith
        = [text](const char* word) { return text.startsWith(QLatin1String(word), Qt::CaseInsensitive); };
    if (startsWith("COMMIT") || startsWith("END"))
        return false;
    if (Sql::serverTransactionDepth(db) > 0)
        return true;
    return startsWith("SELECT") || startsWith("BEGIN") || startsWith("SET") || startsWith("SHOW")
        || startsWith("ROLLBACK");
}

PgConn* connectionHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    // libpq's PGconn is struct pg_conn: Qt names the type either way.
    if (v.isValid() && (qstrcmp(v.typeName(), "PGconn*") == 0 || qstrcmp(v.typeName(), "pg_conn*") == 0))
        return *static_cast<PgConn* const*>(v.data());
    return nullptr;
}
} // namespace

namespace ServerStop {

bool isBroken(const QSqlDatabase& db)
{
    constexpr int connectionBad = 1;
    if (!Sql::isServer(db))
        return false;
    if (!db.isOpen()) // the driver closed it on a failed read of the listener
        return true;
    const PgConn* conn = connectionHandle(db);
    return conn && LibPq::get().status && LibPq::get().status(conn) == connectionBad;
}

namespace {
// The connection's watch, made when it is first asked for; dropped when it has nothing to watch.
Watch& watchOf(const QSqlDatabase& db)
{
    std::unique_ptr<Watch>& w = t_watches[db.connectionName()];
    if (!w) {
        w = std::make_unique<Watch>();
        w->follow(db, connectionHandle(db));
        Watch* raw = w.get();
        w->thread = std::thread([raw] { raw->run(); });
    }
    return *w;
}

void dropIfIdle(const QSqlDatabase& db)
{
    const auto it = t_watches.find(db.connectionName());
    if (it != t_watches.end() && it->second->idle())
        t_watches.erase(it);
}
} // namespace

void watch(const QSqlDatabase& db, const std::atomic<bool>* stop)
{
    if (!stop && t_watches.count(db.connectionName()) == 0)
        return;
    Watch& w = watchOf(db);
    {
        std::lock_guard<std::mutex> lock(w.mutex);
        w.stop = stop;
    }
    dropIfIdle(db);
}

void breakOffSilence(const QSqlDatabase& db, int silentMs, int probeMs)
{
    if (silentMs == 0 && t_watches.count(db.connectionName()) == 0)
        return;
    Watch& w = watchOf(db);
    {
        std::lock_guard<std::mutex> lock(w.mutex);
        w.silentMs = silentMs;
        w.probeMs = probeMs;
        w.address = ServerProbe::addressOf(db, probeMs);
    }
    dropIfIdle(db);
}

void forget(const QString& connectionName)
{
    t_watches.erase(connectionName);
}

KeepWatch::KeepWatch(const QString& connectionName)
    : m_name(connectionName)
{
    const auto it = t_watches.find(connectionName);
    if (it == t_watches.end())
        return;
    m_watch = it->second.release();
    t_watches.erase(it);
}

KeepWatch::~KeepWatch()
{
    if (m_watch)
        t_watches[m_name].reset(static_cast<Watch*>(m_watch));
}

Statement::Statement(const QSqlDatabase& db, const QString& sql)
{
    if (t_watches.empty())
        return;
    const auto it = t_watches.find(db.connectionName());
    if (it == t_watches.end())
        return;
    Watch* w = it->second.get();
    // Refused before it is sent, as SQLite's progress handler refuses it at its first steps.
    if (w->stop && w->stop->load())
        Sql::raise(SQLITE_INTERRUPT, QStringLiteral("interrupted"), QStringLiteral("SQL"));
    w->follow(db, connectionHandle(db)); // a new session after a reconnect: its own cancel key
    {
        std::lock_guard<std::mutex> lock(w->mutex);
        if (w->running++ == 0) {
            ++w->statement;
            w->started = std::chrono::steady_clock::now();
            w->outcomeKnown = outcomeKnownIfBroken(db, sql);
        }
    }
    w->wake.notify_all();
    m_watch = w;
}

Statement::~Statement()
{
    if (!m_watch)
        return;
    Watch* w = static_cast<Watch*>(m_watch);
    std::lock_guard<std::mutex> lock(w->mutex);
    --w->running;
}

} // namespace ServerStop
