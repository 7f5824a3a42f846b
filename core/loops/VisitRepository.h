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
    // Rounds, newest first, at most limit, with their visits.
    QList<VisitRound> rounds(int limit) const;

private:
    QList<CustomerVisit> select(const QString& where, const QVariantList& binds, int limit) const;
    QSqlDatabase m_db;
};
