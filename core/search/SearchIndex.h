#pragma once

#include <QList>
#include <QSqlDatabase>

#include <functional>

// Keeps the full-text index (case_search, rowid = case id) in step with the cases.
class SearchIndex
{
public:
    // Called by the workflow inside its write transaction after a case changed.
    static void reindexCase(const QSqlDatabase& db, qint64 caseId);
    // Indexes cases new to the index inside the caller's transaction (an import), statements
    // prepared once and the vocabulary added once at the end.
    static void indexCases(const QSqlDatabase& db, const QList<qint64>& caseIds);
    // Fills the whole index in one pass (after a bulk import). progress(done) is called now and then.
    static void rebuild(const QSqlDatabase& db, const std::function<void(qint64)>& progress = {});
};
