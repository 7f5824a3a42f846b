#pragma once

#include "cases/CaseFilter.h"
#include "stats/CostTotals.h"

#include <QList>
#include <QString>

// One category of a Pareto before it is ordered: its key in the list, its name, how many cases
// and what they cost.
struct ParetoItem
{
    qint64 key = 0;
    QString label;
    qint64 count = 0;
    CostTotals cost;
};

// One bar of a Pareto chart: a category (or "Other", the categories after the top N), its
// share of the whole and the cumulative share up to it; "vital" marks the few categories that
// make up the first 80 %.
struct ParetoRow
{
    QString label;
    QList<qint64> keys; // the category's key; for "Other" the keys it does not take (the top N)
    bool other = false;
    qint64 count = 0;
    CostTotals cost;
    double value = 0; // what the bar measures: the count, or the cost in hundredths
    double percent = 0;
    double cumulative = 0;
    bool vital = false;
};

struct ParetoOptions
{
    int topN = 10; // categories shown before "Other"
    bool byCost = false; // weigh by cost instead of count
    qint64 labourRate = 0; // hundredths per hour
};

namespace Pareto {
constexpr double vitalShare = 80.0;
// Orders the categories by value (largest first; equal ones by name), keeps the top N and adds
// up the rest as "Other" (named otherLabel) at the end; percentages of the sum, cumulative
// percentages rising to exactly 100 at the last bar (0 throughout when everything is 0: a
// Pareto by cost of cases without costs).
QList<ParetoRow> build(QList<ParetoItem> items, const ParetoOptions& options, const QString& otherLabel);
} // namespace Pareto
