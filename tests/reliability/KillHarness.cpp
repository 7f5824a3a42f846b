#include "KillHarness.h"

#include "Wait.h"

#include <QElapsedTimer>
#include <QTimer>

KillHarness::KillHarness(const QString& path, quint64 seed)
    : m_path(path)
    , m_random(seed)
{
}

KillHarness::~KillHarness()
{
    for (auto& slot : m_slots)
        if (slot)
            slot->onFinished = nullptr;
}

void KillHarness::start(int slot)
{
    const int generation = ++m_generation[slot];
    m_killed[slot] = false;
    m_slots[slot] = std::make_unique<SaverProcess>(
        QStringList {QStringLiteral("--database"), m_path, QStringLiteral("--reader-every"),
                     QStringLiteral("3"), QStringLiteral("--checkpoint-ms"), QStringLiteral("20")});
    SaverProcess& saver = *m_slots[slot];
    ++m_figures.processes;
    // The moment of the kill: after `lines` acknowledgements (two per case), then `delayMs`.
    const int lines = std::uniform_int_distribution<int>(0, 8)(m_random);
    const int delayMs = std::uniform_int_distribution<int>(0, 12)(m_random);
    const auto armKill = [this, slot, generation, delayMs]() {
        QTimer::singleShot(delayMs, &m_timers, [this, slot, generation]() {
            if (m_generation[slot] == generation)
                killSlot(slot);
        });
    };
    saver.onAck = [&saver, lines, armKill](const Ack&) {
        if (saver.acks().size() == lines)
            armKill();
    };
    saver.onFinished = [this, slot, generation]() {
        if (m_generation[slot] == generation)
            finished(slot);
    };
    saver.start();
    if (lines == 0) // killed while it opens the database
        armKill();
}

void KillHarness::killSlot(int slot)
{
    if (!m_slots[slot] || !m_slots[slot]->isRunning() || m_killed[slot])
        return;
    m_killed[slot] = true;
    m_slots[slot]->kill();
    ++m_figures.kills;
    const int other = 1 - slot; // now and then both die together
    if (m_figures.kills < m_target && std::uniform_int_distribution<int>(0, 3)(m_random) == 0)
        killSlot(other);
}

void KillHarness::finished(int slot)
{
    const SaverProcess& saver = *m_slots[slot];
    m_ledger.add(saver.acks());
    m_figures.walDeleted += static_cast<int>(saver.walDeleted().size());
    m_figures.failures += saver.failures();
    m_figures.busy += static_cast<int>(saver.busy().size());
    if (!m_killed[slot]) {
        ++m_figures.unexpectedExits;
        m_figures.failures.append(
            QStringLiteral("exit %1: %2").arg(saver.exitCode()).arg(saver.errorOutput()));
    }
    ++m_generation[slot]; // its timers are void now
    if (m_figures.kills >= m_target)
        return;
    // Replace it from the event loop, not from inside the signal of the process being replaced.
    QTimer::singleShot(0, &m_timers, [this, slot]() { start(slot); });
}

KillFigures KillHarness::run(int kills, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    m_target = kills;
    m_figures.midway.integrity = QStringLiteral("ok");
    start(0);
    start(1);
    int nextMidwayCheck = 50;
    const auto allDone = [this]() {
        return m_figures.kills >= m_target && !m_slots[0]->isRunning() && !m_slots[1]->isRunning();
    };
    while (!allDone() && clock.elapsed() < timeoutMs) {
        waitUntil([&]() { return allDone() || m_figures.kills >= nextMidwayCheck; },
                  static_cast<int>(std::max<qint64>(1, timeoutMs - clock.elapsed())));
        if (m_figures.kills >= nextMidwayCheck && !allDone()) {
            // The test process reads the file while the savers go on: one more program that
            // opens and closes it, and a check that what was acknowledged so far is there.
            const LedgerReport midway = m_ledger.check(m_path);
            m_figures.midway.acknowledged += midway.acknowledged;
            m_figures.midway.found += midway.found;
            m_figures.midway.missing += midway.missing;
            m_figures.midway.duplicates += midway.duplicates;
            if (midway.integrity != QLatin1String("ok"))
                m_figures.midway.integrity = midway.integrity;
            nextMidwayCheck += 50;
        }
    }
    for (int slot = 0; slot < 2; ++slot) // over time, or done: nobody may save while the file is checked
        if (m_slots[slot]->isRunning()) {
            m_killed[slot] = true;
            m_slots[slot]->kill();
        }
    waitUntil([this]() { return !m_slots[0]->isRunning() && !m_slots[1]->isRunning(); }, 30000);
    m_figures.report = m_ledger.check(m_path);
    m_figures.elapsedMs = clock.elapsed();
    return m_figures;
}
