#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

#include <functional>

// Runs the event loop (process output, process ends, timers) until the condition holds or the
// deadline passes; true when the condition holds. It wakes on each event, and every pollMs
// when the condition is about something that sends no event (a file's size).
inline bool waitUntil(const std::function<bool()>& condition, int timeoutMs, int pollMs = 0)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wakeAtDeadline;
    wakeAtDeadline.setSingleShot(true);
    wakeAtDeadline.start(timeoutMs);
    QTimer poll;
    if (pollMs > 0)
        poll.start(pollMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}
