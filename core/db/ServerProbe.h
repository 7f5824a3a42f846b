#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <memory>

class QTimer;

// Whether a connection's database server answers, asked without blocking the thread (issue
// 16.3): a real connection attempt (libpq's whole handshake: the TCP connection, TLS, the startup
// message and the password) made on a worker thread with a connection of its own, closed at once.
// So a host that drops the packets, and a port that accepts TCP but whose server does not answer
// (a hung server, a proxy), both count as not answering after the timeout, and the window waits
// on its event loop instead of freezing for libpq's connect timeout. answered() always comes
// from the event loop, after start() returned. A file database has no server: it answers at once.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    // The server of a connection; its address is read again at every start().
    explicit ServerProbe(const QSqlDatabase& db, QObject* parent = nullptr);
    ~ServerProbe() override;

    // Starts a probe (none while one runs); answered() within about timeoutMs.
    void start(int timeoutMs = 3000);
    // Drops a probe under way: no answered() for it.
    void abort();
    bool isRunning() const;

    // The same question asked on the calling thread, blocking it up to the timeout: the address
    // is read on the connection's thread, the question asked on any thread.
    struct Address
    {
        QString driver, host, user, password, database, options;
        int port = -1;
    };
    static Address addressOf(const QSqlDatabase& db, int timeoutMs);
    static bool answers(const Address& address);

signals:
    void answered(bool reachable);

private:
    struct Relay;
    void finish(bool reachable);
    void arrived(int attempt, bool reachable);

    QSqlDatabase m_db;
    QTimer* m_timeout = nullptr;
    std::shared_ptr<Relay> m_relay;
    int m_attempt = 0;
    bool m_running = false;
};
