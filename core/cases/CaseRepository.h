#pragma once

#include "domain/QualityCase.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Reads one whole case with all its records (the aggregate the workflow and the case view use).
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)
public:
    explicit CaseRepository(QSqlDatabase db);
    // Throws UserError when there is no such case.
    QualityCase load(qint64 caseId) const;
    qint64 idOfNumber(const QString& number) const; // 0 when unknown

private:
    void loadUnits(QualityCase& c) const;
    void loadSheetAndPlan(QualityCase& c) const;
    void loadService(QualityCase& c) const;
    void loadVisits(QualityCase& c) const;
    void loadFollowUps(QualityCase& c) const;
    void loadCosts(QualityCase& c) const;
    QSqlDatabase m_db;
};
