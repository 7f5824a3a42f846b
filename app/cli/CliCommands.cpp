#include "CliCommands.h"

#include "AttachCommands.h"
#include "BackupCommands.h"
#include "CallbacksCommand.h"
#include "CliMigrateCommand.h"
#include "ImprovementCommands.h"
#include "InitCommand.h"
#include "ReadDatabase.h"
#include "RoundPrintCommand.h"
#include "StatsCommand.h"
#include "SurveyLettersCommand.h"
#include "SurveySummaryCommand.h"
#include "TransferCommands.h"
#include "UpgradeCommand.h"
#include "UserError.h"
#include "cases/AuditWords.h"
#include "cases/CaseListQuery.h"
#include "db/Database.h"
#include "db/DatabaseCheck.h"
#include "db/DatabaseError.h"
#include "db/ServerAddress.h"
#include "deadlines/DeadlineCalculator.h"
#include "domain/CaseStatus.h"
#include "loops/VisitReportDocument.h"
#include "reports/DocumentLanguage.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"
#include "sample/SampleData.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {
QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"), CliCommands::tr("The database FILE."), QStringLiteral("FILE")};
}
} // namespace

CliCommands::CliCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
    // One entry per command: its name, its line in the usage text, what runs it. A command of
    // its own file adds itself here with one line.
    m_commands = {
        {QStringLiteral("init"), InitCommand::usage(),
         [this](const QStringList& a) { return InitCommand::run(*this, a); }},
        {QStringLiteral("sample"),
         tr("  sample --database FILE --cases N [--seed S]   make a new database filled with sample data"),
         [this](const QStringList& a) { return sample(a); }},
        {QStringLiteral("cases"),
         tr("  cases  --database DB [--status S] [--limit N]   list case numbers, newest first, with what "
            "is due next"),
         [this](const QStringList& a) { return cases(a); }},
        {QStringLiteral("check"),
         tr("  check  --database DB                          schema version, integrity check and counts"),
         [this](const QStringList& a) { return check(a); }},
        {QStringLiteral("print"),
         tr("  print DOCUMENT CASE-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]\n"
            "        [--paper A4|Letter]   a case's document as PDF; DOCUMENT is feedback-sheet,\n"
            "        service-report, return-visit-record or feedback-letter\n"
            "  print return-visit-report --from DATE --to DATE --database DB --output FILE.pdf\n"
            "        [--language en|zh_CN] [--paper A4|Letter]   the managers' report of a period\n"
            "  print overdue-list --database DB --output FILE.pdf [--language en|zh_CN]\n"
            "  print visit-report VISIT-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]")
             + u'\n'
             + tr("        --with-photos   a feedback sheet or service report with a page of the case's "
                  "photos")
             + u'\n'
             + tr("        --all-visits    the return-visit report lists every visit, not only those with a "
                  "problem"),
         [this](const QStringList& a) { return print(a); }},
        {QStringLiteral("callbacks"), CallbacksCommand::usage(),
         [this](const QStringList& a) { return CallbacksCommand::run(*this, a); }},
        {QStringLiteral("backup"),
         tr("  backup --database FILE --output BACKUP      a checked copy of the database while people work"),
         [this](const QStringList& a) { return BackupCommands::backup(*this, a); }},
        {QStringLiteral("restore"),
         tr("  restore --backup BACKUP --database FILE     put a backup in place of the database (kept "
            "aside)"),
         [this](const QStringList& a) { return BackupCommands::restore(*this, a); }},
        {QStringLiteral("import"), TransferCommands::importUsage(),
         [this](const QStringList& a) { return TransferCommands::importFile(*this, a); }},
        {QStringLiteral("export"), TransferCommands::exportUsage(),
         [this](const QStringList& a) { return TransferCommands::exportFile(*this, a); }},
        {QStringLiteral("attach"), AttachCommands::attachUsage(),
         [this](const QStringList& a) { return AttachCommands::attach(*this, a); }},
        {QStringLiteral("attachments"), AttachCommands::listUsage(),
         [this](const QStringList& a) { return AttachCommands::list(*this, a); }},
        {QStringLiteral("stats"), StatsCommand::usage(),
         [this](const QStringList& a) { return StatsCommand::run(*this, a); }},
        {QStringLiteral("actions"), ImprovementCommands::actionsUsage(),
         [this](const QStringList& a) { return ImprovementCommands::actions(*this, a); }},
        {QStringLiteral("print survey-letters"), SurveyLettersCommand::usage(),
         [this](const QStringList& a) { return SurveyLettersCommand::run(*this, a); }},
        {QStringLiteral("print survey-summary"), SurveySummaryCommand::usage(),
         [this](const QStringList& a) { return SurveySummaryCommand::run(*this, a); }},
        {QStringLiteral("print round"), RoundPrintCommand::usage(),
         [this](const QStringList& a) { return RoundPrintCommand::run(*this, a); }},
        {QStringLiteral("migrate"), CliMigrateCommand::usage(),
         [this](const QStringList& a) { return CliMigrateCommand::run(*this, a); }},
        {QStringLiteral("upgrade"), UpgradeCommand::usage(),
         [this](const QStringList& a) { return UpgradeCommand::run(*this, a); }},
    };
}

int CliCommands::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl << Qt::endl;
    m_err << tr("Usage: qualityloop-cli COMMAND [OPTIONS]") << Qt::endl << Qt::endl;
    m_err << tr("Commands:") << Qt::endl;
    for (const Command& command : m_commands)
        m_err << command.usage << Qt::endl;
    m_err << Qt::endl
          << tr("--database DB: a database file, or a database on a PostgreSQL server,\n"
                "    postgresql://USER@HOST[:PORT]/DB (README: “A shared office”; the password from\n"
                "    PGPASSWORD or ~/.pgpass).\n"
                "--database FILE (backup, restore, sample): a database file only; a server's database is\n"
                "    backed up with pg_dump and put back with pg_restore.")
          << Qt::endl
          << Qt::endl
          << tr("Options: --help, --version") << Qt::endl
          << tr("Exit codes: 0 done, 1 refused or not found, 2 wrong usage, 3 the database cannot be used.")
          << Qt::endl;
    return problem.isEmpty() ? Ok : Usage;
}

int CliCommands::run(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(tr("Name a command."));
    const QString name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help"))
        return usage();
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        m_out << "qualityloop-cli " << QStringLiteral(QL_VERSION) << Qt::endl;
        return Ok;
    }
    // A command of two words ("print survey-letters") is found before one of its first word.
    const QString twoWords = name + QLatin1Char(' ') + args.value(1);
    auto command = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                [&](const Command& c) { return c.name == twoWords; });
    if (command == m_commands.cend())
        command = std::find_if(m_commands.cbegin(), m_commands.cend(),
                               [&](const Command& c) { return c.name == name; });
    if (command == m_commands.cend())
        return usage(tr("“%1” is not a command.").arg(name));
    try {
        return command->run(args);
    } catch (const DatabaseError& error) {
        m_err << error.message() << Qt::endl;
        const DatabaseError::Backup& backup = error.newestBackup();
        if (!backup.path.isEmpty())
            m_err << tr("To restore it: %1")
                         .arg(BackupCommands::restoreCommand(backup.path, backup.databasePath))
                  << Qt::endl;
        return BadDatabase;
    } catch (const UserError& error) {
        m_err << error.message() << Qt::endl;
        return Refused;
    }
}

int CliCommands::sample(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption count(QStringLiteral("cases"), tr("How many cases."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the random data."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    parser.addOptions({database, count, seed});
    if (!parser.parse(args))
        return usage(parser.errorText());
    bool countOk = false;
    bool seedOk = false;
    const qint64 n = parser.value(count).toLongLong(&countOk);
    const quint32 s = parser.value(seed).toUInt(&seedOk);
    if (!parser.isSet(database) || !countOk || n < 0 || !seedOk)
        return usage(tr("sample needs --database FILE and --cases N (a whole number)."));
    if (ServerAddress::isServer(parser.value(database))) {
        m_err << SampleData::refusedOnServer() << Qt::endl;
        return Refused;
    }
    const QFileInfo file(parser.value(database));
    if (file.exists() && file.size() > 0) {
        m_err << tr("“%1” already exists and is not empty. Sample data only goes into a new database, so "
                    "that it "
                    "is never mixed with real cases. Name a new file.")
                     .arg(file.filePath())
              << Qt::endl;
        return Refused;
    }
    Database db(file.filePath());
    QElapsedTimer timer;
    timer.start();
    SampleOptions options;
    options.cases = n;
    options.seed = s;
    options.progress = [this](qint64 done, qint64 total) {
        m_err << tr("%1 of %2 cases").arg(done).arg(total) << '\r';
        m_err.flush();
    };
    SampleData::generate(db.connection(), options);
    m_err << Qt::endl;
    m_out << tr("Made %1 sample cases in %2 s: %3")
                 .arg(n)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                 .arg(file.filePath())
          << Qt::endl;
    m_out << tr("Sample users: sales, quality, tech, support, manager, admin; password: %1")
                 .arg(SampleData::demoPassword())
          << Qt::endl;
    return Ok;
}

int CliCommands::cases(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption status(QStringLiteral("status"), tr("Only cases in status S."),
                                    QStringLiteral("S"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N cases."), QStringLiteral("N"),
                                   QStringLiteral("50"));
    parser.addOptions({database, status, limit});
    if (!parser.parse(args))
        return usage(parser.errorText());
    bool limitOk = false;
    const int n = parser.value(limit).toInt(&limitOk);
    if (!parser.isSet(database) || !limitOk || n < 1)
        return usage(tr("cases needs --database DB; --limit takes a whole number from 1."));
    CaseFilter filter;
    if (parser.isSet(status))
        filter.status = CaseStatuses::code(CaseStatuses::fromCode(parser.value(status)));
    const ReadDatabase db(parser.value(database));
    const SystemClock clock;
    const CaseListQuery query(db.connection(), clock);
    const QDateTime now = clock.now();
    // Who owes the next step by name, times in the company's time zone, said once.
    const QTimeZone zone = DeadlineRules::load(db.connection()).zone;
    const AuditWords words(db.connection(), zone);
    m_err << tr("Times are in the company's time zone, %1.").arg(QString::fromUtf8(zone.id())) << Qt::endl;
    qint64 before = 0;
    int printed = 0;
    while (printed < n) {
        const QList<CaseListRow> rows = query.page(filter, before, std::min(500, n - printed));
        for (const CaseListRow& r : rows) {
            QString next = DeadlineCalculator::stepText(r.nextStep);
            if (!r.nextOwner.isEmpty())
                next += QStringLiteral(" [")
                    + (r.nextOwner.startsWith(QLatin1String("unit:"))
                           ? words.unitName(r.nextOwner.mid(5).toLongLong())
                           : DeadlineCalculator::ownerName(r.nextOwner))
                    + u']';
            if (r.nextDueAt.isValid())
                next += tr(" due %1").arg(words.time(r.nextDueAt));
            if (r.nextDueAt.isValid() && r.nextDueAt < now)
                next += tr(" OVERDUE");
            m_out << r.number << '\t' << r.status << '\t' << next << '\n';
        }
        printed += static_cast<int>(rows.size());
        if (rows.isEmpty() || rows.size() < std::min(500, n - printed + static_cast<int>(rows.size())))
            break;
        before = rows.last().id;
    }
    m_out.flush();
    return Ok;
}

int CliCommands::check(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database = databaseOption();
    parser.addOption(database);
    if (!parser.parse(args) || !parser.isSet(database))
        return usage(tr("check needs --database DB."));
    // A database of any version: how far it is behind is what this command is asked for.
    const Database db(parser.value(database), ReadDatabase::options());
    const DatabaseReport report = DatabaseCheck::run(db.connection());
    m_out << tr("Schema version: %1 (this program: %2)").arg(report.schemaVersion).arg(report.latestVersion)
          << '\n';
    const QString older = ReadDatabase::older(db);
    if (!older.isEmpty())
        m_out << older << '\n';
    m_out << tr("Integrity: %1")
                 .arg(report.integrityProblems.isEmpty() ? QStringLiteral("ok")
                                                         : report.integrityProblems.join(u'\n'))
          << '\n';
    for (const auto& [table, count] : report.counts)
        m_out << table << ": " << count << '\n';
    m_out.flush();
    return report.integrityProblems.isEmpty() ? Ok : BadDatabase;
}

int CliCommands::print(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption output(QStringLiteral("output"), tr("The PDF FILE to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Language of the document: en or zh_CN."), QStringLiteral("CODE"),
                                      QStringLiteral("en"));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("Paper: A4 or Letter."),
                                   QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day of the period."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day of the period."), QStringLiteral("DATE"));
    const QCommandLineOption photos(QStringLiteral("with-photos"),
                                    tr("The case's photos on a page of their own."));
    const QCommandLineOption allVisits(QStringLiteral("all-visits"),
                                       tr("The return-visit report lists every visit."));
    parser.addOptions({database, output, language, paper, from, to, photos, allVisits});
    if (!parser.parse(args))
        return usage(parser.errorText());
    const QStringList words = parser.positionalArguments(); // DOCUMENT [CASE-NUMBER]
    const QString document = words.value(0);
    if (ImprovementCommands::printsDocument(document)) // issue 14: the 8D report, the rectification notice
        return ImprovementCommands::print(*this, args);
    if (!parser.isSet(database) || !parser.isSet(output) || document.isEmpty())
        return usage(tr("print needs a DOCUMENT, --database DB and --output FILE.pdf."));
    ReportOptions options;
    options.language = parser.value(language);
    if (!DocumentLanguage::isAvailable(options.language))
        return usage(tr("“%1” is not a language documents print in; use en or zh_CN.").arg(options.language));
    const QString size = parser.value(paper).toLower();
    if (size != QLatin1String("a4") && size != QLatin1String("letter"))
        return usage(tr("--paper is A4 or Letter."));
    options.pageSize = size == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    options.withPhotos = parser.isSet(photos);
    options.allVisits = parser.isSet(allVisits);

    ReportService::CaseDocument kind = ReportService::CaseDocument::FeedbackSheet;
    const bool caseDocument = ReportService::fromCode(document, kind);
    const bool visitReport = document == QLatin1String("visit-report"); // issue 15, a customer visit
    if (!caseDocument && !visitReport && document != QLatin1String("return-visit-report")
        && document != QLatin1String("overdue-list"))
        return usage(tr("“%1” is not a document that prints.").arg(document));
    if ((caseDocument || visitReport) && words.size() != 2)
        return usage(tr("print %1 needs one CASE-NUMBER.").arg(document));
    const QDate first = QDate::fromString(parser.value(from), Qt::ISODate);
    const QDate last = QDate::fromString(parser.value(to), Qt::ISODate);
    if (document == QLatin1String("return-visit-report") && (!first.isValid() || !last.isValid()))
        return usage(tr("return-visit-report needs --from and --to as dates like 2026-03-01."));

    const ReadDatabase db(parser.value(database));
    const ReportService reports(db.connection());
    QList<ReportDocument> documents;
    if (visitReport)
        documents.append(VisitReportDocument::ofNumber(db.connection(), words.at(1), options));
    else if (caseDocument)
        documents.append(reports.caseDocument(kind, reports.caseIdOfNumber(words.at(1)), options));
    else if (document == QLatin1String("overdue-list"))
        documents.append(reports.overdueList(options));
    else
        documents.append(reports.returnVisitReport(first, last, options));
    const QString problem = DocumentPainter::writePdf(documents, parser.value(output));
    if (!problem.isEmpty()) {
        m_err << problem << Qt::endl;
        return Refused;
    }
    m_out << tr("Printed %1 %2 to %3")
                 .arg(documents.first().title, documents.first().number, parser.value(output))
          << Qt::endl;
    return Ok;
}
