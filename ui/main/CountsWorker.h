#pragma once

#include "cases/CaseListQuery.h"
#include "flow/FlowCounts.h"
#include "queue/WorkQueue.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <memory>

class Database;

// What the window asks the background thread for: the headings of "My work" with their counts,
// the cases under one heading, the counts of the flow chart (all three at once, or one), or
// the number of cases the case list's filter matches.
struct CountsRequest
{
    enum Kind
    {
        Everything,
        GroupRows,
        Flow,
        CaseCount,
        KindCount
    };
    Kind kind = Everything;
    quint64 generation = 0;
    QDateTime now; // taken on the GUI thread, so every number of one answer stands on one instant
    User user;
    QString groupKey; // empty: the first heading with cases in it
    CaseFilter filter; // CaseCount: the cases of the case list under this filter
};

struct CountsResult
{
    CountsRequest::Kind kind = CountsRequest::Everything;
    quint64 generation = 0;
    bool skipped = false; // a newer request of the same kind was already waiting
    bool hasGroups = false;
    QList<QueueGroup> groups;
    bool hasRows = false;
    QString groupKey;
    QList<CaseListRow> rows;
    bool hasFlow = false;
    QList<FlowStepCount> flow;
    QList<FlowLoopCount> loops; // with the flow: the improvement loop's boxes
    bool hasCaseCount = false;
    qint64 caseCount = 0;
    QString error;
};

// Runs the queue and flow-chart queries on a connection of its own, opened read-only on the
// window's database file the first time it is used. Lives on one thread (BackgroundCounts').
class CountsWorker
{
public:
    explicit CountsWorker(QString databasePath);
    ~CountsWorker();
    CountsWorker(const CountsWorker&) = delete;
    CountsWorker& operator=(const CountsWorker&) = delete;

    CountsResult compute(const CountsRequest& request);
    // From any thread: stops the query in progress at once and every later one (they end with
    // an error), so that closing the window does not wait for a count over millions of cases.
    void interrupt() { m_stop = true; }

private:
    void open();
    void close();

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::atomic<bool> m_stop {false};
};
