#pragma once

// A socket listening on 127.0.0.1 at a free port that never says a word (plain POSIX: the tests
// need no QtNetwork). Its queue takes a connection (the kernel answers the TCP handshake), so to
// a client it is a server that accepts and then hangs, as a hung database server or a proxy whose
// server is gone. fill() makes it a host that does not answer at all; close() a port nobody
// listens on.
class SilentServer
{
public:
    explicit SilentServer(int backlog = 4);
    ~SilentServer();
    SilentServer(const SilentServer&) = delete;
    SilentServer& operator=(const SilentServer&) = delete;

    int port() const { return m_port; }
    // Connects to it once and never accepts: with a backlog of 0 its queue is then full, and
    // Linux drops every further SYN, as a host behind a firewall that drops packets.
    void fill();
    // Stops listening: the port refuses connections.
    void close();

private:
    int m_fd = -1;
    int m_client = -1;
    int m_port = 0;
};
