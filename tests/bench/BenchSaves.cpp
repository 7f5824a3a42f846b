#include "BenchPhases.h"
#include "BenchUtil.h"
#include "RawOps.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "workflow/WorkflowService.h"

#include <cstdio>

// Durable saves (WAL, synchronous=FULL: each commit is on disk when it returns): a new case
// through WorkflowService::logCase and a change through sendToQuality, each against the same
// transaction written with the C API.
void savePhase(const BenchOptions& o, BenchTable& table)
{
    Database db(o.database);
    RawDb rawDb(o.database);
    RawOps raw(rawDb.handle());
    const SystemClock clock;
    WorkflowService workflow(db.connection(), clock);
    if (qEnvironmentVariableIsSet("QL_BENCH_NO_AUTOCHECKPOINT")) {
        // Diagnosis of the p99: no checkpoint inside a save on either side.
        Sql::exec(db.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        rawDb.exec("PRAGMA wal_autocheckpoint = 0");
    }
    QSqlQuery who = Sql::exec(db.connection(),
                              QStringLiteral("SELECT id, username, display_name FROM users "
                                             "WHERE role = 'sales' ORDER BY id LIMIT 1"));
    if (!who.next())
        throw std::runtime_error("the benchmark database has no sales clerk");
    User sales {
        who.value(0).toLongLong(), who.value(1).toString(), who.value(2).toString(), Role::SalesClerk, 0, 0};
    who.finish();
    const qint64 customer
        = Sql::scalar(db.connection(), QStringLiteral("SELECT min(id) FROM customers")).toLongLong();
    QSqlQuery serialRow = Sql::exec(db.connection(),
                                    QStringLiteral("SELECT serial_no, model_id FROM serials "
                                                   "ORDER BY serial_no DESC LIMIT 1"));
    serialRow.next();
    const QString serial = serialRow.value(0).toString();
    const qint64 model = serialRow.value(1).toLongLong();
    serialRow.finish();

    IntakeData intake;
    intake.channel = QStringLiteral("phone");
    intake.customerId = customer;
    intake.contactName = QStringLiteral("Wang Lei");
    intake.contactPhone = QStringLiteral("+86 21 5555 0000");
    intake.serialNo = serial;
    intake.symptom = QStringLiteral("Stem packing leaks after two weeks of operation");
    intake.customerRequest = QStringLiteral("Repair on site");
    intake.siteAddress = QStringLiteral("Plant site");
    intake.isObjection = true;

    std::vector<qint64> projectIds, rawIds;
    BenchRow logRow {QStringLiteral("durable save: new case (logCase)"), {}, {}, BenchRow::Target::Save};
    Bench::timePair(
        std::min(10, o.saves), o.saves, [&] { projectIds.push_back(workflow.logCase(sales, intake)); },
        [&] { rawIds.push_back(raw.logCase(sales.id, customer, model, QDateTime::currentSecsSinceEpoch())); },
        logRow.project, logRow.raw);
    std::fprintf(stderr, "  %-44s project %9.3f ms  raw %9.3f ms  p99 %.1f ms\n", "logCase",
                 Bench::median(logRow.project), Bench::median(logRow.raw),
                 Bench::percentile(logRow.project, 99));
    table.add(std::move(logRow));

    size_t p = 0;
    size_t r = 0;
    BenchRow sendRow {
        QStringLiteral("durable save: a change (sendToQuality)"), {}, {}, BenchRow::Target::Save};
    // Each case as it was logged: version 1.
    Bench::timePair(
        std::min(10, o.saves), o.saves,
        [&] {
            workflow.sendToQuality(sales, {projectIds.at(p++), 1});
        },
        [&] { raw.sendToQuality(sales.id, rawIds.at(r++), QDateTime::currentSecsSinceEpoch()); },
        sendRow.project, sendRow.raw);
    std::fprintf(stderr, "  %-44s project %9.3f ms  raw %9.3f ms  p99 %.1f ms\n", "sendToQuality",
                 Bench::median(sendRow.project), Bench::median(sendRow.raw),
                 Bench::percentile(sendRow.project, 99));
    table.add(std::move(sendRow));
}
