#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

// Notices what other connections saved in the database (another copy of the window, the
// command line, another program on this PC) so that every open window can show it without a
// Refresh. A look costs one "PRAGMA data_version": a counter that SQLite moves when another
// connection commits and that this connection's own commits leave alone. Only when it moved
// are the new rows of the audit log asked which cases they belong to; every change of a case
// writes one. Looks from a timer on the thread of the connection (the window's).
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

signals:
    void changed(const QSet<qint64>& caseIds, bool other);

private:
    qint64 dataVersion() const;
    Changes readSince(qint64 ownChanges, bool report);

    QSqlDatabase m_db;
    QTimer m_timer;
    int m_maxCases = 1000;
    qint64 m_version = 0; // data_version at the last look
    qint64 m_lastAuditId = 0; // the newest audit row seen
    qint64 m_ownChanges = 0; // rows this connection had changed at the last look
};
