#pragma once

#include "PgBenchTable.h"

#include <QString>

struct PgBenchOptions
{
    QString address; // postgresql://USER@HOST[:PORT]/DB of the benchmark database
    int runs = 15; // timed runs per read operation
    int warmup = 3;
    int saves = 300; // durable saves timed per kind
};

// Each phase times the project's own code through QPSQL and the same work through libpq.
void pgReadPhase(const PgBenchOptions& options, PgBenchTable& table);
void pgSearchPhase(const PgBenchOptions& options, PgBenchTable& table);
void pgSavePhase(const PgBenchOptions& options, PgBenchTable& table);
