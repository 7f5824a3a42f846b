#include "SurveyLettersCommand.h"

#include "CliCommands.h"
#include "ReadDatabase.h"
#include "SurveyPrintArgs.h"
#include "loops/SurveyLetterDocument.h"
#include "reports/ReportDocument.h"

QString SurveyLettersCommand::usage()
{
    return tr("  print survey-letters --year YEAR --database DB --output FILE.pdf [--language en|zh_CN]\n"
              "        the year's satisfaction survey letters, one per customer, in the customer's\n"
              "        language unless --language is given");
}

int SurveyLettersCommand::run(CliCommands& cli, const QStringList& args)
{
    SurveyPrintArgs a;
    if (const int code = a.parse(cli, args); code >= 0)
        return code;
    const ReadDatabase db(a.database);
    return a.write(cli, SurveyLetterDocument::ofYear(db.connection(), a.year, a.options, a.languageGiven));
}
