#pragma once

#include "AckLedger.h"
#include "SaverProcess.h"

#include <QObject>
#include <QString>

#include <memory>
#include <random>

struct KillFigures
{
    int kills = 0; // SIGKILLs sent to a saving process
    int processes = 0; // saving processes started
    int unexpectedExits = 0; // processes that ended before they were killed
    int walDeleted = 0; // times a saver found its -wal or -shm deleted under it
    QStringList failures; // saves that failed (FAIL lines) and processes that died on their own
    int busy = 0; // saves refused because the other process kept the lock past the busy timeout
    LedgerReport midway; // the checks made while the savers ran (combined)
    LedgerReport report; // the check at the end
    qint64 elapsedMs = 0;
};

// Two ql_saver processes save into one file at the same time; each is SIGKILLed at a random
// moment: after a random number of acknowledged saves (0: right after it was started) plus a
// random delay measured from that line's arrival, sometimes together with the other one. A
// killed process is replaced at once. The moments come from events, never from sleeping.
class KillHarness
{
public:
    KillHarness(const QString& path, quint64 seed);
    ~KillHarness();
    KillFigures run(int kills, int timeoutMs);

private:
    void start(int slot);
    void killSlot(int slot);
    void finished(int slot);

    QString m_path;
    std::mt19937_64 m_random;
    std::unique_ptr<SaverProcess> m_slots[2];
    int m_generation[2] = {0, 0};
    bool m_killed[2] = {false, false};
    int m_target = 0;
    AckLedger m_ledger;
    KillFigures m_figures;
    QObject m_timers; // owns the pending kill timers, so none fires after the harness is gone
};
