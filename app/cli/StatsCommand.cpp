#include "StatsCommand.h"

#include "CliCommands.h"
#include "Clock.h"
#include "ReadDatabase.h"
#include "db/Database.h"
#include "export/StatsExport.h"
#include "reports/DocumentLanguage.h"
#include "stats/StatsService.h"

#include <QCommandLineParser>

QString StatsCommand::usage()
{
    return tr(
        "  stats pareto|on-time|trend|marks --from DATE --to DATE --database DB --output "
        "FILE.xlsx|FILE.csv\n"
        "        [--by defect|cause|model|line|customer|unit] [--by-cost] [--language en|zh_CN]\n"
        "        a statistic of the period to Excel (every table and its chart) or CSV (its first table)");
}

int StatsCommand::run(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The FILE to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("The first day."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The last day."), QStringLiteral("DATE"));
    const QCommandLineOption by(QStringLiteral("by"), tr("What a Pareto counts by."), QStringLiteral("CUT"),
                                QStringLiteral("defect"));
    const QCommandLineOption byCost(QStringLiteral("by-cost"), tr("Weigh a Pareto by cost."));
    const QCommandLineOption language(QStringLiteral("language"), tr("en or zh_CN."), QStringLiteral("CODE"),
                                      QStringLiteral("en"));
    parser.addOptions({database, output, from, to, by, byCost, language});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    const QStringList what = parser.positionalArguments(); // after "stats", the parser's program name
    const QStringList kinds {QStringLiteral("pareto"), QStringLiteral("on-time"), QStringLiteral("trend"),
                             QStringLiteral("marks")};
    if (what.size() != 1 || !kinds.contains(what.first()) || !parser.isSet(database) || !parser.isSet(output)
        || !parser.isSet(from) || !parser.isSet(to))
        return cli.usage(
            tr("stats needs pareto, on-time, trend or marks, --from, --to, --database and --output."));
    StatsFilter filter;
    filter.from = QDate::fromString(parser.value(from), Qt::ISODate);
    filter.to = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!filter.from.isValid() || !filter.to.isValid())
        return cli.usage(tr("Give the dates as YYYY-MM-DD."));
    CaseCut cut = CaseCut::Defect;
    if (!StatsService::cutFromCode(parser.value(by), cut))
        return cli.usage(tr("--by is defect, cause, model, line, customer or unit."));
    if (!DocumentLanguage::isAvailable(parser.value(language)))
        return cli.usage(tr("--language is en or zh_CN."));
    const QString path = parser.value(output);
    const QString format = StatsExport::formatOf(path);
    if (format.isEmpty())
        return cli.usage(tr("--output ends in .xlsx or .csv."));

    // Only reads: an older database is refused in words saying how to bring it up to date, as by
    // every reading command (it was upgraded by itself, on a server by the owner from any PC).
    const ReadDatabase db(parser.value(database));
    const SystemClock clock;
    const StatsService stats(db.connection(), clock, parser.value(language));
    StatsReport report;
    if (what.first() == QLatin1String("pareto")) {
        ParetoOptions pareto;
        pareto.byCost = parser.isSet(byCost);
        pareto.topN = 1000000; // every category in the file: "Other" is for charts
        report = stats.pareto(filter, cut, pareto);
    } else if (what.first() == QLatin1String("on-time")) {
        report = stats.onTime(filter);
    } else if (what.first() == QLatin1String("trend")) {
        report = stats.trend(filter);
    } else {
        report = stats.marks(filter);
    }
    if (report.isEmpty())
        cli.err() << report.message << Qt::endl;
    QString problem;
    if (format == QLatin1String("xlsx"))
        problem = StatsExport::writeXlsx(report, path);
    else if (report.isEmpty())
        return CliCommands::Refused;
    else
        problem = StatsExport::writeCsv(report.tables.first(), path,
                                        what.first() == QLatin1String("pareto") ? 4 : -1);
    if (!problem.isEmpty()) {
        cli.err() << problem << Qt::endl;
        return CliCommands::Refused;
    }
    cli.out() << tr("Wrote %1.").arg(path) << Qt::endl;
    return CliCommands::Ok;
}
