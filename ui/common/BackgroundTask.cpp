#include "common/BackgroundTask.h"

#include "UserError.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <exception>
#include <memory>

namespace {
struct Shared
{
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    QString error; // written by the worker, read after it has finished
};
} // namespace

QString BackgroundTask::run(QWidget* parent, const QString& label, const Work& work, int delayMs)
{
    auto shared = std::make_shared<Shared>();
    std::unique_ptr<QThread> thread(QThread::create([work, shared]() {
        try {
            work([shared](qint64 done, qint64 total) {
                shared->total = total;
                shared->done = done;
            });
        } catch (const UserError& error) {
            shared->error = error.message();
        } catch (const std::exception& error) {
            shared->error = QString::fromLocal8Bit(error.what());
        } catch (...) {
            shared->error = BackgroundTask::tr("The work stopped on an unexpected error.");
        }
    }));
    thread->setObjectName(QStringLiteral("backgroundTask"));

    QProgressDialog dialog(label, QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskProgress"));
    dialog.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog.setCancelButton(nullptr);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    // Shown after delayMs: quick work shows nothing. (Its own timer only starts on setValue.)
    QTimer delay;
    delay.setSingleShot(true);
    QObject::connect(&delay, &QTimer::timeout, &dialog, &QWidget::show);
    // The work cannot be cancelled: Esc or closing the dialog (the dialog lets keys through while
    // it updates) brings it straight back, so the window never looks hung without a word.
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog]() { dialog.show(); });

    QTimer tick;
    tick.setInterval(100);
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&dialog, shared]() {
        const qint64 total = shared->total;
        if (total <= 0 || !dialog.isVisible())
            return;
        // The bar counts in thousandths: a million cases do not fit an int range safely.
        dialog.setMaximum(1000);
        dialog.setValue(static_cast<int>(std::min<qint64>(1000, shared->done * 1000 / total)));
    });
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    delay.start(delayMs);
    tick.start();
    // User input waits until the work is done: nothing can start a second job meanwhile.
    if (!thread->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delay.stop();
    tick.stop();
    dialog.hide();
    return shared->error;
}
