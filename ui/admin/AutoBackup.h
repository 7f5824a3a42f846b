#pragma once

#include "Clock.h"
#include "backup/BackupSettings.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

// The daily backup of the window (Administration > Settings > Backups): checked a little after
// the window opens and then every minute; when one is due (DailyBackup) it is made on a thread of
// its own with its own connections, so nobody waits for it. Tells how it went with finished().
class AutoBackup : public QObject
{
    Q_OBJECT
public:
    AutoBackup(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    ~AutoBackup() override;
    // Starts checking: the first check after firstDelayMs, then every intervalMs.
    void start(int firstDelayMs = 5000, int intervalMs = 60000);
    // The settings as they are now (read from the database by the window).
    void setSettings(const BackupSettings& settings) { m_settings = settings; }
    // Checks now; returns false when a backup is still running.
    bool checkNow();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // ok false: the backup failed and message says why. Not emitted when none was due.
    void finished(bool ok, const QString& message);

private:
    void done();

    QString m_databasePath;
    const Clock& m_clock;
    BackupSettings m_settings;
    QTimer m_timer;
    QThread* m_thread = nullptr;
    struct Result;
    std::shared_ptr<Result> m_result;
    std::shared_ptr<std::atomic<bool>> m_stop; // set when the window closes during a backup
};
