#include "RawImport.h"

#include "BenchUtil.h"
#include "RawSqlite.h"

#include <sqlite3.h>
#include <vector>

namespace {

// Tables the generator fills, parents before children.
const char* const tables[]
    = {"users",       "customers",        "contacts",    "product_models",   "shipments",
       "serials",     "service_agencies", "technicians", "technician_lines", "cases",
       "case_units",  "feedback_sheets",  "plans",       "service_records",  "visits",
       "visit_items", "follow_ups",       "audit_log",   "counters"};

constexpr int chunkRows = 20000;

double copyTable(sqlite3* from, sqlite3* to, const QByteArray& select, const QByteArray& insert)
{
    RawStatement read(from, select.constData());
    RawStatement write(to, insert.constData());
    const int columns = sqlite3_column_count(read.get());
    std::vector<sqlite3_value*> chunk;
    chunk.reserve(static_cast<size_t>(chunkRows * columns));
    double ms = 0;
    bool more = true;
    while (more) {
        int rows = 0;
        while (rows < chunkRows && (more = read.step())) {
            for (int c = 0; c < columns; ++c)
                chunk.push_back(sqlite3_value_dup(sqlite3_column_value(read.get(), c)));
            ++rows;
        }
        QElapsedTimer timer;
        timer.start();
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c)
                sqlite3_bind_value(write.get(), c + 1, chunk[static_cast<size_t>(r * columns + c)]);
            write.step();
            write.reset();
        }
        ms += Bench::msSince(timer);
        for (sqlite3_value* v : chunk)
            sqlite3_value_free(v);
        chunk.clear();
    }
    return ms;
}

} // namespace

double rawImport(const QString& source, const QString& target)
{
    RawDb from(source);
    RawDb to(target);
    double ms = 0;
    QElapsedTimer timer;
    timer.start();
    to.exec("BEGIN IMMEDIATE");
    ms += Bench::msSince(timer);
    for (const char* table : tables) {
        const QByteArray probe = QByteArray("SELECT * FROM ") + table + " LIMIT 0";
        RawStatement info(from.handle(), probe.constData());
        const int columns = sqlite3_column_count(info.get());
        QByteArray marks;
        for (int c = 1; c <= columns; ++c)
            marks += (c > 1 ? ",?" : "?") + QByteArray::number(c);
        ms += copyTable(from.handle(), to.handle(), QByteArray("SELECT * FROM ") + table,
                        QByteArray("INSERT OR REPLACE INTO ") + table + " VALUES (" + marks + ")");
    }
    // The search index in one batch after the rows, as the project's bulk path does.
    ms += copyTable(from.handle(), to.handle(), "SELECT rowid, body FROM case_search ORDER BY rowid",
                    "INSERT INTO case_search(rowid, body) VALUES (?1, ?2)");
    timer.restart();
    to.exec("COMMIT");
    ms += Bench::msSince(timer);
    return ms;
}
