#include "ImprovementCommands.h"

#include "CliCommands.h"
#include "ReadDatabase.h"
#include "improvement/EightDReportDocument.h"
#include "improvement/ImprovementQuery.h"
#include "improvement/ImprovementWords.h"
#include "improvement/RectificationNoticeDocument.h"
#include "reports/DocumentLanguage.h"
#include "reports/DocumentPainter.h"

#include <QCommandLineParser>

QString ImprovementCommands::actionsUsage()
{
    return tr("  actions --database DB [--open|--overdue]   the corrective actions: notice number, case,\n"
              "        owner unit, due day, state; --open those not closed, --overdue those open past due");
}

QString ImprovementCommands::printUsage()
{
    return tr("  print 8d CASE-NUMBER|8D-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]\n"
              "  print rectification-notice RN-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]");
}

int ImprovementCommands::actions(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption open(QStringLiteral("open"), tr("Only the actions not closed."));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     tr("Only the actions open past their due day."));
    parser.addOptions({database, open, overdue});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    if (!parser.isSet(database) || !parser.positionalArguments().isEmpty())
        return cli.usage(tr("actions needs --database DB."));
    const ReadDatabase db(parser.value(database));
    const SystemClock clock;
    const ImprovementQuery query(db.connection(), clock);
    const auto show = parser.isSet(overdue) ? ImprovementQuery::Show::Overdue
        : parser.isSet(open)                ? ImprovementQuery::Show::Open
                                            : ImprovementQuery::Show::All;
    QDate afterDue;
    qint64 afterId = 0;
    for (;;) {
        const QList<ActionRow> page = query.actions(show, afterDue, afterId, 500);
        for (const ActionRow& a : page)
            cli.out() << a.number << '\t' << (a.caseNumber.isEmpty() ? QStringLiteral("-") : a.caseNumber)
                      << '\t' << a.ownerUnit << '\t' << a.dueOn.toString(Qt::ISODate) << '\t'
                      << (a.overdue ? QStringLiteral("OVERDUE") : ImprovementWords::code(a.status)) << '\t'
                      << a.what.simplified() << '\n';
        if (page.size() < 500)
            break;
        afterDue = page.last().dueOn;
        afterId = page.last().id;
    }
    cli.out().flush();
    return CliCommands::Ok;
}

bool ImprovementCommands::printsDocument(const QString& document)
{
    return document == QLatin1String("8d") || document == QLatin1String("rectification-notice");
}

int ImprovementCommands::print(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The PDF FILE to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Language of the document: en or zh_CN."), QStringLiteral("CODE"),
                                      QStringLiteral("en"));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("Paper: A4 or Letter."),
                                   QStringLiteral("SIZE"), QStringLiteral("A4"));
    parser.addOptions({database, output, language, paper});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    const QStringList words = parser.positionalArguments(); // DOCUMENT NUMBER
    if (!parser.isSet(database) || !parser.isSet(output) || words.size() != 2)
        return cli.usage(
            tr("print %1 needs one NUMBER, --database DB and --output FILE.pdf.").arg(words.value(0)));
    ReportOptions options;
    options.language = parser.value(language);
    if (!DocumentLanguage::isAvailable(options.language))
        return cli.usage(
            tr("“%1” is not a language documents print in; use en or zh_CN.").arg(options.language));
    options.pageSize
        = parser.value(paper).toLower() == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    const ReadDatabase db(parser.value(database));
    const ReportDocument document = words.at(0) == QLatin1String("8d")
        ? EightDReportDocument::ofNumber(db.connection(), words.at(1), options)
        : RectificationNoticeDocument::ofNumber(db.connection(), words.at(1), options);
    const QString problem = DocumentPainter::writePdf({document}, parser.value(output));
    if (!problem.isEmpty()) {
        cli.err() << problem << Qt::endl;
        return CliCommands::Refused;
    }
    cli.out() << tr("Printed %1 %2 to %3").arg(document.title, document.number, parser.value(output))
              << Qt::endl;
    return CliCommands::Ok;
}
