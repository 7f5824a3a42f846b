#include "db/BackgroundCheckpoint.h"

#include <sqlite3.h>

BackgroundCheckpoint::BackgroundCheckpoint(const QString& path, int intervalMs)
    : m_intervalMs(intervalMs)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return; // the saving connection's own checkpoints still keep the log in check
    }
    sqlite3_busy_timeout(m_db, 100);
    // SQLite 3.40 checkpoints nothing on a connection that has not read the database yet (the
    // log is opened at the first read; sqlite3_wal_checkpoint_v2 then returns OK having done
    // nothing, and the log grew without end): one read of the schema opens it.
    sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    m_thread = std::thread([this]() { run(); });
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    sqlite3_close(m_db);
}

void BackgroundCheckpoint::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this]() { return m_stop; });
        if (m_stop)
            break;
        lock.unlock();
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
    }
}
