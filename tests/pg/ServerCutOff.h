#pragma once

#include "TestDatabase.h"

#include <QString>

#include <functional>

// The window tests of a lost server (tests/pg): a TestDatabase on the test server, the server
// shutting the window's session out and letting it in again, and waiting for what a person sees.
namespace ServerCutOff {
// While it lives, TestDatabase goes to the PostgreSQL test server (QL_TEST_BACKEND=pg).
class OnServer
{
public:
    OnServer();
    ~OnServer();
    OnServer(const OnServer&) = delete;
    OnServer& operator=(const OnServer&) = delete;

private:
    QString m_before;
};

// The server ends the window's session and lets no new one in (as while it restarts or the
// network is down); other programs already connected stay.
void cutOff(TestDatabase& t);
void letIn(TestDatabase& t);
// Runs the event loop until done() (false after ms).
bool waitFor(const std::function<bool()>& done, int ms = 20000);
} // namespace ServerCutOff
