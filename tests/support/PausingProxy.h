#pragma once

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

// A relay on 127.0.0.1 at a free port to a server's port (plain POSIX: the tests need no
// QtNetwork). pause() makes it a server that keeps every connection and stops answering, as a
// database server paused with SIGSTOP: what is sent waits in the kernel's buffers, a new
// connection is taken by the kernel's queue and never answered. resume() passes everything on.
class PausingProxy
{
public:
    explicit PausingProxy(int serverPort);
    ~PausingProxy();
    PausingProxy(const PausingProxy&) = delete;
    PausingProxy& operator=(const PausingProxy&) = delete;

    int port() const { return m_port; }
    // Paused until resume(), or for ms at most (so a test of a program that would wait for the
    // server with no end fails instead of hanging).
    void pause(int ms);
    void resume();

private:
    void run();
    void wake();

    int m_listen = -1;
    int m_port = 0;
    int m_serverPort = 0;
    int m_wake[2] = {-1, -1};
    std::mutex m_mutex;
    std::chrono::steady_clock::time_point m_pausedUntil; // guarded by m_mutex; past: passing on
    std::atomic<bool> m_ending {false};
    std::thread m_thread;
};
