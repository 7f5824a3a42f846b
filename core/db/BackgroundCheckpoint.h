#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

// Copies the write-ahead log back into the database file from a thread of its own, every
// couple of seconds, so a clerk's save never pays for that copy (SQLite would otherwise do it
// inside whichever save makes the log long enough). PASSIVE: it never blocks a writer.
class BackgroundCheckpoint
{
public:
    explicit BackgroundCheckpoint(const QString& path, int intervalMs = 2000);
    ~BackgroundCheckpoint();
    bool isRunning() const { return m_thread.joinable(); }
    BackgroundCheckpoint(const BackgroundCheckpoint&) = delete;
    BackgroundCheckpoint& operator=(const BackgroundCheckpoint&) = delete;

private:
    void run();

    sqlite3* m_db = nullptr;
    int m_intervalMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};
