#include "PgBenchTable.h"

#include "BenchUtil.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {
QString ms(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', value >= 1 ? 2 : 3);
}

double ratio(const std::vector<double>& project, const std::vector<double>& raw)
{
    const double r = Bench::median(raw);
    return r > 0 ? Bench::median(project) / r : 0;
}

double processMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

void timeOne(const std::function<void()>& f, const PgProcessorClock& clock, PgSample* into)
{
    const double cpu0 = clock.nowMs();
    QElapsedTimer timer;
    timer.start();
    f();
    const double wall = Bench::msSince(timer);
    const double cpu = clock.nowMs() - cpu0;
    if (into) {
        into->wall.push_back(wall);
        into->cpu.push_back(cpu);
    }
}

void print(const PgRow& row)
{
    if (!row.pending.isEmpty()) {
        std::fprintf(stderr, "  %-44s project pending  raw %9.3f ms\n", qPrintable(row.operation),
                     Bench::median(row.raw.wall));
        return;
    }
    std::fprintf(stderr, "  %-44s project %9.3f ms  raw %9.3f ms  (processor %.3f / %.3f ms)\n",
                 qPrintable(row.operation), Bench::median(row.project.wall), Bench::median(row.raw.wall),
                 Bench::median(row.project.cpu), Bench::median(row.raw.cpu));
}
} // namespace

PgProcessorClock::PgProcessorClock(int backendPid)
    : m_schedstat(backendPid > 0 ? QStringLiteral("/proc/%1/schedstat").arg(backendPid) : QString())
{
}

double PgProcessorClock::nowMs() const
{
    double total = processMs();
    if (!m_schedstat.isEmpty()) {
        // The first number: nanoseconds the server process has run on a processor.
        QFile f(m_schedstat);
        if (f.open(QIODevice::ReadOnly))
            total += static_cast<double>(f.readLine().split(' ').value(0).toLongLong()) / 1e6;
    }
    return total;
}

void timePgPair(int warmup, int runs, const std::function<void()>& project, const std::function<void()>& raw,
                const PgProcessorClock& projectClock, const PgProcessorClock& rawClock, PgRow& row)
{
    for (int i = 0; i < warmup + runs; ++i) {
        const bool timed = i >= warmup;
        timeOne(project, projectClock, timed ? &row.project : nullptr);
        timeOne(raw, rawClock, timed ? &row.raw : nullptr);
    }
    print(row);
}

void timePgRaw(int warmup, int runs, const std::function<void()>& raw, const PgProcessorClock& rawClock,
               PgRow& row)
{
    for (int i = 0; i < warmup + runs; ++i)
        timeOne(raw, rawClock, i >= warmup ? &row.raw : nullptr);
    print(row);
}

void PgBenchTable::add(PgRow row)
{
    m_rows.push_back(std::move(row));
}

bool PgBenchTable::met(const PgRow& row, QString& target)
{
    const double r = ratio(row.project.wall, row.raw.wall);
    if (row.target == PgRow::Target::Save) {
        target = QStringLiteral("≤ 2×");
        return r <= 2;
    }
    target = QStringLiteral("≤ 3×");
    return r <= 3;
}

QString PgBenchTable::render() const
{
    QString out = QStringLiteral(
        "| operation | project median (ms) | raw libpq median (ms) | ratio | processor: project / raw (ms) "
        "| processor ratio | p99 (ms): project / raw | target | met |\n"
        "|---|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (const PgRow& row : m_rows) {
        QString target;
        const bool ok = met(row, target);
        if (!row.pending.isEmpty()) {
            out += QStringLiteral("| %1 | %2 | %3 | – | – / %4 | – | – | %5 | pending |\n")
                       .arg(row.operation, row.pending, ms(Bench::median(row.raw.wall)),
                            ms(Bench::median(row.raw.cpu)), target);
            continue;
        }
        const bool save = row.target == PgRow::Target::Save;
        out += QStringLiteral("| %1 | %2 | %3 | %4× | %5 / %6%7 | %8× | %9 | %10 | %11 |\n")
                   .arg(row.operation, ms(Bench::median(row.project.wall)), ms(Bench::median(row.raw.wall)),
                        QString::number(ratio(row.project.wall, row.raw.wall), 'f', 2),
                        ms(Bench::median(row.project.cpu)), ms(Bench::median(row.raw.cpu)),
                        row.cpuClientOnly ? QStringLiteral(" (this process only)") : QString(),
                        QString::number(ratio(row.project.cpu, row.raw.cpu), 'f', 2),
                        save ? ms(Bench::percentile(row.project.wall, 99)) + QStringLiteral(" / ")
                                + ms(Bench::percentile(row.raw.wall, 99))
                             : QStringLiteral("–"))
                   .arg(target, ok ? QStringLiteral("yes") : QStringLiteral("**no**"));
    }
    return out;
}

QStringList PgBenchTable::missedTargets() const
{
    QStringList out;
    for (const PgRow& row : m_rows) {
        QString target;
        if (row.pending.isEmpty() && !met(row, target))
            out.append(row.operation);
    }
    return out;
}

bool PgBenchTable::hasPending() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const PgRow& row) { return !row.pending.isEmpty(); });
}
