#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// One line of the result table: an operation timed through the project's code and directly
// through SQLite, with the target it is held to.
struct BenchRow
{
    enum class Target
    {
        Ratio3,
        Save,
        Import,
        Report
    };
    QString operation;
    std::vector<double> project; // milliseconds per run
    std::vector<double> raw;
    Target target = Target::Ratio3;
};

class BenchTable
{
public:
    void add(BenchRow row) { m_rows.push_back(std::move(row)); }
    // A Markdown table: operation, medians, ratio, p99 of saves, target, met.
    QString render() const;
    // Operations where the project's median exceeds factor x max(raw median, floorMs).
    QStringList slowerThan(double factor, double floorMs) const;
    QStringList missedTargets() const;

private:
    static bool met(const BenchRow& row, QString& target);
    std::vector<BenchRow> m_rows;
};
