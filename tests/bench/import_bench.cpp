// Issue 11, item 5: how fast serial numbers come in from a delivery list through
// `ImportService` (read and decode the CSV, every row checked as a typed entry is, its batch
// found or added, one audit row per entry, all in one transaction) against raw SQLite inserting
// the same rows from the same file (split the lines, look up the model and the batch, insert).
//
//   import_bench [--serials 100000]
//
// Prints both rates and their ratio; exits 1 when the import refused a row or missed one.
#include "MockClock.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "transfer/ColumnMapping.h"
#include "transfer/CsvReader.h"
#include "transfer/ImportService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <sqlite3.h>

namespace {
constexpr int customerCount = 10;
constexpr int modelCount = 20;

struct Company
{
    explicit Company(const QString& path)
        : db(path)
    {
        User chief;
        chief.username = QStringLiteral("chief");
        chief.displayName = QStringLiteral("Chief");
        chief.role = Role::Administrator;
        admin = UserService(db.connection(), clock)
                    .createFirstAdministrator(chief, QStringLiteral("Seat-leak 2026"));
    }
    ImportResult import(const QString& kindId, const QString& file)
    {
        const TransferKind& kind = *TransferKinds::find(kindId);
        const CsvTable table = CsvReader::readFile(file);
        ImportOptions options;
        options.source = file;
        return ImportService(db.connection(), clock)
            .run(admin, kind, table, ColumnMapping::fromHeader(kind, table.header), options);
    }
    MockClock clock;
    Database db;
    User admin;
};

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}

QByteArray serialsFile(int rows)
{
    QByteArray out = "serial_no,model,customer,order_no,batch_no,delivered\n";
    for (int i = 0; i < rows; ++i) {
        const int order = i / 1000;
        out += QStringLiteral("SN%1,M-%2,C-%3,PO-%4,B1,2025-06-30\n")
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(i % modelCount)
                   .arg(order % customerCount)
                   .arg(order)
                   .toUtf8();
    }
    return out;
}

void prepareLists(Company& c, const QString& dir)
{
    QByteArray customers = "code,name\n";
    for (int i = 0; i < customerCount; ++i)
        customers += QStringLiteral("C-%1,Customer %1\n").arg(i).toUtf8();
    QByteArray models = "code,name,product_line\n";
    for (int i = 0; i < modelCount; ++i)
        models += QStringLiteral("M-%1,Model %1,valve\n").arg(i).toUtf8();
    write(dir + QStringLiteral("/customers.csv"), customers);
    write(dir + QStringLiteral("/models.csv"), models);
    if (!c.import(QStringLiteral("customers"), dir + QStringLiteral("/customers.csv")).committed
        || !c.import(QStringLiteral("models"), dir + QStringLiteral("/models.csv")).committed)
        qFatal("the lists did not import");
}

void check(int rc, sqlite3* db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("sqlite: %s", sqlite3_errmsg(db));
}

// The same rows through the SQLite C API: no checks beyond the lookups, no audit rows.
qint64 rawImport(sqlite3* db, const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    const QList<QByteArray> lines = f.readAll().split('\n');
    sqlite3_stmt *model = nullptr, *customer = nullptr, *batch = nullptr, *addBatch = nullptr,
                 *serial = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT id FROM product_models WHERE code = ?", -1, &model, nullptr), db);
    check(sqlite3_prepare_v2(db, "SELECT id FROM customers WHERE code = ?", -1, &customer, nullptr), db);
    check(sqlite3_prepare_v2(db, "SELECT id FROM shipments WHERE order_no = ? AND batch_no = ?", -1, &batch,
                             nullptr),
          db);
    check(sqlite3_prepare_v2(
              db, "INSERT INTO shipments(order_no, batch_no, customer_id, shipped_at) VALUES (?, ?, ?, ?)",
              -1, &addBatch, nullptr),
          db);
    check(sqlite3_prepare_v2(db, "INSERT INTO serials(serial_no, shipment_id, model_id) VALUES (?, ?, ?)", -1,
                             &serial, nullptr),
          db);
    const auto idOf = [db](sqlite3_stmt* s) {
        qint64 id = 0;
        if (sqlite3_step(s) == SQLITE_ROW)
            id = sqlite3_column_int64(s, 0);
        sqlite3_reset(s);
        return id;
    };
    const qint64 shipped = QDateTime(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    QHash<QByteArray, qint64> batches;
    qint64 rows = 0;
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db);
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const QList<QByteArray> v = lines.at(i).split(',');
        sqlite3_bind_text(model, 1, v.at(1).constData(), static_cast<int>(v.at(1).size()), SQLITE_TRANSIENT);
        const qint64 modelId = idOf(model);
        const QByteArray key = v.at(3) + ',' + v.at(4);
        qint64 batchId = batches.value(key);
        if (batchId == 0) {
            sqlite3_bind_text(batch, 1, v.at(3).constData(), static_cast<int>(v.at(3).size()),
                              SQLITE_TRANSIENT);
            sqlite3_bind_text(batch, 2, v.at(4).constData(), static_cast<int>(v.at(4).size()),
                              SQLITE_TRANSIENT);
            batchId = idOf(batch);
            if (batchId == 0) {
                sqlite3_bind_text(customer, 1, v.at(2).constData(), static_cast<int>(v.at(2).size()),
                                  SQLITE_TRANSIENT);
                const qint64 customerId = idOf(customer);
                sqlite3_bind_text(addBatch, 1, v.at(3).constData(), static_cast<int>(v.at(3).size()),
                                  SQLITE_TRANSIENT);
                sqlite3_bind_text(addBatch, 2, v.at(4).constData(), static_cast<int>(v.at(4).size()),
                                  SQLITE_TRANSIENT);
                sqlite3_bind_int64(addBatch, 3, customerId);
                sqlite3_bind_int64(addBatch, 4, shipped);
                check(sqlite3_step(addBatch), db);
                sqlite3_reset(addBatch);
                batchId = sqlite3_last_insert_rowid(db);
            }
            batches.insert(key, batchId);
        }
        sqlite3_bind_text(serial, 1, v.at(0).constData(), static_cast<int>(v.at(0).size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(serial, 2, batchId);
        sqlite3_bind_int64(serial, 3, modelId);
        check(sqlite3_step(serial), db);
        sqlite3_reset(serial);
        ++rows;
    }
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    for (sqlite3_stmt* s : {model, customer, batch, addBatch, serial})
        sqlite3_finalize(s);
    return rows;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serials(QStringLiteral("serials"), QStringLiteral("How many serial numbers."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOption(serials);
    parser.process(app);
    const int rows = parser.value(serials).toInt();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("serials.csv"));
    write(file, serialsFile(rows));

    Company ours(dir.filePath(QStringLiteral("ours.sqlite")));
    prepareLists(ours, dir.path());
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = ours.import(QStringLiteral("serials"), file);
    const double oursSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 stored
        = Sql::scalar(ours.db.connection(), QStringLiteral("SELECT count(*) FROM serials")).toLongLong();

    Company raw(dir.filePath(QStringLiteral("raw.sqlite")));
    prepareLists(raw, dir.path());
    timer.restart();
    const qint64 rawRows = rawImport(Sql::handle(raw.db.connection()), file);
    const double rawSeconds = double(timer.nsecsElapsed()) / 1e9;

    std::printf(
        "%d serials from CSV: ImportService %.2f s (%.0f rows/s, checked, audited); raw SQLite %.2f s "
        "(%.0f rows/s); ratio %.2f of the raw rate\n",
        rows, oursSeconds, rows / oursSeconds, rawSeconds, rawRows / rawSeconds, rawSeconds / oursSeconds);
    if (!result.committed || stored != rows || rawRows != rows) {
        std::printf("FAILED: committed %d, stored %lld of %d, %lld problems\n", result.committed ? 1 : 0,
                    static_cast<long long>(stored), rows, static_cast<long long>(result.problems.size()));
        return 1;
    }
    return 0;
}
