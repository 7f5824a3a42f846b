#pragma once

#include <QObject>
#include <QSqlDatabase>

class QTimer;
class ServerProbe;

// The window's connection to a database server, lost and found again without freezing the window
// (issue 16.3). Opening a lost connection blocks its thread until the server answers or libpq's
// connect timeout ends; while this object lives, the connection is opened again only after a
// probe (ServerProbe, on a worker thread) reached the server, and until then every statement of
// the window fails at once as unreachable ("the connection to the database server was lost"). A
// lost connection is probed every second by itself, and at once when check() asks; when a probe
// reached the server, the connection is opened again at once; so is an idle connection whose
// session ended (a server restart while nobody saved), found within a second. A statement the
// server leaves unanswered (a paused server) is broken off as lost after a few seconds, once a
// probe found that the server does not answer (ServerStop::breakOffSilence). On a file it does
// nothing. Lives on the connection's thread: session.makeUnique<ServerLink>().
class ServerLink : public QObject
{
    Q_OBJECT
public:
    explicit ServerLink(const QSqlDatabase& db, QObject* parent = nullptr);
    ~ServerLink() override;

    // The connection was lost and is not open again yet.
    bool isLost() const;
    // Asks now whether the server answers (nothing more while a probe is under way).
    void check();
    bool isChecking() const;

    // How often a lost connection is probed by itself, how long a probe waits for the server, how
    // long a statement of the window waits for a lock another session holds before it fails as
    // Kind::Locked, and after how long a statement still under way makes the link ask whether the
    // server answers at all, breaking it off as lost if not (ServerStop::breakOffSilence) (1, 3, 5
    // and 1 seconds; tests make them short). That question waits 2 s for the server (libpq's
    // least): a server gone silent holds the window about 3 s. For the links made afterwards.
    static void setTiming(int everyMs, int probeMs, int lockWaitMs = 5000, int silentMs = 1000);
    // For a connection of another thread that has no link (the window's counts): its statements
    // are broken off on a server gone silent as the window's are. Call on the connection's thread.
    static void breakOffSilence(const QSqlDatabase& db);

signals:
    // A probe came back; reachable: the connection is open again.
    void answered(bool reachable);

private:
    void probed(bool reachable);

    QSqlDatabase m_db;
    ServerProbe* m_probe = nullptr;
    QTimer* m_every = nullptr;
    int m_probeMs = 3000;
};
