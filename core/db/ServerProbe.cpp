#include "db/ServerProbe.h"

#include "db/Sql.h"

#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr int postgresPort = 5432;
}

ServerProbe::ServerProbe(const QSqlDatabase& db, QObject* parent)
    : ServerProbe(Sql::isServer(db) ? db.hostName() : QString(), db.port() > 0 ? db.port() : postgresPort,
                  parent)
{
}

ServerProbe::ServerProbe(const QString& host, int port, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this]() { finish(false); });
}

ServerProbe::~ServerProbe() = default;

bool ServerProbe::isRunning() const
{
    return m_running;
}

void ServerProbe::start(int timeoutMs)
{
    if (m_running)
        return;
    m_running = true;
    if (m_host.isEmpty() || m_host.startsWith(QLatin1Char('/'))) {
        QTimer::singleShot(0, this, [this]() { finish(true); });
        return;
    }
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this]() { finish(true); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this]() { finish(false); });
    m_timeout->start(timeoutMs);
    m_socket->connectToHost(m_host, static_cast<quint16>(m_port));
}

void ServerProbe::abort()
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void ServerProbe::finish(bool reachable)
{
    if (!m_running)
        return;
    abort();
    emit answered(reachable);
}
