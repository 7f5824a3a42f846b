#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// Long work never freezes the window: run() does the work on a thread of its own while this
// thread's event loop keeps turning (windows repaint, timers tick), and returns when the work
// is done. When the work takes longer than delayMs a window-modal progress dialog shows what
// it is doing, with a bar once the work reports how far it is. The work must touch no widget
// and no connection of this thread: it opens its own database connection.
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Work = std::function<void(const Progress& progress)>;

    // Returns an empty string when the work is done, else what went wrong in words.
    static QString run(QWidget* parent, const QString& label, const Work& work, int delayMs = 400);
};
