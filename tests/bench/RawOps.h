#pragma once

#include "RawSqlite.h"

#include <memory>

// Each benchmarked operation written directly against the SQLite C API on the same file, with
// statements prepared once: what this machine can do at best.
class RawOps
{
public:
    explicit RawOps(sqlite3* db);
    ~RawOps();

    int page(qint64 beforeId, int limit);
    int overduePage(qint64 gradeId, qint64 now, int limit);
    qint64 countAll();
    qint64 countOverdue(qint64 gradeId, qint64 now);
    int search(const QByteArray& match, int limit);
    // The prefix as an OR of the whole terms of the vocabulary that start with it (at most 16).
    int searchPrefix(const QByteArray& prefix, int limit);
    int openCase(qint64 caseId); // the case, its records and its audit timeline; returns rows read
    int visitReport(qint64 from, qint64 to);
    qint64 logCase(qint64 userId, qint64 customerId, qint64 modelId, qint64 now);
    void sendToQuality(qint64 userId, qint64 caseId, qint64 now);

private:
    void audit(qint64 caseId, qint64 now, qint64 userId, const char* action, const char* field,
               const QByteArray& oldValue, const QByteArray& newValue);
    void reindex(qint64 caseId);
    sqlite3* m_db;
    struct Statements;
    std::unique_ptr<Statements> m_s;
};

// Prepares only the list statement and reads the first page: opening the list from nothing.
int rawFirstPage(sqlite3* db, int limit);

// The list's columns and joins (as the case list shows them), shared by both sides' raw SQL.
extern const char* const rawListSelect;
// The one-year return-visit report: visits of a period joined to their cases, by month and kind.
extern const char* const visitReportSql;
