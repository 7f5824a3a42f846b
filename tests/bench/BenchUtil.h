#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <vector>

// Timing helpers of the benchmark: milliseconds, medians and the 99th percentile, the peak
// memory of the process, and evicting a file from the page cache for cold runs.
namespace Bench {

double median(std::vector<double> v);
double percentile(std::vector<double> v, double p);

// Runs f warmup times untimed, then runs times; returns each run in milliseconds.
std::vector<double> time(int warmup, int runs, const std::function<void()>& f);
// Alternates project and raw runs so that noise from other processes hits both alike.
void timePair(int warmup, int runs, const std::function<void()>& project, const std::function<void()>& raw,
              std::vector<double>& projectMs, std::vector<double>& rawMs);

double msSince(const QElapsedTimer& timer);
qint64 peakMemoryKb(); // VmHWM of this process
// Drops the pages of the database file and its WAL from the OS page cache (no root needed).
void evictFromPageCache(const QString& databasePath);

} // namespace Bench
