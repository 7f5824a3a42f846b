#include "SurveyPrintArgs.h"

#include "CliCommands.h"
#include "reports/DocumentLanguage.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportDocument.h"

#include <QCommandLineParser>

int SurveyPrintArgs::parse(CliCommands& cli, const QStringList& args)
{
    const QString command = args.value(0) + QLatin1Char(' ') + args.value(1);
    QCommandLineParser parser;
    const QCommandLineOption yearOption(QStringLiteral("year"), tr("The survey's YEAR."),
                                        QStringLiteral("YEAR"));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The database FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("The PDF FILE to write."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Language of the document: en or zh_CN."),
                                            QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), tr("Paper: A4 or Letter."),
                                         QStringLiteral("SIZE"), QStringLiteral("A4"));
    parser.addOptions({yearOption, databaseOption, outputOption, languageOption, paperOption});
    if (!parser.parse(args.mid(1))) // "survey-…" stands where a program's name would
        return cli.usage(parser.errorText());
    bool yearOk = false;
    year = parser.value(yearOption).toInt(&yearOk);
    if (!yearOk || !parser.isSet(databaseOption) || !parser.isSet(outputOption)
        || !parser.positionalArguments().isEmpty())
        return cli.usage(tr("%1 needs --year YEAR, --database DB and --output FILE.pdf.").arg(command));
    database = parser.value(databaseOption);
    output = parser.value(outputOption);
    languageGiven = parser.isSet(languageOption);
    options.language = parser.value(languageOption);
    if (!DocumentLanguage::isAvailable(options.language))
        return cli.usage(
            tr("“%1” is not a language documents print in; use en or zh_CN.").arg(options.language));
    const QString size = parser.value(paperOption).toLower();
    if (size != QLatin1String("a4") && size != QLatin1String("letter"))
        return cli.usage(tr("--paper is A4 or Letter."));
    options.pageSize = size == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    return -1;
}

int SurveyPrintArgs::write(CliCommands& cli, const QList<ReportDocument>& documents) const
{
    const QString problem = DocumentPainter::writePdf(documents, output);
    if (!problem.isEmpty()) {
        cli.err() << problem << Qt::endl;
        return CliCommands::Refused;
    }
    cli.out() << tr("Printed %n document(s) of survey %1 to %2", nullptr, static_cast<int>(documents.size()))
                     .arg(year)
                     .arg(output)
              << Qt::endl;
    return CliCommands::Ok;
}
