#include "backup/PageCopy.h"

#include <QElapsedTimer>

#include <sqlite3.h>

namespace {
// Starts a read transaction on the source unless it already is in one; ends it when done.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(sqlite3* db)
        : m_db(db)
    {
        if (!sqlite3_get_autocommit(db))
            return; // the caller holds a transaction already
        // BEGIN alone takes no lock: the first read of the schema starts the snapshot.
        m_owned = sqlite3_exec(db, "BEGIN; SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr)
            == SQLITE_OK;
        if (!m_owned)
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ~ReadSnapshot()
    {
        if (m_owned)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_db;
    bool m_owned = false;
};
} // namespace

int PageCopy::run(sqlite3* source, sqlite3* destination, int pagesPerStep, const Progress& progress,
                  int busyWaitMs, const std::atomic<bool>* stop)
{
    // A source whose schema cannot be read (a damaged database kept aside by a restore) is
    // copied without the held snapshot: the backup API itself copies pages without reading them.
    const ReadSnapshot snapshot(source);
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return sqlite3_extended_errcode(destination);
    QElapsedTimer busySince;
    int rc = SQLITE_OK;
    for (;;) {
        if (stop && stop->load()) {
            rc = SQLITE_INTERRUPT;
            break;
        }
        rc = sqlite3_backup_step(backup, pagesPerStep);
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE))
            progress(total - sqlite3_backup_remaining(backup), total);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // The destination is locked by another connection (its busy timeout has run out).
            if (!busySince.isValid())
                busySince.start();
            if (busySince.elapsed() > busyWaitMs)
                break;
            sqlite3_sleep(50);
            continue;
        }
        busySince.invalidate();
        if (rc != SQLITE_OK)
            break;
    }
    const int finish = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? (finish == SQLITE_OK ? SQLITE_DONE : finish) : rc;
}
