#pragma once

#include "RawPg.h"

#include <QByteArrayList>

#include <memory>

// Each benchmarked operation written directly against libpq on the same server database, with
// statements prepared once: the same SQL as RawOps (the SQLite side) in the server's dialect.
class RawPgOps
{
public:
    explicit RawPgOps(pg_conn* conn);
    ~RawPgOps();

    int page(qint64 beforeId, int limit);
    int overduePage(qint64 gradeId, qint64 now, int limit);
    qint64 countAll();
    qint64 countOverdue(qint64 gradeId, qint64 now);
    // query: a tsquery of the 'simple' configuration over case_search.tokens (migration pg/003).
    int search(const QByteArray& query, int limit);
    // The prefix as an OR of the whole terms of search_terms that start with it (at most 16).
    int searchPrefix(const QByteArray& prefix, int limit);
    int openCase(qint64 caseId); // the case, its records and its audit timeline; returns rows read
    // The rows WorkflowService::logCase writes (the case, 18 audit rows, its duties and clocks,
    // its next deadline, its search text and new search terms), after the same three reads.
    qint64 logCase(qint64 userId, qint64 customerId, const QByteArray& serial, qint64 now);
    // The rows sendToQuality writes (3 audit rows, the duties and clocks, deadline, search text).
    void sendToQuality(qint64 userId, qint64 caseId, qint64 now);

private:
    // Every audit row of a save in one statement (arrays of fields and values).
    void audit(qint64 caseId, qint64 version, qint64 now, qint64 userId, const char* action,
               const QByteArrayList& fields, const QByteArrayList& oldValues,
               const QByteArrayList& newValues);
    void duties(qint64 caseId, qint64 now, bool sent);
    void reindex(qint64 caseId);
    struct Statements;
    std::unique_ptr<Statements> m_s;
};

// Prepares only the list statement and reads the first page: opening the list from nothing.
int rawPgFirstPage(pg_conn* conn, int limit);
