#include "admin/AutoBackup.h"

#include "UserError.h"
#include "backup/DailyBackup.h"

#include <QDir>
#include <QThread>

struct AutoBackup::Result
{
    bool made = false;
    QString message; // written by the worker, read after it finished
    bool ok = true;
};

AutoBackup::AutoBackup(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::checkNow);
}

AutoBackup::~AutoBackup()
{
    if (m_thread) {
        // The window closes: the copy stops at its next step and its temporary file is removed.
        m_stop->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void AutoBackup::start(int firstDelayMs, int intervalMs)
{
    m_timer.setInterval(intervalMs);
    QTimer::singleShot(firstDelayMs, this, [this]() {
        checkNow();
        m_timer.start();
    });
}

bool AutoBackup::checkNow()
{
    if (m_thread)
        return false;
    if (m_settings.folder.isEmpty())
        return true;
    auto result = std::make_shared<Result>();
    m_result = result;
    auto stop = std::make_shared<std::atomic<bool>>(false);
    m_stop = stop;
    const QString path = m_databasePath;
    const BackupSettings settings = m_settings;
    const QDateTime now = m_clock.now();
    m_thread = QThread::create([result, stop, path, settings, now]() {
        try {
            const DailyBackup::Outcome outcome = DailyBackup::runIfDue(path, settings, now, {}, stop.get());
            if (outcome.made) {
                result->made = true;
                result->message = AutoBackup::tr("Daily backup saved to %1")
                                      .arg(QDir::toNativeSeparators(outcome.made->path));
            }
        } catch (const UserError& error) {
            result->made = true;
            result->ok = false;
            result->message = AutoBackup::tr("The daily backup failed: %1").arg(error.message());
        }
    });
    m_thread->setObjectName(QStringLiteral("dailyBackup"));
    connect(m_thread, &QThread::finished, this, &AutoBackup::done);
    m_thread->start();
    return true;
}

void AutoBackup::done()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::shared_ptr<Result> result = std::move(m_result);
    if (result && result->made)
        emit finished(result->ok, result->message);
}
