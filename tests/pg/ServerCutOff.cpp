#include "ServerCutOff.h"

#include "PgServer.h"
#include "db/ServerAddress.h"
#include "db/Sql.h"

#include <QDeadlineTimer>
#include <QTest>

namespace ServerCutOff {
namespace {
QString databaseName(const TestDatabase& t)
{
    return ServerAddress::parse(t.path()).database;
}
} // namespace

OnServer::OnServer()
    : m_before(qEnvironmentVariable("QL_TEST_BACKEND"))
{
    qputenv("QL_TEST_BACKEND", "pg");
}

OnServer::~OnServer()
{
    if (m_before.isEmpty())
        qunsetenv("QL_TEST_BACKEND");
    else
        qputenv("QL_TEST_BACKEND", m_before.toUtf8());
}

void cutOff(TestDatabase& t)
{
    const qint64 pid = Sql::scalar(t.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
    PgServer::adminExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(databaseName(t)));
    PgServer::adminExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
}

void letIn(TestDatabase& t)
{
    PgServer::adminExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(databaseName(t)));
}

bool waitFor(const std::function<bool()>& done, int ms)
{
    for (const QDeadlineTimer deadline(ms); !done();) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}
} // namespace ServerCutOff
