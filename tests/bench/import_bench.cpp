// Issue 11, item 5: how fast a delivery list of serial numbers and a register of past cases
// come in from CSV through `ImportService` (read and decode the file, every row checked, the
// audit log written, all in one transaction) against raw SQLite inserting the same rows from
// the same file (ImportBenchRaw: split the lines, look up the codes, insert). Each kind runs
// twice, the two sides interleaved, each side of each run in a new process on a new database.
//
//   import_bench [--serials 100000] [--cases 10000]
//
// Prints wall and CPU seconds of every run, the ratio of the rates (raw time / our time: 1.0 is
// as fast as raw SQLite) and the peak memory of each side's run; exits 1 when an import refused a row or
// missed one.
#include "ImportBenchRaw.h"
#include "MockClock.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "transfer/ColumnMapping.h"
#include "transfer/CsvReader.h"
#include "transfer/ImportService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

namespace {
constexpr int customerCount = 10;
constexpr int modelCount = 20;

struct Company
{
    explicit Company(const QString& path)
        : db(path)
    {
        User chief;
        chief.username = QStringLiteral("chief");
        chief.displayName = QStringLiteral("Chief");
        chief.role = Role::Administrator;
        admin = UserService(db.connection(), clock)
                    .createFirstAdministrator(chief, QStringLiteral("Seat-leak 2026"));
    }
    ImportResult import(const QString& kindId, const QString& file)
    {
        const TransferKind& kind = *TransferKinds::find(kindId);
        const CsvTable table = CsvReader::readFile(file);
        ImportOptions options;
        options.source = file;
        return ImportService(db.connection(), clock)
            .run(admin, kind, table, ColumnMapping::fromHeader(kind, table.header()), options);
    }
    qint64 count(const char* table) const
    {
        return Sql::scalar(db.connection(),
                           QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toLongLong();
    }
    MockClock clock;
    Database db;
    User admin;
};

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QByteArray serialsFile(int rows)
{
    QByteArray out = "serial_no,model,customer,order_no,batch_no,delivered\n";
    for (int i = 0; i < rows; ++i) {
        const int order = i / 1000;
        out += QStringLiteral("SN%1,M-%2,C-%3,PO-%4,B1,2025-06-30\n")
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(i % modelCount)
                   .arg(order % customerCount)
                   .arg(order)
                   .toUtf8();
    }
    return out;
}

// Half still logged, half closed; received over 2019-2024 (MockClock's today is later).
QByteArray casesFile(int rows)
{
    QByteArray out
        = "number,status,received_at,logged_at,closed_at,channel,customer,model,serial_no,quantity,"
          "is_objection,symptom\n";
    for (int i = 0; i < rows; ++i) {
        const QDateTime received
            = QDateTime(QDate(2019, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(i) * 6 * 3600);
        const bool closed = i % 2 == 1;
        out += QStringLiteral("QI-%1-%2,%3,%4,%5,%6,phone,C-%7,M-%8,SN%9,%10,%11,Packing leaks at the stem "
                              "after %12 cycles\n")
                   .arg(received.date().year())
                   .arg(i + 1, 5, 10, QLatin1Char('0'))
                   .arg(closed ? QStringLiteral("closed") : QStringLiteral("logged"))
                   .arg(received.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(received.addSecs(1800).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                   .arg(closed ? received.addDays(20).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               : QString())
                   .arg(i % customerCount)
                   .arg(i % modelCount)
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(1 + i % 3)
                   .arg(i % 7 == 0 ? QStringLiteral("yes") : QStringLiteral("no"))
                   .arg(100 + i)
                   .toUtf8();
    }
    return out;
}

void prepareLists(Company& c, const QString& dir)
{
    QByteArray customers = "code,name\n";
    for (int i = 0; i < customerCount; ++i)
        customers += QStringLiteral("C-%1,Customer %1\n").arg(i).toUtf8();
    QByteArray models = "code,name,product_line\n";
    for (int i = 0; i < modelCount; ++i)
        models += QStringLiteral("M-%1,Model %1,valve\n").arg(i).toUtf8();
    write(dir + QStringLiteral("/customers.csv"), customers);
    write(dir + QStringLiteral("/models.csv"), models);
    if (!c.import(QStringLiteral("customers"), dir + QStringLiteral("/customers.csv")).committed
        || !c.import(QStringLiteral("models"), dir + QStringLiteral("/models.csv")).committed)
        qFatal("the lists did not import");
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
    double peakMb = 0; // the peak memory of the run
};

// Wall and process CPU time of one run (the CPU time counts the background checkpoint too).
Timing timed(const std::function<void()>& run)
{
    QElapsedTimer timer;
    const std::clock_t cpu = std::clock();
    timer.start();
    run();
    return {double(timer.nsecsElapsed()) / 1e9, double(std::clock() - cpu) / CLOCKS_PER_SEC, 0};
}

// The process's peak memory from now on: the high-water mark goes back to the memory in use (Linux;
// before it, the administrator's password hash took 64 MB on both sides).
void resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// The peak memory in MB (VmHWM), -1 when unknown.
double peakMemoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return -1;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

// One side of one run, in this process: prints "wall cpu rows".
int side(const QString& kind, bool raw, const QString& file, const QString& database)
{
    Company company(database);
    prepareLists(company, QFileInfo(file).absolutePath());
    qint64 rows = 0;
    ImportResult result;
    resetPeakMemory();
    const Timing t = timed([&] {
        if (!raw) {
            result = company.import(kind, file);
            return;
        }
        sqlite3* h = Sql::handle(company.db.connection());
        rows = kind == QLatin1String("serials") ? ImportBenchRaw::serials(h, file)
                                                : ImportBenchRaw::cases(h, file, company.admin.id);
    });
    if (!raw) {
        if (!result.committed)
            std::fprintf(stderr, "%s\n",
                         result.problems.isEmpty() ? "not committed"
                                                   : qPrintable(result.problems.first().message));
        rows = result.committed ? company.count(kind == QLatin1String("serials") ? "serials" : "cases") : 0;
    }
    std::printf("%.4f %.4f %lld %.1f\n", t.wall, t.cpu, static_cast<long long>(rows), peakMemoryMb());
    return 0;
}

// Each side of each run in a fresh process of its own, so that neither pays for the other's
// first use of memory (the heap and SQLite's page cache grow once per process); false when a
// side missed rows.
bool compare(const char* kindId, const QString& file, int rows, const QTemporaryDir& dir)
{
    const QString kind = QString::fromLatin1(kindId);
    bool ok = true;
    double bestOurs = 1e9, bestRaw = 1e9;
    for (int run = 1; run <= 2; ++run) {
        Timing t[2];
        for (int raw = 0; raw <= 1; ++raw) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--side"), raw ? QStringLiteral("raw") : QStringLiteral("ours"),
                     QStringLiteral("--kind"), kind, QStringLiteral("--file"), file,
                     QStringLiteral("--database"),
                     dir.filePath(QStringLiteral("%1-%2-%3.sqlite").arg(kind).arg(run).arg(raw))});
            p.waitForFinished(-1);
            const QList<QByteArray> v = p.readAllStandardOutput().trimmed().split(' ');
            t[raw] = {v.value(0).toDouble(), v.value(1).toDouble(), v.value(3).toDouble()};
            if (p.exitCode() != 0 || v.value(2).toLongLong() != rows) {
                std::printf("FAILED: %s side stored %s of %d rows\n", raw ? "raw" : "our",
                            v.value(2).constData(), rows);
                ok = false;
            }
        }
        const Timing& o = t[0];
        const Timing& r = t[1];
        std::printf(
            "%d %s, run %d (load %.1f): ImportService %.2f s wall, %.2f s CPU (%.0f rows/s); raw SQLite "
            "%.2f s wall, %.2f s CPU (%.0f rows/s); ratio %.2f (CPU %.2f); peak memory %.0f MB (raw %.0f "
            "MB)\n",
            rows, kindId, run, loadAverage(), o.wall, o.cpu, rows / o.wall, r.wall, r.cpu, rows / r.wall,
            r.wall / o.wall, r.cpu / o.cpu, o.peakMb, r.peakMb);
        std::fflush(stdout);
        bestOurs = std::min(bestOurs, o.wall);
        bestRaw = std::min(bestRaw, r.wall);
    }
    std::printf(
        "%d %s: best of 2, ImportService %.2f s, raw %.2f s: ratio %.2f of the raw rate (target 0.70)\n",
        rows, kindId, bestOurs, bestRaw, bestRaw / bestOurs);
    return ok;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serials(QStringLiteral("serials"), QStringLiteral("How many serial numbers."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption cases(QStringLiteral("cases"), QStringLiteral("How many past cases."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption sideOption(QStringLiteral("side"), QStringLiteral("Internal: run one side."),
                                        QStringLiteral("ours|raw"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QStringLiteral("Internal."),
                                        QStringLiteral("K"));
    const QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("Internal."),
                                        QStringLiteral("F"));
    const QCommandLineOption dbOption(QStringLiteral("database"), QStringLiteral("Internal."),
                                      QStringLiteral("F"));
    parser.addOptions({serials, cases, sideOption, kindOption, fileOption, dbOption});
    parser.process(app);
    if (parser.isSet(sideOption))
        return side(parser.value(kindOption), parser.value(sideOption) == QLatin1String("raw"),
                    parser.value(fileOption), parser.value(dbOption));
    const int serialRows = parser.value(serials).toInt();
    const int caseRows = parser.value(cases).toInt();
    QTemporaryDir dir;
    bool ok = true;
    if (serialRows > 0) {
        const QString file = dir.filePath(QStringLiteral("serials.csv"));
        write(file, serialsFile(serialRows));
        ok = compare("serials", file, serialRows, dir) && ok;
    }
    if (caseRows > 0) {
        const QString file = dir.filePath(QStringLiteral("cases.csv"));
        write(file, casesFile(caseRows));
        ok = compare("cases", file, caseRows, dir) && ok;
    }
    return ok ? 0 : 1;
}
