#pragma once

#include <QString>

// The server's copy of a generated database for pg_bench: N cases made by SampleData in an
// SQLite file (kept and reused when it is there), moved to a database of their own on the server
// by OfficeMove (what `qualityloop-cli migrate` does), then VACUUM ANALYZE, as after any bulk load.
struct PgBenchData
{
    QString server; // postgresql://USER@HOST[:PORT]/DB of any database on the server
    QString database; // the benchmark's database on that server
    QString file; // the SQLite file the cases are generated in
    qint64 cases = 100000;
    bool reuse = false; // keep the server database when it holds the cases already

    // The address of the benchmark database, ready (made when needed).
    QString prepare() const;
};
