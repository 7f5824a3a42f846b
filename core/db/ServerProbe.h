#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QTcpSocket;
class QTimer;

// Whether a database server's host:port accepts a TCP connection, asked without blocking the
// thread (issue 16.3): the window asks it before it reconnects and saves again, so a server whose
// host does not answer at all (packets dropped) costs a short wait on the event loop instead of
// a frozen window for libpq's whole connect timeout on every try. answered() always comes from the
// event loop, after start() returned. A file database, or a server reached through a Unix socket
// folder, has no network between: it answers "reachable" at once.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    // The server of a connection (session.makeUnique<ServerProbe>() in the window).
    explicit ServerProbe(const QSqlDatabase& db, QObject* parent = nullptr);
    ServerProbe(const QString& host, int port, QObject* parent = nullptr);
    ~ServerProbe() override;

    // Starts a probe (none while one runs); answered() within about timeoutMs.
    void start(int timeoutMs = 3000);
    // Drops a probe under way: no answered() for it.
    void abort();
    bool isRunning() const;

signals:
    void answered(bool reachable);

private:
    void finish(bool reachable);

    QString m_host;
    int m_port = 5432;
    QTcpSocket* m_socket = nullptr;
    QTimer* m_timeout = nullptr;
    bool m_running = false;
};
