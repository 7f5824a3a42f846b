#include "ImportBenchRaw.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QList>

#include <sqlite3.h>

namespace {
void check(int rc, sqlite3* db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("sqlite: %s", sqlite3_errmsg(db));
}

sqlite3_stmt* prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    check(sqlite3_prepare_v2(db, sql, -1, &s, nullptr), db);
    return s;
}

void text(sqlite3_stmt* s, int i, const QByteArray& v)
{
    sqlite3_bind_text(s, i, v.constData(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

qint64 idOf(sqlite3_stmt* s)
{
    qint64 id = 0;
    if (sqlite3_step(s) == SQLITE_ROW)
        id = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    return id;
}

void step(sqlite3* db, sqlite3_stmt* s)
{
    check(sqlite3_step(s), db);
    sqlite3_reset(s);
}

QList<QByteArray> lines(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    return f.readAll().split('\n');
}

// "2024-03-05 14:05" as epoch seconds, UTC; 0 for empty.
qint64 epoch(const QByteArray& v)
{
    if (v.isEmpty())
        return 0;
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(v), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(t.date(), t.time(), Qt::UTC).toSecsSinceEpoch();
}
} // namespace

namespace ImportBenchRaw {

qint64 serials(sqlite3* db, const QString& file)
{
    const QList<QByteArray> rows = lines(file);
    sqlite3_stmt* model = prepare(db, "SELECT id FROM product_models WHERE code = ?");
    sqlite3_stmt* customer = prepare(db, "SELECT id FROM customers WHERE code = ?");
    sqlite3_stmt* batch = prepare(db, "SELECT id FROM shipments WHERE order_no = ? AND batch_no = ?");
    sqlite3_stmt* addBatch = prepare(
        db, "INSERT INTO shipments(order_no, batch_no, customer_id, shipped_at) VALUES (?, ?, ?, ?)");
    sqlite3_stmt* serial
        = prepare(db, "INSERT INTO serials(serial_no, shipment_id, model_id) VALUES (?, ?, ?)");
    const qint64 shipped = QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    QHash<QByteArray, qint64> batches;
    qint64 n = 0;
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db);
    for (int i = 1; i < rows.size(); ++i) {
        if (rows.at(i).isEmpty())
            continue;
        const QList<QByteArray> v = rows.at(i).split(',');
        text(model, 1, v.at(1));
        const qint64 modelId = idOf(model);
        const QByteArray key = v.at(3) + ',' + v.at(4);
        qint64 batchId = batches.value(key);
        if (batchId == 0) {
            text(batch, 1, v.at(3));
            text(batch, 2, v.at(4));
            batchId = idOf(batch);
            if (batchId == 0) {
                text(customer, 1, v.at(2));
                text(addBatch, 1, v.at(3));
                text(addBatch, 2, v.at(4));
                sqlite3_bind_int64(addBatch, 3, idOf(customer));
                sqlite3_bind_int64(addBatch, 4, shipped);
                step(db, addBatch);
                batchId = sqlite3_last_insert_rowid(db);
            }
            batches.insert(key, batchId);
        }
        text(serial, 1, v.at(0));
        sqlite3_bind_int64(serial, 2, batchId);
        sqlite3_bind_int64(serial, 3, modelId);
        step(db, serial);
        ++n;
    }
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    for (sqlite3_stmt* s : {model, customer, batch, addBatch, serial})
        sqlite3_finalize(s);
    return n;
}

qint64 cases(sqlite3* db, const QString& file, qint64 userId)
{
    const QList<QByteArray> rows = lines(file);
    sqlite3_stmt* model = prepare(db, "SELECT id FROM product_models WHERE code = ?");
    sqlite3_stmt* customer = prepare(db, "SELECT id FROM customers WHERE code = ?");
    sqlite3_stmt* insert = prepare(
        db,
        "INSERT INTO cases(number, status, received_at, channel, customer_id, contact_name, contact_phone, "
        "model_id, serial_no, batch_no, order_no, quantity, symptom, customer_request, site_address, "
        "is_objection, logged_at, logged_by, closed_at, verification, analysis, temporary_measures, "
        "disposal_suggestion, problem_summary, treatment_result, written_feedback) VALUES (?, ?, ?, ?, ?, "
        "'', '', ?, ?, '', '', ?, ?, '', '', ?, ?, ?, ?, '', '', '', '', '', '', '')");
    sqlite3_stmt* search = prepare(db, "INSERT INTO case_search(rowid, body) VALUES (?, ?)");
    qint64 n = 0;
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db);
    for (int i = 1; i < rows.size(); ++i) {
        if (rows.at(i).isEmpty())
            continue;
        // number,status,received_at,logged_at,closed_at,channel,customer,model,serial_no,quantity,
        // is_objection,symptom
        const QList<QByteArray> v = rows.at(i).split(',');
        text(customer, 1, v.at(6));
        text(model, 1, v.at(7));
        text(insert, 1, v.at(0));
        text(insert, 2, v.at(1));
        sqlite3_bind_int64(insert, 3, epoch(v.at(2)));
        text(insert, 4, v.at(5));
        sqlite3_bind_int64(insert, 5, idOf(customer));
        sqlite3_bind_int64(insert, 6, idOf(model));
        text(insert, 7, v.at(8));
        sqlite3_bind_int64(insert, 8, v.at(9).toLongLong());
        text(insert, 9, v.at(11));
        sqlite3_bind_int64(insert, 10, v.at(10) == "yes" ? 1 : 0);
        sqlite3_bind_int64(insert, 11, epoch(v.at(3)));
        sqlite3_bind_int64(insert, 12, userId);
        if (v.at(4).isEmpty())
            sqlite3_bind_null(insert, 13);
        else
            sqlite3_bind_int64(insert, 13, epoch(v.at(4)));
        step(db, insert);
        const qint64 id = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(search, 1, id);
        text(search, 2, v.at(0) + ' ' + v.at(7) + ' ' + v.at(8) + ' ' + v.at(11));
        step(db, search);
        ++n;
    }
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    for (sqlite3_stmt* s : {model, customer, insert, search})
        sqlite3_finalize(s);
    return n;
}

} // namespace ImportBenchRaw
