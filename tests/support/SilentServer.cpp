#include "SilentServer.h"

#include "Loopback.h"

#include <catch2/catch.hpp>
#include <sys/socket.h>
#include <unistd.h>

SilentServer::SilentServer(int backlog)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a = loopback(0);
    socklen_t size = sizeof a;
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&a), size) != 0 || ::listen(m_fd, backlog) != 0
        || ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&a), &size) != 0)
        FAIL("no listening socket");
    m_port = ntohs(a.sin_port);
}

SilentServer::~SilentServer()
{
    close();
}

void SilentServer::fill()
{
    m_client = ::socket(AF_INET, SOCK_STREAM, 0);
    const sockaddr_in a = loopback(m_port);
    if (m_client < 0 || ::connect(m_client, reinterpret_cast<const sockaddr*>(&a), sizeof a) != 0)
        FAIL("could not fill the listening queue");
}

void SilentServer::close()
{
    if (m_client >= 0)
        ::close(m_client);
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = m_client = -1;
}
