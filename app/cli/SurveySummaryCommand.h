#pragma once

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// qualityloop-cli print survey-summary (issue 15, R18): the summary and analysis of a year's
// survey for the Quality Department, beside last year's.
class SurveySummaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(SurveySummaryCommand)
public:
    static QString usage();
    static int run(CliCommands& cli, const QStringList& args);
};
