#include "db/ServerProbe.h"

#include "db/Sql.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <mutex>

// The probe's worker reaches the probe through this while the probe lives.
struct ServerProbe::Relay
{
    std::mutex mutex;
    ServerProbe* probe = nullptr;
};

namespace {
// libpq waits whole seconds, at least 2.
QString withTimeout(QString options, int timeoutMs)
{
    const QString wait = QStringLiteral("connect_timeout=%1").arg(std::max(2, (timeoutMs + 999) / 1000));
    static const QRegularExpression set(QStringLiteral("connect_timeout=\\d+"));
    if (options.contains(set))
        return options.replace(set, wait);
    return options.isEmpty() ? wait : options + QLatin1Char(';') + wait;
}
} // namespace

ServerProbe::Address ServerProbe::addressOf(const QSqlDatabase& db, int timeoutMs)
{
    Address address;
    address.driver = db.driverName();
    address.host = db.hostName();
    address.port = db.port();
    address.user = db.userName();
    address.password = db.password();
    address.database = db.databaseName();
    address.options = withTimeout(db.connectOptions(), timeoutMs);
    return address;
}

bool ServerProbe::answers(const Address& a)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("qualityloop-probe-%1").arg(counter.fetchAndAddRelaxed(1));
    bool open = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(a.driver, name);
        db.setHostName(a.host);
        db.setPort(a.port);
        db.setUserName(a.user);
        db.setPassword(a.password);
        db.setDatabaseName(a.database);
        db.setConnectOptions(a.options);
        open = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return open;
}

ServerProbe::ServerProbe(const QSqlDatabase& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_timeout(new QTimer(this))
    , m_relay(std::make_shared<Relay>())
{
    m_relay->probe = this;
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this]() { finish(false); });
}

ServerProbe::~ServerProbe()
{
    const std::lock_guard<std::mutex> lock(m_relay->mutex);
    m_relay->probe = nullptr; // a worker still connecting drops its answer
}

bool ServerProbe::isRunning() const
{
    return m_running;
}

void ServerProbe::start(int timeoutMs)
{
    if (m_running)
        return;
    m_running = true;
    const int attempt = ++m_attempt;
    if (!Sql::isServer(m_db)) {
        QTimer::singleShot(0, this, [this, attempt]() { arrived(attempt, true); });
        return;
    }
    const Address address = addressOf(m_db, timeoutMs);
    m_timeout->start(timeoutMs);
    QThreadPool::globalInstance()->start([address, attempt, relay = m_relay]() {
        const bool reachable = answers(address);
        const std::lock_guard<std::mutex> lock(relay->mutex);
        if (ServerProbe* probe = relay->probe) // queued: dropped if the probe is deleted meanwhile
            QMetaObject::invokeMethod(
                probe, [probe, attempt, reachable]() { probe->arrived(attempt, reachable); },
                Qt::QueuedConnection);
    });
}

void ServerProbe::arrived(int attempt, bool reachable)
{
    if (attempt == m_attempt)
        finish(reachable);
}

void ServerProbe::abort()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_attempt; // an answer still on its way is not this probe's any more
    m_timeout->stop();
}

void ServerProbe::finish(bool reachable)
{
    if (!m_running)
        return;
    abort();
    emit answered(reachable);
}
