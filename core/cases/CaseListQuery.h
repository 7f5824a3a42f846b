#pragma once

#include "Clock.h"
#include "cases/CaseFilter.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One row of the case list: what the list and the queues show without opening the case.
struct CaseListRow
{
    qint64 id = 0;
    QString number;
    QString status; // status code
    QDateTime receivedAt;
    QString customer;
    bool keyCustomer = false;
    QString model;
    QString serialNo;
    QString grade;
    QString symptom;
    QString nextStep; // step code; DeadlineCalculator::stepText gives the words
    QString nextOwner; // owner code
    QDateTime nextDueAt;
    // A row of a queue (WorkQueue) is one duty: nextStep is its kind (CaseDuties::text gives the
    // words), nextDueAt its own due time, nextOwnerName who owes it when the queue says so.
    bool isDuty = false;
    QString nextOwnerName;
    // A line of My work from the improvement loop (ImprovementQueue): an action or an 8D step,
    // not a duty of the case (id is its case, 0 when it has none).
    QString item {}; // "action" or "step"; empty for a case or a case's duty
    qint64 itemId = 0; // the action's id, or the tracing's
    int itemStep = -1; // the step of the tracing
    QString itemText {}; // what it is, in the language the queue was read in
    bool dueIsDay = false; // due by the end of a day: shown as the day
};

// Reads the case list newest first, a page at a time by keyset (id below the last one seen):
// the cost of a page does not grow with the number of cases.
class CaseListQuery
{
public:
    CaseListQuery(QSqlDatabase db, const Clock& clock);
    // Rows with id < beforeId (0: from the newest), at most limit of them.
    QList<CaseListRow> page(const CaseFilter& filter, qint64 beforeId, int limit) const;
    // The rows of these cases, newest first, whatever the filter (to read a page again).
    QList<CaseListRow> rowsByIds(const QList<qint64>& ids) const;
    // The rows of those of these cases that the filter matches now, in no order (to bring a
    // list up to date after they changed).
    QList<CaseListRow> matching(const CaseFilter& filter, const QList<qint64>& ids) const;
    // How many cases the filter matches; with no filter, the kept number of all cases (migration
    // 032), which a transaction's own new cases reach when it commits (on a server).
    qint64 count(const CaseFilter& filter) const;

private:
    QString select(const QString& where, bool usesSearch) const;
    QString searchFrom() const; // the search index as "s" joined to its cases
    QList<CaseListRow> read(const QString& sql, const QVariantList& binds) const;
    QString whereClause(const CaseFilter& filter, QVariantList& binds, bool& usesSearch) const;
    QSqlDatabase m_db;
    const Clock& m_clock;
};
