#pragma once

#include "loops/CustomerVisit.h"

#include <QSqlDatabase>

#include <optional>

// Reads the customer visits (R15, R17) with the names of the people and the case or round they
// belong to.
class VisitRepository
{
public:
    explicit VisitRepository(QSqlDatabase db);

    std::optional<CustomerVisit> load(qint64 visitId) const;
    std::optional<CustomerVisit> ofCase(qint64 caseId) const;
    // The case's part of an R15 visit (number, customer, what was found and done) filled in.
    void fillCase(CustomerVisit& v, qint64 caseId) const;
    std::optional<VisitRound> round(qint64 roundId) const;
    // What is still to do, soonest due first, at most limit of each: the key customers' cases
    // closed since the loops started that owe a visit nobody planned yet (status Due, id 0),
    // then the stored visits still planned, recorded or sent.
    QList<CustomerVisit> worklist(const QDate& start, int visitDays, int limit) const;

private:
    QList<CustomerVisit> select(const QString& where, const QVariantList& binds, int limit) const;
    QSqlDatabase m_db;
};
