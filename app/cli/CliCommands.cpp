#include "CliCommands.h"

#include "UserError.h"
#include "cases/CaseListQuery.h"
#include "db/Database.h"
#include "db/DatabaseCheck.h"
#include "db/DatabaseError.h"
#include "deadlines/DeadlineCalculator.h"
#include "domain/CaseStatus.h"
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
}

int CliCommands::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl << Qt::endl;
    m_err << tr(
        "Usage: qualityloop-cli COMMAND [OPTIONS]\n\n"
        "Commands:\n"
        "  sample --database FILE --cases N [--seed S]   make a new database filled with sample data\n"
        "  cases  --database FILE [--status S] [--limit N]   list case numbers, newest first, with what "
        "is due next\n"
        "  check  --database FILE                        schema version, integrity check and counts\n\n"
        "Options: --help, --version\n"
        "Exit codes: 0 done, 1 refused or not found, 2 wrong usage, 3 the database file cannot be used.")
          << Qt::endl;
    return problem.isEmpty() ? Ok : Usage;
}

int CliCommands::run(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(tr("Name a command."));
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help"))
        return usage();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "qualityloop-cli " << QStringLiteral(QL_VERSION) << Qt::endl;
        return Ok;
    }
    try {
        if (command == QLatin1String("sample"))
            return sample(args);
        if (command == QLatin1String("cases"))
            return cases(args);
        if (command == QLatin1String("check"))
            return check(args);
    } catch (const DatabaseError& error) {
        m_err << error.message() << Qt::endl;
        return BadDatabase;
    } catch (const UserError& error) {
        m_err << error.message() << Qt::endl;
        return Refused;
    }
    return usage(tr("“%1” is not a command.").arg(command));
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
        return usage(tr("cases needs --database FILE; --limit takes a whole number from 1."));
    CaseFilter filter;
    if (parser.isSet(status))
        filter.status = CaseStatuses::code(CaseStatuses::fromCode(parser.value(status)));
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    const Database db(parser.value(database), options);
    const SystemClock clock;
    const CaseListQuery query(db.connection(), clock);
    const QDateTime now = clock.now();
    qint64 before = 0;
    int printed = 0;
    while (printed < n) {
        const QList<CaseListRow> rows = query.page(filter, before, std::min(500, n - printed));
        for (const CaseListRow& r : rows) {
            QString next = DeadlineCalculator::stepText(r.nextStep);
            if (!r.nextOwner.isEmpty())
                next += QStringLiteral(" [") + r.nextOwner + u']';
            if (r.nextDueAt.isValid())
                next += tr(" due %1").arg(
                    r.nextDueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
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
        return usage(tr("check needs --database FILE."));
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    const Database db(parser.value(database), options);
    const DatabaseReport report = DatabaseCheck::run(db.connection());
    m_out << tr("Schema version: %1 (this program: %2)").arg(report.schemaVersion).arg(report.latestVersion)
          << '\n';
    m_out << tr("Integrity: %1")
                 .arg(report.integrityProblems.isEmpty() ? QStringLiteral("ok")
                                                         : report.integrityProblems.join(u'\n'))
          << '\n';
    for (const auto& [table, count] : report.counts)
        m_out << table << ": " << count << '\n';
    m_out.flush();
    return report.integrityProblems.isEmpty() ? Ok : BadDatabase;
}
