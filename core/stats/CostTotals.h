#pragma once

#include <QtGlobal>

// Costs summed over cases (issue 13): money in hundredths of the currency, labour in hours,
// priced at the hourly rate (hundredths per hour) of the settings ('cost.labour_rate').
struct CostTotals
{
    qint64 parts = 0;
    double labourHours = 0;
    qint64 travel = 0;
    qint64 replacement = 0;

    qint64 labourCost(qint64 rate) const { return qRound64(labourHours * static_cast<double>(rate)); }
    qint64 total(qint64 rate) const { return parts + labourCost(rate) + travel + replacement; }
    bool isEmpty() const { return parts == 0 && labourHours == 0 && travel == 0 && replacement == 0; }
    void add(const CostTotals& o)
    {
        parts += o.parts;
        labourHours += o.labourHours;
        travel += o.travel;
        replacement += o.replacement;
    }
};
