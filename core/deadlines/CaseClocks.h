#pragma once

#include "deadlines/DeadlineClock.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

// Every named deadline of each case as a row of case_clocks (migration 017): kind, the unit of a
// unit's reply, when it was due and when it was met. The workflow service stores a case's
// clocks at each save, in the same transaction, from DeadlineCalculator::clocks, so the on-time
// shares of a year are counted from rows instead of recomputed for every case. Follow-ups are
// not kept (a case may have several, and they are no deadline of the company's rules).
class CaseClocks
{
public:
    struct Row
    {
        QString kind; // DeadlineCalculator::kindCode
        qint64 unitId = 0; // a unit's reply: the unit; else 0
        QDateTime dueAt;
        QDateTime doneAt; // invalid while open
    };

    explicit CaseClocks(QSqlDatabase db);

    // The rows a case's clocks are kept as.
    static QList<Row> rows(const QList<DeadlineClock>& clocks);
    // Replaces the stored clocks of a case.
    void store(qint64 caseId, const QList<DeadlineClock>& clocks) const;
    // A database migrated to 017 with cases in it asks for their clocks to be computed once
    // (settings 'clocks.needs_rebuild'); done in one transaction. Returns the cases done.
    qint64 rebuildIfAsked(const std::function<void(qint64 done, qint64 total)>& progress = {}) const;
    // Computes and stores the clocks of every case (inside the caller's transaction).
    qint64 rebuildAll(const std::function<void(qint64 done, qint64 total)>& progress = {}) const;

private:
    QSqlDatabase m_db;
};
