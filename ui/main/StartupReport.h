#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class MainWindow;
class QAbstractItemView;

// Measures the window at start (issue 5: the first page within 0.3 s of process start on
// 1,000,000 cases): prints when the first page of the current page's list is painted and when
// the background counts have arrived; can then scroll the list through a number of rows (to
// watch the memory) and close the window. For installation checks and the benchmark.
class StartupReport : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool waitForCounts = false; // report when the counts arrive before closing
        int scrollRows = 0; // then scroll the list until it holds this many rows
        bool closeWhenDone = false;
    };
    StartupReport(MainWindow& window, const QElapsedTimer& started, const Options& options,
                  QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void countsArrived();
    void scrollStep();
    void finishIfDone();
    static void print(const QString& line);

    MainWindow& m_window;
    QElapsedTimer m_started;
    Options m_options;
    QPointer<QAbstractItemView> m_view;
    bool m_pageShown = false;
    bool m_countsDone = false;
    bool m_scrollDone = false;
    bool m_finished = false;
};
