#pragma once

#include "reports/ReportOptions.h"

#include <QCoreApplication>
#include <QStringList>

class CliCommands;

// The arguments the survey's prints share: --year YEAR --database FILE --output FILE.pdf
// [--language en|zh_CN] [--paper A4|Letter].
struct SurveyPrintArgs
{
    Q_DECLARE_TR_FUNCTIONS(SurveyPrintArgs)
public:
    int year = 0;
    QString database;
    QString output;
    bool languageGiven = false;
    ReportOptions options;

    // args as the command gets them ("print", "survey-…", options…). Returns -1 when they are
    // right, else the exit code after the usage was printed.
    int parse(CliCommands& cli, const QStringList& args);
    // Writes the documents; prints what was written. Returns the exit code.
    int write(CliCommands& cli, const QList<struct ReportDocument>& documents) const;
};
