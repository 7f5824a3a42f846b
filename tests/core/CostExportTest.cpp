#include "FlowDriver.h"
#include "LatestCase.h"
#include "TestPaths.h"
#include "UserError.h"
#include "cases/CaseListQuery.h"
#include "db/Sql.h"
#include "export/CaseListExport.h"
#include "export/StatsExport.h"
#include "reports/DocumentContext.h"
#include "reports/DocumentPainter.h"
#include "stats/StatsDocument.h"
#include "stats/StatsService.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>
#include <optional>

// Issue 13: the cost of poor quality recorded on the service and return forms, summed by the
// statistics; statistics and case lists out to .xlsx (read back with openpyxl) and CSV.

namespace {
CostData costs(qint64 parts, double hours, qint64 travel, qint64 replacement)
{
    CostData c;
    c.partsCost = parts;
    c.labourHours = hours;
    c.travelCost = travel;
    c.replacementCost = replacement;
    return c;
}

StatsFilter spring()
{
    StatsFilter f;
    f.from = QDate(2026, 3, 1);
    f.to = QDate(2026, 3, 31);
    return f;
}

// Two cases of the test's defect category with costs: an on-site service and a return.
struct CostWorld
{
    CostWorld()
        : d(t)
    {
        Sql::exec(t.connection(),
                  QStringLiteral("UPDATE settings SET value = '8000' WHERE key = 'cost.labour_rate'"));
        onSite = d.log();
        d.toPlanned(onSite);
        d.clock.advanceHours(20);
        ServiceData s = d.service();
        s.costs = costs(125050, 3.5, 30000, 0); // 1,250.50 parts, 3.5 h, 300.00 travel
        d.flow.recordOnSiteService(t.technician, latest(d.flow, onSite), s);
        returned = d.log();
        d.toSheetIssued(returned);
        PlanData plan;
        plan.kind = PlanKind::ReturnToFactory;
        plan.returnOrderNo = QStringLiteral("RP-2026-0042");
        d.flow.planProcessing(t.sales, latest(d.flow, returned), plan);
        d.flow.recordReturnStage(t.sales, latest(d.flow, returned), ReturnStage::Received, {},
                                 costs(0, 0, 8000, 0));
        d.flow.recordReturnStage(t.sales, latest(d.flow, returned), ReturnStage::Reworked, {},
                                 costs(40000, 6, 0, 0));
        d.flow.recordReturnStage(t.sales, latest(d.flow, returned), ReturnStage::Resupplied, {},
                                 costs(0, 0, 12000, 900000));
    }
    TestDatabase t;
    FlowDriver d;
    qint64 onSite = 0;
    qint64 returned = 0;
};

// Counts Qt's warnings while it lives, e.g. QPSQL's "Query results lost" (a server's forward-only
// result discarded by another statement on the connection before it was read to its end).
class WarningCount
{
public:
    WarningCount() { s_previous = qInstallMessageHandler(&WarningCount::handle); }
    ~WarningCount() { qInstallMessageHandler(s_previous); }
    WarningCount(const WarningCount&) = delete;
    WarningCount& operator=(const WarningCount&) = delete;
    static QStringList& seen()
    {
        static QStringList messages;
        return messages;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type == QtWarningMsg)
            seen().append(message);
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QtMessageHandler s_previous = nullptr;
};

QString python(const QString& script, const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), // Debian's, with python3-openpyxl
            QStringList {QStringLiteral("-c"), script} + args);
    REQUIRE(p.waitForFinished(20000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Every cell of a sheet from the header row on, a line per row, cells separated by tabs.
const QString readSheet = QStringLiteral(R"(
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1], data_only=True)
print("|".join(book.sheetnames))
sheet = book[sys.argv[2]]
for row in sheet.iter_rows(min_row=4, values_only=True):
    print("\t".join("" if v is None else str(v) for v in row))
)");
} // namespace

TEST_CASE("Costs of the service and return forms survive a restart and are summed by the Pareto",
          "[stats][costs]")
{
    CostWorld w;
    w.t.reopen();
    const WorkflowService flow(w.t.connection(), w.d.clock);
    CHECK(flow.load(w.onSite).costs.size() == 1);
    CHECK(flow.load(w.onSite).costs.first().partsCost == 125050);
    CHECK(flow.load(w.returned).costs.size() == 3);

    const StatsService stats(w.t.connection(), w.d.clock, QStringLiteral("en"));
    WarningCount::seen().clear();
    std::optional<WarningCount> warnings(std::in_place);
    const StatsReport report = stats.pareto(spring(), CaseCut::Defect);
    REQUIRE(report.tables.size() == 1);
    const StatsTable& t = report.tables.first();
    REQUIRE(t.rows.size() == 1); // both cases have the one defect category of the test world
    CHECK(t.rows[0][1].toLongLong() == 2);
    // Parts 1,250.50 + 400.00; labour 9.5 h at 80.00; travel 300 + 80 + 120; replacement 9,000.
    CHECK(t.rows[0][6].toLongLong() == 165050);
    CHECK(t.rows[0][7].toDouble() == Approx(9.5));
    CHECK(t.rows[0][8].toLongLong() == 76000);
    CHECK(t.rows[0][9].toLongLong() == 50000);
    CHECK(t.rows[0][10].toLongLong() == 900000);
    CHECK(t.rows[0][5].toLongLong() == 165050 + 76000 + 50000 + 900000);

    // By cost: the responsible units are weighed by what their cases cost (each case counts for
    // each of its units, as the note says).
    ParetoOptions byCost;
    byCost.byCost = true;
    const StatsReport units = stats.pareto(spring(), CaseCut::Unit, byCost);
    REQUIRE(units.tables.size() == 1);
    CHECK(units.tables[0].header[1] == QStringLiteral("Cost"));
    CHECK(units.tables[0].rows[0][1].toLongLong() == 165050 + 76000 + 50000 + 900000);
    warnings.reset();
    CHECK(WarningCount::seen().filter(QStringLiteral("results lost")).isEmpty());
}

TEST_CASE("A negative cost or impossible hours are refused next to the field and nothing is saved",
          "[stats][costs]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    d.toPlanned(id);
    ServiceData s = d.service();
    s.costs = costs(-100, 20000, 0, 0);
    try {
        d.flow.recordOnSiteService(t.technician, latest(d.flow, id), s);
        FAIL("a negative cost was saved");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().contains(QStringLiteral("partsCost")));
        CHECK(e.fieldErrors().contains(QStringLiteral("labourHours")));
    }
    const QualityCase c = d.flow.load(id);
    CHECK(c.status == CaseStatus::Planned);
    CHECK(c.costs.isEmpty());
    CHECK_FALSE(c.service.has_value());
}

TEST_CASE(
    "A statistic to .xlsx reads back with the same numbers: CSV has category, count, percent, cumulative",
    "[stats][export]")
{
    CostWorld w;
    const StatsService stats(w.t.connection(), w.d.clock, QStringLiteral("en"));
    const StatsReport report = stats.pareto(spring(), CaseCut::Unit);
    REQUIRE(report.tables.size() == 1);
    const StatsTable& t = report.tables.first();
    REQUIRE(t.rows.size() == 2); // R&D and manufacturing, each of both cases

    const QString xlsx = w.t.dir() + QStringLiteral("/units.xlsx");
    CHECK(StatsExport::writeXlsx(report, xlsx).isEmpty());
    const QStringList lines = python(readSheet, {xlsx, t.sheet}).split(u'\n');
    CHECK(lines[0] == t.sheet);
    CHECK(lines[1].split(u'\t').mid(0, 4) == t.header.mid(0, 4));
    for (int r = 0; r < t.rows.size(); ++r) {
        const QStringList cells = lines[2 + r].split(u'\t');
        CHECK(cells[0] == t.rows[r][0].toString());
        CHECK(cells[1].toDouble() == t.rows[r][1].toDouble());
        CHECK(cells[2].toDouble() * 100 == Approx(t.rows[r][2].toDouble()));
        CHECK(cells[3].toDouble() * 100 == Approx(t.rows[r][3].toDouble()));
        CHECK(cells[6].toDouble() == Approx(t.rows[r][6].toDouble() / 100)); // money in currency units
    }
    CHECK_FALSE(QFile::exists(xlsx + QStringLiteral(".part")));

    const QString csv = w.t.dir() + QStringLiteral("/units.csv");
    CHECK(StatsExport::writeCsv(t, csv, 4).isEmpty());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll())
                                 .split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].endsWith(QStringLiteral("Responsible unit,Cases,Percent,Cumulative percent")));
    CHECK(rows[1].section(u',', 1, 1) == QStringLiteral("2"));
    CHECK(rows[2].section(u',', 3, 3) == QStringLiteral("100.00"));
}

TEST_CASE("A case list to .xlsx has every case its filter gives, newest first", "[stats][export]")
{
    CostWorld w;
    const QString xlsx = w.t.dir() + QStringLiteral("/cases.xlsx");
    CaseFilter open;
    open.openOnly = true;
    CHECK(CaseListExport::write(w.t.connection(), w.d.clock, open, xlsx).isEmpty());
    const QString script = QStringLiteral(R"(
import sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
for row in sheet.iter_rows(values_only=True):
    print("\t".join("" if v is None else str(v) for v in row))
)");
    const QStringList lines = python(script, {xlsx}).split(u'\n', Qt::SkipEmptyParts);
    const CaseListQuery list(w.t.connection(), w.d.clock);
    const QList<CaseListRow> rows = list.page(open, 0, 100);
    REQUIRE(rows.size() == 2);
    REQUIRE(lines.size() == 3);
    const int header = 0;
    CHECK(lines[header].split(u'\t') == CaseListExport::header());
    CHECK(lines[header + 1].startsWith(rows[0].number));
    CHECK(lines[header + 2].startsWith(rows[1].number));
}

TEST_CASE("A Pareto printed to PDF has its title, its categories and the cumulative percent",
          "[stats][export]")
{
    CostWorld w;
    const StatsService stats(w.t.connection(), w.d.clock, QStringLiteral("en"));
    const StatsReport report = stats.pareto(spring(), CaseCut::Unit);
    REQUIRE(report.tables.size() == 1);
    ReportOptions options;
    options.now = w.d.clock.now();
    const DocumentContext context(w.t.connection(), options);
    const QString pdf = w.t.dir() + QStringLiteral("/units.pdf");
    REQUIRE(DocumentPainter::writePdf({StatsDocument(context).build(report)}, pdf).isEmpty());
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(20000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Pareto of responsible units")));
    CHECK(text.contains(QStringLiteral("Cumulative percent")));
    CHECK(text.contains(report.tables[0].rows[0][0].toString()));
    CHECK(text.contains(QStringLiteral("100.0%")));
}

TEST_CASE("qualityloop-cli stats pareto writes the CSV of a period: an empty period says so",
          "[stats][export][cli]")
{
    CostWorld w;
    const QString csv = w.t.dir() + QStringLiteral("/cli.csv");
    QProcess p;
    p.start(testPath("QL_CLI_PATH"),
            {QStringLiteral("stats"), QStringLiteral("pareto"), QStringLiteral("--by"),
             QStringLiteral("unit"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
             QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--database"), w.t.path(),
             QStringLiteral("--output"), csv});
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    CHECK(p.exitCode() == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll())
                                 .split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].endsWith(QStringLiteral("Responsible unit,Cases,Percent,Cumulative percent")));
    CHECK(rows[1].section(u',', 1, 1) == QStringLiteral("2"));
    CHECK(rows[1].section(u',', 2, 2) == QStringLiteral("50.00"));

    p.start(testPath("QL_CLI_PATH"),
            {QStringLiteral("stats"), QStringLiteral("trend"), QStringLiteral("--from"),
             QStringLiteral("2019-01-01"), QStringLiteral("--to"), QStringLiteral("2019-02-01"),
             QStringLiteral("--database"), w.t.path(), QStringLiteral("--output"),
             w.t.dir() + QStringLiteral("/empty.csv")});
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitCode() == 1);
    CHECK(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("2019-01-01")));
}
