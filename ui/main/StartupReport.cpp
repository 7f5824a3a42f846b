#include "main/StartupReport.h"

#include "main/BackgroundCounts.h"
#include "main/MainWindow.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>

#include <cstdio>

StartupReport::StartupReport(MainWindow& window, const QElapsedTimer& started, const Options& options,
                             QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_started(started)
    , m_options(options)
{
    m_countsDone = !options.waitForCounts || !window.counts().isBusy();
    m_scrollDone = options.scrollRows <= 0;
    connect(&window.counts(), &BackgroundCounts::idle, this, &StartupReport::countsArrived);
    if (QWidget* page = window.currentPage())
        m_view = page->findChild<QAbstractItemView*>();
    if (m_view)
        m_view->viewport()->installEventFilter(this);
    else
        m_pageShown = true;
    if (m_pageShown)
        QTimer::singleShot(0, this, &StartupReport::finishIfDone);
}

bool StartupReport::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_pageShown && m_view && watched == m_view->viewport() && event->type() == QEvent::Paint) {
        m_pageShown = true;
        print(tr("First page on screen after %1 ms (%2 rows, page %3)")
                  .arg(m_started.elapsed())
                  .arg(m_view->model() ? m_view->model()->rowCount() : 0)
                  .arg(m_window.currentPage()->objectName()));
        QTimer::singleShot(0, this, m_scrollDone ? &StartupReport::finishIfDone : &StartupReport::scrollStep);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::countsArrived()
{
    if (m_countsDone)
        return;
    m_countsDone = true;
    print(tr("Counts arrived after %1 ms").arg(m_started.elapsed()));
    finishIfDone();
}

void StartupReport::scrollStep()
{
    QAbstractItemModel* model = m_view ? m_view->model() : nullptr;
    if (!model)
        return;
    const int before = model->rowCount();
    if (before < m_options.scrollRows && model->canFetchMore({})) {
        // As a person dragging the scroll bar down: the view asks the model for more at the end.
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
        if (model->rowCount() == before)
            model->fetchMore({});
        QTimer::singleShot(0, this, &StartupReport::scrollStep);
        return;
    }
    m_scrollDone = true;
    print(tr("Scrolled through %1 rows after %2 ms").arg(before).arg(m_started.elapsed()));
    finishIfDone();
}

void StartupReport::finishIfDone()
{
    if (m_finished || !m_pageShown || !m_countsDone || !m_scrollDone)
        return;
    m_finished = true;
    if (m_options.closeWhenDone) {
        print(tr("QualityLoop window opened: %1").arg(m_window.windowTitle()));
        m_window.close();
    }
}

void StartupReport::print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}
