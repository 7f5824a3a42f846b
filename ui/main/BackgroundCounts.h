#pragma once

#include "main/CountsWorker.h"

#include <QObject>
#include <QThread>

#include <array>
#include <atomic>
#include <memory>

class Clock;

// "Long work never freezes the window" (issues 3 and 5): the counts of "My work", the cases
// under its headings and the counts of the flow chart are read on a thread of their own, over
// a read-only connection to the same file. The window asks, shows "counting…", and fills in
// what arrives. A newer request of the same kind replaces one still waiting.
class BackgroundCounts : public QObject
{
    Q_OBJECT
public:
    BackgroundCounts(const QString& databasePath, const Clock& clock, const User& user,
                     QObject* parent = nullptr);
    ~BackgroundCounts() override;

    // The headings with their counts, the cases under groupKey (or the first heading with
    // cases when empty) and the flow chart's counts.
    void refresh(const QString& groupKey);
    // Only the cases under one heading.
    void loadGroup(const QString& groupKey);
    // Only the flow chart's counts.
    void refreshFlow();
    // The number of cases the case list's filter matches.
    void countCases(const CaseFilter& filter);
    // True while a request has not been answered yet.
    bool isBusy() const { return m_waiting > 0; }

signals:
    void groupsReady(const QList<QueueGroup>& groups);
    void rowsReady(const QString& groupKey, const QList<CaseListRow>& rows);
    void flowReady(const QList<FlowStepCount>& counts);
    void loopsReady(const QList<FlowLoopCount>& counts); // just before flowReady
    void caseCountReady(qint64 count);
    void failed(const QString& message);
    void idle();

private:
    void post(CountsRequest request);
    void deliver(const CountsResult& result);

    const Clock& m_clock;
    User m_user;
    QThread m_thread;
    QObject* m_context = nullptr; // lives on m_thread; the work runs in its event loop
    std::unique_ptr<CountsWorker> m_worker; // used on m_thread only
    std::shared_ptr<std::array<std::atomic<quint64>, CountsRequest::KindCount>> m_latest;
    quint64 m_generation = 0;
    int m_waiting = 0;
};
