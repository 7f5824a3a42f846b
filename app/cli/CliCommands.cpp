#include "CliCommands.h"

#include "AttachCommands.h"
#include "BackupCommands.h"
#include "CallbacksCommand.h"
#include "CliMigrateCommand.h"
#include "ImprovementCommands.h"
#include "InitCommand.h"
#include "ReadDatabase.h"
#include "RoundPrintCommand.h"
#include "SampleCommand.h"
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
#include "db/MovedFile.h"
#include "deadlines/DeadlineCalculator.h"
#include "domain/CaseStatus.h"
#include "loops/VisitReportDocument.h"
#include "reports/DocumentLanguage.h"
#include "reports/DocumentPainter.h"
#include "reports/ReportService.h"

#include <QCommandLineParser>

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
    // One entry per command: its group, name, lines in the usage text, what runs it. A command
    // of its own file adds itself here with one line. The usage text keeps this order.
    m_commands = {
        {Group::SetUp, QStringLiteral("init"), InitCommand::usage(),
         [this](const QStringList& a) { return InitCommand::run(*this, a); }},
        {Group::SetUp, QStringLiteral("migrate"), CliMigrateCommand::usage(),
         [this](const QStringList& a) { return CliMigrateCommand::run(*this, a); }},
        {Group::SetUp, QStringLiteral("upgrade"), UpgradeCommand::usage(),
         [this](const QStringList& a) { return UpgradeCommand::run(*this, a); }},
        {Group::Read, QStringLiteral("cases"),
         tr("  cases  --database DB [--status S] [--limit N]   list case numbers, newest first, with what "
            "is due next"),
         [this](const QStringList& a) { return cases(a); }},
        {Group::Read, QStringLiteral("check"),
         tr("  check  --database DB   schema version (and how to upgrade an older database), a file's\n"
            "        integrity check, counts"),
         [this](const QStringList& a) { return check(a); }},
        {Group::Read, QStringLiteral("callbacks"), CallbacksCommand::usage(),
         [this](const QStringList& a) { return CallbacksCommand::run(*this, a); }},
        {Group::Read, QStringLiteral("actions"), ImprovementCommands::actionsUsage(),
         [this](const QStringList& a) { return ImprovementCommands::actions(*this, a); }},
        {Group::Read, QStringLiteral("attachments"), AttachCommands::listUsage(),
         [this](const QStringList& a) { return AttachCommands::list(*this, a); }},
        {Group::Read, QStringLiteral("export"), TransferCommands::exportUsage(),
         [this](const QStringList& a) { return TransferCommands::exportFile(*this, a); }},
        {Group::Read, QStringLiteral("stats"), StatsCommand::usage(),
         [this](const QStringList& a) { return StatsCommand::run(*this, a); }},
        {Group::Print, QStringLiteral("print"),
         tr("  print DOCUMENT CASE-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]\n"
            "        [--paper A4|Letter] [--with-photos]   a case's document; DOCUMENT is feedback-sheet,\n"
            "        service-report, return-visit-record or feedback-letter; --with-photos adds a page\n"
            "        of the case's photos to a feedback sheet or service report\n"
            "  print return-visit-report --from DATE --to DATE --database DB --output FILE.pdf\n"
            "        [--language en|zh_CN] [--paper A4|Letter] [--all-visits]   the managers' report of\n"
            "        a period: the visits with a problem, or every visit with --all-visits\n"
            "  print overdue-list --database DB --output FILE.pdf [--language en|zh_CN]\n"
            "  print visit-report VISIT-NUMBER --database DB --output FILE.pdf [--language en|zh_CN]"),
         [this](const QStringList& a) { return print(a); }},
        {Group::Print, QStringLiteral("print 8d"), ImprovementCommands::printUsage(),
         [this](const QStringList& a) { return ImprovementCommands::print(*this, a); }},
        {Group::Print, QStringLiteral("print survey-letters"), SurveyLettersCommand::usage(),
         [this](const QStringList& a) { return SurveyLettersCommand::run(*this, a); }},
        {Group::Print, QStringLiteral("print survey-summary"), SurveySummaryCommand::usage(),
         [this](const QStringList& a) { return SurveySummaryCommand::run(*this, a); }},
        {Group::Print, QStringLiteral("print round"), RoundPrintCommand::usage(),
         [this](const QStringList& a) { return RoundPrintCommand::run(*this, a); }},
        {Group::Add, QStringLiteral("import"), TransferCommands::importUsage(),
         [this](const QStringList& a) { return TransferCommands::importFile(*this, a); }},
        {Group::Add, QStringLiteral("attach"), AttachCommands::attachUsage(),
         [this](const QStringList& a) { return AttachCommands::attach(*this, a); }},
        {Group::FileOnly, QStringLiteral("backup"),
         tr("  backup --database FILE --output BACKUP      a checked copy of the database while people work"),
         [this](const QStringList& a) { return BackupCommands::backup(*this, a); }},
        {Group::FileOnly, QStringLiteral("restore"),
         tr("  restore --backup BACKUP --database FILE     put a backup in place of the database (kept "
            "aside)"),
         [this](const QStringList& a) { return BackupCommands::restore(*this, a); }},
        {Group::FileOnly, QStringLiteral("sample"), SampleCommand::usage(),
         [this](const QStringList& a) { return SampleCommand::run(*this, a); }},
    };
}

QString CliCommands::title(Group group)
{
    switch (group) {
    case Group::SetUp:
        return tr("Setting a database up and upgrading it (on a server: as the database's owner):");
    case Group::Read:
        return tr("Reading:");
    case Group::Print:
        return tr("Printing to PDF:");
    case Group::Add:
        return tr("Adding, as a QualityLoop user (NAME; the user's password comes from standard input):");
    case Group::FileOnly:
        return tr("A database file only:");
    }
    return {};
}

void CliCommands::printFooter(QTextStream& to)
{
    to << tr("--database DB: a database file, or a database on a PostgreSQL server,\n"
             "    postgresql://USER@HOST[:PORT]/DB (README: “A shared office”). USER is a login of the\n"
             "    server, not a QualityLoop user: its password comes from PGPASSWORD or ~/.pgpass.\n"
             "--database FILE (backup, restore, sample): a database file only; a server's database is\n"
             "    backed up with pg_dump and put back with pg_restore.\n"
             "DATE: as 2026-03-01.")
       << Qt::endl
       << Qt::endl
       << tr("Options: --help, --version; COMMAND --help shows that command's lines only.") << Qt::endl
       << tr("Exit codes: 0 done, 1 refused or not found, 2 wrong usage, 3 the database cannot be used\n"
             "    (not there, damaged, of an older or newer version, the server not reached or refusing).")
       << Qt::endl;
}

int CliCommands::usage(const QString& problem)
{
    QTextStream& to = problem.isEmpty() ? m_out : m_err;
    if (!problem.isEmpty())
        to << problem << Qt::endl << Qt::endl;
    if (!problem.isEmpty() && !m_running.isEmpty()) {
        printCommand(to, m_running);
        to << Qt::endl
           << tr("qualityloop-cli --help lists every command and what --database takes.") << Qt::endl;
        return Usage;
    }
    to << tr("Usage: qualityloop-cli COMMAND [OPTIONS]") << Qt::endl;
    for (int i = 0; i < m_commands.size(); ++i) {
        if (i == 0 || m_commands.at(i).group != m_commands.at(i - 1).group)
            to << Qt::endl << title(m_commands.at(i).group) << Qt::endl;
        to << m_commands.at(i).usage << Qt::endl;
    }
    to << Qt::endl;
    printFooter(to);
    return problem.isEmpty() ? Ok : Usage;
}

void CliCommands::printCommand(QTextStream& to, const QString& name)
{
    bool titled = false;
    for (const Command& command : std::as_const(m_commands)) {
        if (command.name != name && !command.name.startsWith(name + u' '))
            continue;
        if (!titled)
            to << title(command.group) << Qt::endl;
        titled = true;
        to << command.usage << Qt::endl;
    }
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
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printCommand(m_out, command->name);
        m_out << Qt::endl;
        printFooter(m_out);
        return Ok;
    }
    m_running = command->name;
    try {
        return command->run(args);
    } catch (const DatabaseError& error) {
        m_err << error.message() << Qt::endl;
        if (error.kind() == DatabaseError::Kind::Moved) // a refusal: the file is sound
            return Refused;
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
    if (printed == 0) // on standard error: standard output keeps only the cases' lines
        m_err << (parser.isSet(status) ? tr("No cases in status %1.").arg(parser.value(status))
                                       : tr("No cases."))
              << Qt::endl;
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
    if (db.isServer()) // DatabaseCheck reads no pages of a server: it says so, never "ok"
        m_out << tr("Integrity: not checked for a server's database (on the server: pg_amcheck)") << '\n';
    else
        m_out << tr("Integrity: %1")
                     .arg(report.integrityProblems.isEmpty() ? QStringLiteral("ok")
                                                             : report.integrityProblems.join(u'\n'))
              << '\n';
    const QString movedTo = MovedFile::movedTo(db.connection());
    if (!movedTo.isEmpty())
        m_out << tr("Moved: to the server %1; this file refuses every change and is the record of the move.")
                     .arg(movedTo)
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
