#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>

// 127.0.0.1 at a port (0: any free one), for the tests' own sockets (SilentServer, PausingProxy).
inline sockaddr_in loopback(int port)
{
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<uint16_t>(port));
    return a;
}
