#pragma once

#include <QString>

struct sqlite3;

// The raw side of import_bench (issue 11, item 5): the same CSV file read and split with no
// decoding beyond UTF-8, no quotes, no checks and no audit rows, the same rows inserted through
// the SQLite C API with statements prepared once, in one transaction, into the same tables with
// the same indexes. Each returns the rows inserted.
namespace ImportBenchRaw {
// serial_no,model,customer,order_no,batch_no,delivered: the model and (per new batch) the
// customer looked up by code, each batch found or added once.
qint64 serials(sqlite3* db, const QString& file);
// number,status,received_at,logged_at,closed_at,channel,customer,model,serial_no,quantity,
// is_objection,symptom: customer and model looked up by code, times parsed in UTC, the case
// inserted with the same columns the importer writes (deadline columns NULL) and its text put
// in the search index (case_search), as the importer does.
qint64 cases(sqlite3* db, const QString& file, qint64 userId);
} // namespace ImportBenchRaw
