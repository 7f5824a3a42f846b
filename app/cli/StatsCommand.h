#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli stats pareto|on-time|trend|marks --from DATE --to DATE --database FILE
// --output FILE.xlsx|FILE.csv [--by defect|cause|model|line|customer|unit] [--by-cost]
// [--language en|zh_CN] (issue 13): a statistic of a period as an Excel workbook (every table,
// with its chart) or its first table as CSV (a Pareto's: category, count, percent, cumulative
// percent).
class StatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
public:
    static QString usage();
    static int run(CliCommands& cli, const QStringList& args);
};
