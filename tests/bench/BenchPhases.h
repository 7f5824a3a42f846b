#pragma once

#include "BenchTable.h"

#include <QString>

struct BenchOptions
{
    qint64 cases = 1000000;
    QString database; // the benchmark database file
    bool reuse = false; // use the file as it is when it exists
    bool quick = false; // the short run of the test suite
    int runs = 15; // timed runs per read operation
    int warmup = 3;
    int saves = 1000; // durable saves timed per kind
    qint64 importCases = 50000;
    int importRuns = 3;
    int coldRuns = 7;
    QString workDir; // scratch files (import)
    QString self; // this program, for the cold runs
};

// Each phase times the project's own code and the same work through the SQLite C API.
void readPhase(const BenchOptions& options, BenchTable& table);
void reportPhase(const BenchOptions& options, BenchTable& table);
void savePhase(const BenchOptions& options, BenchTable& table);
void importPhase(const BenchOptions& options, BenchTable& table);
void coldPhase(const BenchOptions& options, BenchTable& table);
// What a cold child process does: open and produce the first page, once. Returns 0 on success.
int runColdChild(const QString& mode, const QString& database);
// Builds the benchmark database through SampleData::generate; returns milliseconds.
double generateDatabase(const QString& path, qint64 cases, bool progress);
