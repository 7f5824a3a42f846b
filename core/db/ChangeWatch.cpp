#include "db/ChangeWatch.h"

#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <sqlite3.h>
#include <utility>

ChangeWatch::ChangeWatch(QSqlDatabase db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        Changes changes;
        try {
            changes = poll();
        } catch (const DatabaseError&) {
            return; // locked for a moment, or the file is being replaced: look again next time
        }
        if (!changes.isEmpty())
            emit changed(changes.caseIds, changes.other);
    });
    m_server = Sql::isServer(m_db);
    if (m_server) {
        QSqlDriver* driver = m_db.driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                    noticeArrived(name, source, payload);
                });
        if (!driver->subscribeToNotification(channel()))
            qWarning("ChangeWatch: cannot listen on %s", qPrintable(channel()));
    }
    // What is in the database now is not news.
    try {
        if (sqlite3* handle = Sql::handle(m_db))
            readSince(sqlite3_total_changes64(handle), false);
    } catch (const DatabaseError&) {
        // The first look then reports what it finds (a bounded read): what is shown is read again.
    }
}

QString ChangeWatch::channel()
{
    return QStringLiteral("qualityloop_changes");
}

void ChangeWatch::noticeArrived(const QString& name, QSqlDriver::NotificationSource source,
                                const QVariant& payload)
{
    if (name != channel() || source == QSqlDriver::SelfSource)
        return;
    const QStringList names = payload.toString().split(u',', Qt::SkipEmptyParts);
    if (names.isEmpty())
        m_noticed.other = true;
    for (const QString& one : names) {
        bool ok = false;
        const qint64 id = one.toLongLong(&ok);
        if (ok)
            m_noticed.caseIds.insert(id);
        else
            m_noticed.other = true; // "-": rows of no case; "*": too many to name
    }
    if (m_noticed.caseIds.size() > m_maxCases) {
        m_noticed.caseIds.clear();
        m_noticed.other = true;
    }
}

void ChangeWatch::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void ChangeWatch::stop()
{
    m_timer.stop();
}

qint64 ChangeWatch::dataVersion() const
{
    QSqlQuery& query = Sql::cached(m_db, QStringLiteral("PRAGMA data_version"));
    const qint64 version = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return version;
}

ChangeWatch::Changes ChangeWatch::poll()
{
    if (m_server) { // the server's notices came through the event loop, between transactions
        // A connection opened again after it was lost (core/db/Sql) listens no more: listen
        // again, and read again what is shown, since notices were missed meanwhile.
        QSqlDriver* driver = m_db.driver();
        if (m_db.isOpen() && !driver->subscribedToNotifications().contains(channel())
            && driver->subscribeToNotification(channel()))
            m_noticed.other = true;
        return std::exchange(m_noticed, Changes {});
    }
    sqlite3* handle = Sql::handle(m_db);
    // In the middle of a transaction of this connection (a save waiting on a dialog): next time.
    if (!handle || sqlite3_get_autocommit(handle) == 0)
        return {};
    const qint64 own = sqlite3_total_changes64(handle);
    if (dataVersion() == m_version && own == m_ownChanges)
        return {}; // nearly every look: nothing was saved, nothing more is read
    return readSince(own, true);
}

ChangeWatch::Changes ChangeWatch::readSince(qint64 ownChanges, bool report)
{
    Changes changes;
    // One read transaction, so that the version and the audit rows are of the same moment.
    Sql::exec(m_db, QStringLiteral("BEGIN"));
    try {
        const qint64 version = dataVersion();
        const qint64 lastId = Sql::scalar(m_db, QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
        // When the version did not move, the new audit rows are this connection's own saves.
        if (report && version != m_version) {
            QSqlQuery query = Sql::exec(
                m_db,
                QStringLiteral("SELECT DISTINCT case_id FROM audit_log WHERE id > ? AND id <= ? LIMIT ?"),
                {m_lastAuditId, lastId, m_maxCases + 1});
            bool any = false;
            while (query.next()) {
                any = true;
                if (query.value(0).isNull())
                    changes.other = true;
                else
                    changes.caseIds.insert(query.value(0).toLongLong());
            }
            query.finish();
            // Saved without an audit row (settings, lists), or the log was copied back.
            if (!any)
                changes.other = true;
            if (changes.caseIds.size() > m_maxCases) {
                changes.caseIds.clear();
                changes.other = true;
            }
        }
        Sql::exec(m_db, QStringLiteral("COMMIT"));
        m_version = version;
        m_lastAuditId = lastId;
        m_ownChanges = ownChanges;
    } catch (...) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    return changes;
}
