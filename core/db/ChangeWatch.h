#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

// Notices what other connections saved in the database (another copy of the window, the
// command line, another program on this PC) so that every open window can show it without a
// Refresh. A look costs one "PRAGMA data_version": a counter that SQLite moves when another
// connection commits and that this connection's own commits leave alone. Only when it moved
// are the new rows of the audit log asked which cases they belong to; every change of a case
// writes one. Looks from a timer on the thread of the connection (the window's).
// On a PostgreSQL server nothing is read at all: the server sends a notice on the channel
// qualityloop_changes naming the cases of every save (LISTEN/NOTIFY; the triggers of migration
// pg/028), and a look hands on what other connections' notices named.
class ChangeWatch : public QObject
{
    Q_OBJECT
public:
    struct Changes
    {
        QSet<qint64> caseIds; // cases another connection created or changed
        // Changes that name no case (settings, lists, users), or more cases than maxCases.
        bool other = false;
        bool isEmpty() const { return caseIds.isEmpty() && !other; }
    };
    explicit ChangeWatch(QSqlDatabase db, QObject* parent = nullptr);

    // More cases than this in one look are reported as "other" (read again what is shown),
    // so that a big import by another program costs one bounded read here.
    void setMaxCases(int maxCases) { m_maxCases = maxCases; }

    // Looks every intervalMs and emits changed when another connection saved something.
    void start(int intervalMs = 500);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    // One look now: what other connections saved since the last look. Saves of this
    // connection are not reported (unless another connection saved too since the last look:
    // then the cases of both are). Throws DatabaseError when the database cannot be read.
    Changes poll();

    // The server's notice channel (PostgreSQL).
    static QString channel();

signals:
    void changed(const QSet<qint64>& caseIds, bool other);

private:
    void noticeArrived(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    qint64 dataVersion() const;
    Changes readSince(qint64 ownChanges, bool report);

    QSqlDatabase m_db;
    QTimer m_timer;
    int m_maxCases = 1000;
    qint64 m_version = 0; // data_version at the last look
    qint64 m_lastAuditId = 0; // the newest audit row seen
    qint64 m_ownChanges = 0; // rows this connection had changed at the last look
    bool m_server = false;
    Changes m_noticed; // what the server's notices of other connections named since the last look
};
