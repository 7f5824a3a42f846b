#include "PausingProxy.h"

#include "Loopback.h"

#include <catch2/catch.hpp>
#include <map>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {
bool sendAll(int fd, const char* data, ssize_t size)
{
    while (size > 0) {
        const ssize_t sent = ::send(fd, data, static_cast<size_t>(size), MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        data += sent;
        size -= sent;
    }
    return true;
}
} // namespace

PausingProxy::PausingProxy(int serverPort)
    : m_serverPort(serverPort)
{
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a = loopback(0);
    socklen_t size = sizeof a;
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr*>(&a), size) != 0
        || ::listen(m_listen, 16) != 0 || ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &size) != 0
        || ::pipe(m_wake) != 0)
        FAIL("no listening socket");
    m_port = ntohs(a.sin_port);
    m_thread = std::thread([this] { run(); });
}

PausingProxy::~PausingProxy()
{
    m_ending = true;
    wake();
    m_thread.join();
    ::close(m_listen);
    ::close(m_wake[0]);
    ::close(m_wake[1]);
}

void PausingProxy::pause(int ms)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_pausedUntil = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    }
    wake();
}

void PausingProxy::resume()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_pausedUntil = {};
    }
    wake();
}

void PausingProxy::wake()
{
    const char c = 0;
    [[maybe_unused]] const ssize_t n = ::write(m_wake[1], &c, 1);
}

void PausingProxy::run()
{
    std::map<int, int> peer; // each end of a relayed connection, to the other
    while (!m_ending) {
        std::chrono::steady_clock::duration paused;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            paused = m_pausedUntil - std::chrono::steady_clock::now();
        }
        std::vector<pollfd> fds {{m_wake[0], POLLIN, 0}};
        if (paused <= std::chrono::steady_clock::duration::zero()) {
            fds.push_back({m_listen, POLLIN, 0});
            for (const auto& [fd, other] : peer)
                fds.push_back({fd, POLLIN, 0});
        }
        const auto waitMs = std::chrono::duration_cast<std::chrono::milliseconds>(paused).count() + 1;
        if (::poll(fds.data(), fds.size(), fds.size() == 1 ? static_cast<int>(waitMs) : -1) < 0)
            continue;
        for (const pollfd& p : fds) {
            if (p.revents == 0)
                continue;
            if (p.fd == m_wake[0]) {
                char drained[64];
                [[maybe_unused]] const ssize_t n = ::read(m_wake[0], drained, sizeof drained);
            } else if (p.fd == m_listen) {
                const int client = ::accept(m_listen, nullptr, nullptr);
                const int server = ::socket(AF_INET, SOCK_STREAM, 0);
                const sockaddr_in a = loopback(m_serverPort);
                if (client >= 0 && server >= 0
                    && ::connect(server, reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0) {
                    peer[client] = server;
                    peer[server] = client;
                } else {
                    ::close(client);
                    ::close(server);
                }
            } else if (peer.count(p.fd) != 0) {
                char buffer[65536];
                const ssize_t got = ::recv(p.fd, buffer, sizeof buffer, 0);
                const int other = peer[p.fd];
                if (got <= 0 || !sendAll(other, buffer, got)) {
                    peer.erase(p.fd);
                    peer.erase(other);
                    ::close(p.fd);
                    ::close(other);
                }
            }
        }
    }
    for (const auto& [fd, other] : peer)
        ::close(fd);
}
