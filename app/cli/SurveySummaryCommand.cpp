#include "SurveySummaryCommand.h"

#include "CliCommands.h"
#include "ReadDatabase.h"
#include "SurveyPrintArgs.h"
#include "loops/SurveySummaryDocument.h"
#include "reports/ReportDocument.h"

QString SurveySummaryCommand::usage()
{
    return tr("  print survey-summary --year YEAR --database DB --output FILE.pdf [--language en|zh_CN]\n"
              "        the survey's summary and analysis: averages, spread, last year, comments");
}

int SurveySummaryCommand::run(CliCommands& cli, const QStringList& args)
{
    SurveyPrintArgs a;
    if (const int code = a.parse(cli, args); code >= 0)
        return code;
    const ReadDatabase db(a.database);
    return a.write(cli, {SurveySummaryDocument::ofYear(db.connection(), a.year, a.options)});
}
