#include "db/ServerLink.h"

#include "db/DatabaseError.h"
#include "db/Reconnect.h"
#include "db/ServerProbe.h"
#include "db/ServerStop.h"
#include "db/Sql.h"

#include <QTimer>

namespace {
// Often, so that a read of the window soon after the server is back does not fail (a look costs a
// set lookup; a probe runs only while the connection is lost).
int s_everyMs = 1000;
int s_probeMs = 3000;
int s_lockWaitMs = 5000;
int s_silentMs = 1000;
// How long the question of a statement under way waits for the server: libpq's least, since the
// window waits as long.
constexpr int silenceProbeMs = 2000;

// The window's statements wait this long for a lock another session holds (an import holding the
// case-number counter for a minute), then fail in words instead of holding the window.
void limitLockWait(const QSqlDatabase& db)
{
    Sql::exec(db, QStringLiteral("SET lock_timeout = %1").arg(s_lockWaitMs));
}
} // namespace

ServerLink::ServerLink(const QSqlDatabase& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_probe(new ServerProbe(db, this))
    , m_every(new QTimer(this))
    , m_probeMs(s_probeMs)
{
    connect(m_probe, &ServerProbe::answered, this, &ServerLink::probed);
    if (!Sql::isServer(m_db))
        return;
    Sql::reconnectOnlyWhenAnswered(m_db);
    ServerStop::breakOffSilence(m_db, s_silentMs, silenceProbeMs);
    try {
        limitLockWait(m_db);
    } catch (const DatabaseError&) {
        // Lost already: set on the new session when the link opens it again.
    }
    // Also an idle connection whose session ended (a server restart while nobody saved): found
    // within a second, opened again once the server answers, so the window hears saves again.
    connect(m_every, &QTimer::timeout, this, [this]() {
        if (Sql::checkLost(m_db))
            check();
    });
    m_every->start(s_everyMs);
}

ServerLink::~ServerLink()
{
    if (!Sql::isServer(m_db))
        return;
    Sql::reconnectOnlyWhenAnswered(m_db, false);
    ServerStop::breakOffSilence(m_db, 0, 0);
}

void ServerLink::setTiming(int everyMs, int probeMs, int lockWaitMs, int silentMs)
{
    s_everyMs = everyMs;
    s_probeMs = probeMs;
    s_lockWaitMs = lockWaitMs;
    s_silentMs = silentMs;
}

void ServerLink::breakOffSilence(const QSqlDatabase& db)
{
    if (Sql::isServer(db))
        ServerStop::breakOffSilence(db, s_silentMs, silenceProbeMs);
}

bool ServerLink::isLost() const
{
    return Sql::isLost(m_db);
}

bool ServerLink::isChecking() const
{
    return m_probe->isRunning();
}

void ServerLink::check()
{
    m_probe->start(m_probeMs);
}

void ServerLink::probed(bool reachable)
{
    if (reachable && isLost()) {
        // Opened again now, while the server is known to answer (a moment, not the connect
        // timeout), rather than by whichever statement of the window comes next, maybe much later.
        Sql::serverAnswered(m_db);
        try {
            limitLockWait(m_db); // a new session: its settings again
        } catch (const DatabaseError&) {
            reachable = false; // gone again: the next look probes again
        }
    }
    emit answered(reachable);
}
