#include "db/ServerStop.h"

#include "db/Sql.h"

#include <QLibrary>
#include <QSqlDriver>

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <sqlite3.h>
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
    GetCancel getCancel = nullptr;
    Cancel cancel = nullptr;
    FreeCancel freeCancel = nullptr;
    BackendPid backendPid = nullptr;
    Status status = nullptr; // PQstatus: 0 CONNECTION_OK, 1 CONNECTION_BAD

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
    const std::atomic<bool>* stop = nullptr;
    // The session the cancel handle is for: the driver's PGconn and its server process (a new
    // PGconn may get the freed one's address).
    PgConn* conn = nullptr;
    int pid = 0;
    PgCancel* cancel = nullptr; // nullptr: libpq not found; statements are only refused before they start
    std::mutex mutex;
    std::condition_variable wake;
    int running = 0; // statements under way (guarded by mutex)
    bool ending = false;
    std::thread thread;

    void run()
    {
        using namespace std::chrono_literals;
        std::unique_lock<std::mutex> lock(mutex);
        while (!ending) {
            wake.wait(lock, [this] { return ending || running > 0; });
            // While a statement runs: look at the flag every 2 ms; once it is set, ask the server
            // to cancel, and again every 50 ms while that statement still runs (a request that
            // reached the server before the statement did is ignored there).
            auto lastSent = std::chrono::steady_clock::time_point();
            while (!ending && running > 0) {
                if (stop->load() && cancel && std::chrono::steady_clock::now() - lastSent > 50ms) {
                    lastSent = std::chrono::steady_clock::now();
                    char error[256];
                    LibPq::get().cancel(cancel, error, sizeof error);
                }
                wake.wait_for(lock, 2ms);
            }
        }
    }

    // After a reconnect the driver has a new session with a new cancel key: the old handle would
    // ask the server to cancel a session that is gone. Called on the connection's thread before
    // each statement; the watcher thread uses the handle under the same mutex.
    void follow(PgConn* now)
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

void watch(const QSqlDatabase& db, const std::atomic<bool>* stop)
{
    t_watches.erase(db.connectionName());
    if (!stop)
        return;
    auto w = std::make_unique<Watch>();
    w->stop = stop;
    w->follow(connectionHandle(db));
    Watch* raw = w.get();
    w->thread = std::thread([raw] { raw->run(); });
    t_watches[db.connectionName()] = std::move(w);
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

Statement::Statement(const QSqlDatabase& db)
{
    if (t_watches.empty())
        return;
    const auto it = t_watches.find(db.connectionName());
    if (it == t_watches.end())
        return;
    Watch* w = it->second.get();
    // Refused before it is sent, as SQLite's progress handler refuses it at its first steps.
    if (w->stop->load())
        Sql::raise(SQLITE_INTERRUPT, QStringLiteral("interrupted"), QStringLiteral("SQL"));
    w->follow(connectionHandle(db)); // a new session after a reconnect: its own cancel key
    {
        std::lock_guard<std::mutex> lock(w->mutex);
        ++w->running;
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
