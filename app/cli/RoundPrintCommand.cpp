#include "RoundPrintCommand.h"

#include "CliCommands.h"
#include "ReadDatabase.h"
#include "loops/RoundReportDocument.h"
#include "reports/DocumentLanguage.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportDocument.h"

#include <QCommandLineParser>

QString RoundPrintCommand::usage()
{
    return tr("  print round ROUND-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]\n"
              "        [--paper A4|Letter]   a round of return visits: its visits, what the customers\n"
              "        said, the departments each record went to");
}

int RoundPrintCommand::run(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The database FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("The PDF FILE to write."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("Language of the document: en or zh_CN."),
                                            QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), tr("Paper: A4 or Letter."),
                                         QStringLiteral("SIZE"), QStringLiteral("A4"));
    parser.addOptions({databaseOption, outputOption, languageOption, paperOption});
    if (!parser.parse(args.mid(1))) // "round" stands where a program's name would
        return cli.usage(parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(databaseOption)
        || !parser.isSet(outputOption))
        return cli.usage(tr("print round needs ROUND-NUMBER, --database DB and --output FILE.pdf."));
    ReportOptions options;
    options.language = parser.value(languageOption);
    if (!DocumentLanguage::isAvailable(options.language))
        return cli.usage(
            tr("“%1” is not a language documents print in; use en or zh_CN.").arg(options.language));
    const QString size = parser.value(paperOption).toLower();
    if (size != QLatin1String("a4") && size != QLatin1String("letter"))
        return cli.usage(tr("--paper is A4 or Letter."));
    options.pageSize = size == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    const ReadDatabase db(parser.value(databaseOption));
    const QString number = parser.positionalArguments().first();
    const QString output = parser.value(outputOption);
    const QString problem = DocumentPainter::writePdf(
        {RoundReportDocument::ofNumber(db.connection(), number, options)}, output);
    if (!problem.isEmpty()) {
        cli.err() << problem << Qt::endl;
        return CliCommands::Refused;
    }
    cli.out() << tr("Printed round %1 to %2").arg(number.trimmed(), output) << Qt::endl;
    return CliCommands::Ok;
}
