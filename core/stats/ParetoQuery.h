#pragma once

#include "reports/DocumentLanguage.h"
#include "stats/Pareto.h"
#include "stats/StatsFilter.h"

#include <QSqlDatabase>

// A Pareto of the cases received in a period: by defect, cause, model, product line, customer
// or responsible unit, counted by the database (GROUP BY over the cases_for_stats index).
struct ParetoResult
{
    CaseCut cut = CaseCut::Defect;
    ParetoOptions options;
    QList<ParetoRow> rows;
    qint64 cases = 0; // received in the period under the filters
    qint64 leftOut = 0; // of them, without a value of the cut (not analysed yet, no model, no unit)
    CostTotals cost; // of the cases in rows (a case of two units counts for both)
    CaseFilter base; // the cases received in the period under the filters
    bool isEmpty() const { return rows.isEmpty(); }
    // The cases behind one bar: a click on it lists exactly row.count cases.
    CaseFilter filterFor(const ParetoRow& row) const;
};

class ParetoQuery
{
public:
    // zone: the company's; names ("Other", the lists' names) in the language.
    ParetoQuery(QSqlDatabase db, const QTimeZone& zone, const DocumentLanguage& language);
    // options.labourRate is read from the settings (LabourRate); byCost falls back to counts when the
    // period's cases have no costs.
    ParetoResult run(const StatsFilter& filter, CaseCut cut, ParetoOptions options) const;

private:
    QString tr(const char* source) const;
    QSqlDatabase m_db;
    QTimeZone m_zone;
    DocumentLanguage m_language;
};
