#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// The server benchmark's clock and table (pg_bench). Each run is timed twice: wall time, and
// processor time = this process's plus the server process's that served the connection (read
// from /proc/PID/schedstat: the server runs on the same machine), so that the other processes
// on a shared machine show in the first and not in the second.
class PgProcessorClock
{
public:
    // backendPid 0: this process only (a connection made inside the timed run).
    explicit PgProcessorClock(int backendPid = 0);
    double nowMs() const;

private:
    QString m_schedstat;
};

struct PgSample
{
    std::vector<double> wall; // milliseconds per run
    std::vector<double> cpu;
};

struct PgRow
{
    enum class Target
    {
        Ratio3,
        Save
    };
    QString operation;
    PgSample project;
    PgSample raw;
    Target target = Target::Ratio3;
    QString pending; // why the project's side is not timed (then only the raw side is)
    bool cpuClientOnly = false; // the server's processor time could not be counted
};

// Alternates project and raw runs so that noise from other processes hits both alike.
void timePgPair(int warmup, int runs, const std::function<void()>& project, const std::function<void()>& raw,
                const PgProcessorClock& projectClock, const PgProcessorClock& rawClock, PgRow& row);
// Times only the raw side (the project's side is pending).
void timePgRaw(int warmup, int runs, const std::function<void()>& raw, const PgProcessorClock& rawClock,
               PgRow& row);

class PgBenchTable
{
public:
    void add(PgRow row);
    QString render() const; // Markdown
    QStringList missedTargets() const;
    bool hasPending() const; // a row whose project side is not timed

private:
    static bool met(const PgRow& row, QString& target);
    std::vector<PgRow> m_rows;
};
