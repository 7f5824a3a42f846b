#include "BenchTable.h"

#include "BenchUtil.h"

#include <algorithm>

namespace {
QString ms(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', value >= 1 ? 2 : 3);
}
double ratioOf(const BenchRow& row)
{
    const double raw = Bench::median(row.raw);
    return raw > 0 ? Bench::median(row.project) / raw : 0;
}
} // namespace

bool BenchTable::met(const BenchRow& row, QString& target)
{
    const double ratio = ratioOf(row);
    switch (row.target) {
    case BenchRow::Target::Ratio3:
        target = QStringLiteral("≤ 3×");
        return ratio <= 3;
    case BenchRow::Target::Save:
        target = QStringLiteral("≤ 2×, p99 < 50 ms");
        return ratio <= 2 && Bench::percentile(row.project, 99) < 50;
    case BenchRow::Target::Import:
        target = QStringLiteral("rate ≥ 0.7× raw");
        return ratio <= 1 / 0.7;
    case BenchRow::Target::Report:
        target = QStringLiteral("< 1 s");
        return Bench::median(row.project) < 1000;
    }
    return false;
}

QString BenchTable::render() const
{
    QString out = QStringLiteral(
        "| operation | project median (ms) | raw SQLite median (ms) | ratio | project p99 (ms) "
        "| target | met |\n|---|---:|---:|---:|---:|---|---|\n");
    for (const BenchRow& row : m_rows) {
        QString target;
        const bool ok = met(row, target);
        const bool save = row.target == BenchRow::Target::Save;
        out += QStringLiteral("| %1 | %2 | %3 | %4× | %5 | %6 | %7 |\n")
                   .arg(row.operation, ms(Bench::median(row.project)), ms(Bench::median(row.raw)),
                        QString::number(ratioOf(row), 'f', 2),
                        save ? ms(Bench::percentile(row.project, 99)) + QStringLiteral(" (raw ")
                                + ms(Bench::percentile(row.raw, 99)) + u')'
                             : QStringLiteral("–"),
                        target, ok ? QStringLiteral("yes") : QStringLiteral("**no**"));
    }
    return out;
}

QStringList BenchTable::slowerThan(double factor, double floorMs) const
{
    QStringList out;
    for (const BenchRow& row : m_rows) {
        const double project = Bench::median(row.project);
        const double raw = Bench::median(row.raw);
        if (project > factor * std::max(raw, floorMs))
            out.append(
                QStringLiteral("%1: project %2 ms, raw %3 ms").arg(row.operation, ms(project), ms(raw)));
    }
    return out;
}

QStringList BenchTable::missedTargets() const
{
    QStringList out;
    for (const BenchRow& row : m_rows) {
        QString target;
        if (!met(row, target))
            out.append(row.operation);
    }
    return out;
}
