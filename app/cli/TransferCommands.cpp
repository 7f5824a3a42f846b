#include "TransferCommands.h"

#include "CliCommands.h"
#include "PasswordInput.h"
#include "ReadDatabase.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/ServerAddress.h"
#include "transfer/ColumnMapping.h"
#include "transfer/CsvReader.h"
#include "transfer/ExportService.h"
#include "transfer/ImportService.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace {
QString kindList()
{
    return TransferKinds::ids().join(u' ');
}

const TransferKind* kindOf(CliCommands& cli, const QStringList& positional, int& code)
{
    if (positional.isEmpty()) {
        code = cli.usage(TransferCommands::tr("Name what to import or export: %1.").arg(kindList()));
        return nullptr;
    }
    const TransferKind* kind = TransferKinds::find(positional.first());
    if (!kind)
        code = cli.usage(TransferCommands::tr("“%1” is not something to import or export; name one of: %2.")
                             .arg(positional.first(), kindList()));
    return kind;
}

void printProblems(CliCommands& cli, const QString& file, const ImportResult& result)
{
    for (const ImportProblem& p : result.problems) {
        if (p.column.isEmpty())
            cli.err() << TransferCommands::tr("%1, line %2: %3").arg(file).arg(p.line).arg(p.message)
                      << Qt::endl;
        else
            cli.err() << TransferCommands::tr("%1, line %2, column “%3”: %4")
                             .arg(file)
                             .arg(p.line)
                             .arg(p.column, p.message)
                      << Qt::endl;
    }
}
} // namespace

QString TransferCommands::importUsage()
{
    return tr("  import KIND FILE.csv --database DB --user NAME [--dry-run] [--good-rows-only]\n"
              "        [--on-existing refuse|update]   import a CSV file (UTF-8 or GB18030; comma,\n"
              "        semicolon or tab); the password of NAME comes from standard input. KIND is\n"
              "        customers, contacts, models, serials, agencies, technicians or cases\n"
              "  import KIND --template                        print the header line of KIND's file");
}

QString TransferCommands::exportUsage()
{
    return tr("  export KIND --database DB --output FILE.csv   write KIND's entries in the columns import "
              "reads");
}

int TransferCommands::importFile(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Who imports (office or administrator)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check every row; change nothing."));
    const QCommandLineOption goodRows(QStringLiteral("good-rows-only"),
                                      tr("Import the good rows even when others are refused."));
    const QCommandLineOption onExisting(QStringLiteral("on-existing"),
                                        tr("An entry already there: refuse (the default) or update."),
                                        QStringLiteral("WHAT"), QStringLiteral("refuse"));
    const QCommandLineOption templateOnly(QStringLiteral("template"), tr("Print the header line."));
    parser.addOptions({database, user, dryRun, goodRows, onExisting, templateOnly});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    int code = CliCommands::Ok;
    const TransferKind* kind = kindOf(cli, positional, code);
    if (!kind)
        return code;
    if (parser.isSet(templateOnly)) {
        if (positional.size() != 1)
            return cli.usage(tr("import KIND --template takes no file."));
        cli.out() << QString::fromUtf8(ExportService::headerLine(*kind)).trimmed() << Qt::endl;
        return CliCommands::Ok;
    }
    const QString how = parser.value(onExisting);
    if (positional.size() != 2 || !parser.isSet(database) || !parser.isSet(user)
        || (how != QLatin1String("refuse") && how != QLatin1String("update")))
        return cli.usage(tr("import needs KIND FILE.csv, --database DB and --user NAME; --on-existing is "
                            "refuse or update."));
    const QString path = positional.at(1);
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile()) {
        cli.err() << tr("“%1” is not there: name the CSV file to import.").arg(path) << Qt::endl;
        return CliCommands::Refused;
    }
    Database::Options dbOptions;
    dbOptions.create = false;
    // A server's database (postgresql://...) is no file: opening it says when it is not there.
    if (!ServerAddress::isServer(parser.value(database)) && !QFileInfo::exists(parser.value(database))) {
        cli.err() << tr("There is no database “%1”: make one with qualityloop-cli init.")
                         .arg(parser.value(database))
                  << Qt::endl;
        return CliCommands::BadDatabase;
    }
    Database db(parser.value(database), dbOptions);
    const SystemClock clock;
    QString problem;
    const std::optional<QString> password
        = PasswordInput::read(cli.err(), tr("Password for %1: ").arg(parser.value(user)), QString(), problem);
    if (!password) {
        cli.err() << problem << Qt::endl;
        return CliCommands::Refused;
    }
    const User actor = UserService(db.connection(), clock).signIn(parser.value(user), *password);
    if (!ImportService::mayImport(actor)) {
        cli.err()
            << tr("%1 may not import: only the office or an administrator imports the company's lists and "
                  "past cases.")
                   .arg(actor.username)
            << Qt::endl;
        return CliCommands::Refused;
    }
    const CsvTable table = CsvReader::readFile(path);
    ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.goodRowsOnly = parser.isSet(goodRows);
    options.onExisting = how == QLatin1String("update") ? ImportOptions::OnExisting::Update
                                                        : ImportOptions::OnExisting::Refuse;
    options.source = name;
    const ImportResult result
        = ImportService(db.connection(), clock)
              .run(actor, *kind, table, ColumnMapping::fromHeader(*kind, table.header()), options);
    printProblems(cli, name, result);
    const QString counts = tr("%1 added, %2 updated, %3 unchanged")
                               .arg(result.added)
                               .arg(result.updated)
                               .arg(result.unchanged);
    if (result.committed) {
        cli.out() << tr("Imported %1 from %2 (%3, %4): %5.")
                         .arg(kind->titleText(), name, table.encoding(),
                              table.delimiter() == u'\t' ? tr("tab-separated")
                                                         : tr("separated by “%1”").arg(table.delimiter()))
                         .arg(counts)
                  << Qt::endl;
        if (!result.problems.isEmpty())
            cli.out() << tr("%n bad row(s) left out, as asked.", nullptr, result.badRows()) << Qt::endl;
        return CliCommands::Ok;
    }
    if (result.problems.isEmpty() && options.dryRun) {
        cli.out() << tr("Checked %n row(s) of %1: they would be %2. Nothing was changed (dry run).", nullptr,
                        static_cast<int>(result.rows))
                         .arg(name, counts)
                  << Qt::endl;
        return CliCommands::Ok;
    }
    if (result.problems.isEmpty()) {
        cli.out()
            << tr("Nothing to import from %1: every entry is already there as the file has it.").arg(name)
            << Qt::endl;
        return CliCommands::Ok;
    }
    cli.err() << tr("%1 was not imported: %n row(s) refused; nothing was changed. Correct them and import "
                    "the file again, or import the good rows only (--good-rows-only).",
                    nullptr, result.badRows())
                     .arg(name)
              << Qt::endl;
    return CliCommands::Refused;
}

int TransferCommands::exportFile(CliCommands& cli, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), tr("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), tr("The CSV file to write."),
                                    QStringLiteral("FILE"));
    parser.addOptions({database, output});
    if (!parser.parse(args))
        return cli.usage(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    int code = CliCommands::Ok;
    const TransferKind* kind = kindOf(cli, positional, code);
    if (!kind)
        return code;
    if (positional.size() != 1 || !parser.isSet(database) || !parser.isSet(output))
        return cli.usage(tr("export needs KIND, --database DB and --output FILE.csv."));
    if (!ServerAddress::isServer(parser.value(database)) && !QFileInfo::exists(parser.value(database))) {
        cli.err() << tr("There is no database “%1”.").arg(parser.value(database)) << Qt::endl;
        return CliCommands::BadDatabase;
    }
    const ReadDatabase db(parser.value(database));
    const qint64 rows = ExportService(db.connection()).write(*kind, parser.value(output));
    cli.out() << tr("Wrote %n entries of %1 to %2.", nullptr, static_cast<int>(rows))
                     .arg(kind->titleText(), parser.value(output))
              << Qt::endl;
    return CliCommands::Ok;
}
