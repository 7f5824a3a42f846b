#include "main/BackgroundCounts.h"

#include "Clock.h"

#include <limits>

BackgroundCounts::BackgroundCounts(const QString& databasePath, const Clock& clock, const User& user,
                                   QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_user(user)
    , m_context(new QObject)
    , m_worker(std::make_unique<CountsWorker>(databasePath))
    , m_latest(std::make_shared<std::array<std::atomic<quint64>, CountsRequest::KindCount>>())
{
    for (auto& latest : *m_latest)
        latest = 0;
    m_thread.setObjectName(QStringLiteral("counts"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

BackgroundCounts::~BackgroundCounts()
{
    // Requests still waiting are dropped and the query in progress is stopped, so closing
    // the window does not wait for a count; then the connection is closed on its own thread.
    for (auto& latest : *m_latest)
        latest = std::numeric_limits<quint64>::max();
    m_worker->interrupt();
    QMetaObject::invokeMethod(
        m_context, [this]() { m_worker.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundCounts::refresh(const QString& groupKey)
{
    CountsRequest request;
    request.kind = CountsRequest::Everything;
    request.groupKey = groupKey;
    post(request);
}

void BackgroundCounts::loadGroup(const QString& groupKey)
{
    CountsRequest request;
    request.kind = CountsRequest::GroupRows;
    request.groupKey = groupKey;
    post(request);
}

void BackgroundCounts::refreshFlow()
{
    CountsRequest request;
    request.kind = CountsRequest::Flow;
    post(request);
}

void BackgroundCounts::countCases(const CaseFilter& filter)
{
    CountsRequest request;
    request.kind = CountsRequest::CaseCount;
    request.filter = filter;
    post(request);
}

void BackgroundCounts::post(CountsRequest request)
{
    request.generation = ++m_generation;
    request.now = m_clock.now();
    request.user = m_user;
    (*m_latest)[request.kind] = request.generation;
    ++m_waiting;
    QMetaObject::invokeMethod(
        m_context,
        [this, request, latest = m_latest]() {
            CountsResult result;
            if ((*latest)[request.kind] != request.generation || !m_worker) {
                result.kind = request.kind;
                result.generation = request.generation;
                result.skipped = true;
            } else {
                result = m_worker->compute(request);
            }
            QMetaObject::invokeMethod(
                this, [this, result]() { deliver(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void BackgroundCounts::deliver(const CountsResult& result)
{
    --m_waiting;
    // An answer to a request that a newer one of the same kind replaces is not shown.
    if (!result.skipped && (*m_latest)[result.kind] == result.generation) {
        if (!result.error.isEmpty())
            emit failed(result.error);
        // The cases first: they tell "My work" which heading the first count chose.
        if (result.hasRows)
            emit rowsReady(result.groupKey, result.rows);
        if (result.hasGroups)
            emit groupsReady(result.groups);
        if (result.hasFlow) {
            emit loopsReady(result.loops);
            emit flowReady(result.flow);
        }
        if (result.hasCaseCount)
            emit caseCountReady(result.caseCount);
    }
    if (m_waiting == 0)
        emit idle();
}
