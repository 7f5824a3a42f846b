#pragma once

#include "domain/QualityCase.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

class DeadlineCalculator;
struct NextDue;

// The reads the flow makes of the stored cases and what is stored after each change (issue 16:
// the one storage seam; the writes of a change go through CaseWriter). WorkflowService keeps
// the rules and asks here.
class CaseStore
{
public:
    explicit CaseStore(QSqlDatabase db);

    // Throws UserError when there is no such case.
    QualityCase load(qint64 caseId) const;
    // Inside a write transaction, before the version of a case is read to be changed: no other
    // writer changes the case until this transaction ends. SQLite's BEGIN IMMEDIATE holds every
    // other writer off already; a server locks the case's row (SELECT ... FOR UPDATE), so that a
    // second save of the same version waits and then finds the new one (a ConflictError).
    void lockForChange(qint64 caseId) const;
    // The stored version of a case; none when there is no such case.
    std::optional<int> version(qint64 caseId) const;
    // The unit that owns a follow-up of the case; none when the case has no such follow-up.
    std::optional<qint64> followUpOwner(qint64 followUpId, qint64 caseId) const;
    // The next number of the year, gapless: "QI-2026-00001", "FS-2026-00001".
    QString nextCaseNumber(int year) const;
    QString nextSheetNumber(int year) const;

    // A change of the case's files (issue 17) makes a new version without a step of the flow.
    void setVersion(qint64 caseId, int version) const;
    // What is due next of a case whose deadlines moved with the working-day calendar
    // (StoredDeadlines): no new version, no audit row (it follows from the case and the calendar).
    void setNextDue(qint64 caseId, const NextDue& next) const;
    // After a change: what is due next, who owes what by when, every deadline where the
    // statistics read them, the search text, and the version the change made.
    void refreshDue(qint64 caseId, int version, const DeadlineCalculator& deadlines,
                    const QDateTime& now) const;

    // Issue 11.5, past cases from a file (PastCaseImporter, thousands of rows in one
    // transaction, so every statement is prepared once per connection and kept: Sql::prepared).
    // Whether a case of that number is stored already.
    bool hasCaseNumber(const QString& number) const;
    // The year's numbering kept at least at "last": new numbers go on after the imported ones.
    void keepCaseNumbers(int year, qint64 last) const;
    // The case as the file gives it (c.number, c.status and every column of R1-R3 and R9 a file
    // carries), version 1, with ONE audit row by "by" at "at" holding its values and the file it
    // came from (the history shows "Imported from FILE"); what is due next, its duties (My work)
    // and its deadlines (the statistics) as for a case saved in the window. Returns its id.
    qint64 insertImported(const QualityCase& c, const DeadlineCalculator& deadlines, qint64 by,
                          const QDateTime& at, const QString& file) const;
    // The search index of the cases imported in this transaction, once after the last row.
    void indexImported(const QList<qint64>& caseIds) const;

private:
    QSqlDatabase m_db;
};
