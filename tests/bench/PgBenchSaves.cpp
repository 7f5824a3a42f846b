#include "PgBenchPhases.h"
#include "RawPgOps.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "workflow/WorkflowService.h"

#include <cstdio>

namespace {
int backendPid(const Database& db)
{
    return Sql::scalar(db.connection(), QStringLiteral("SELECT pg_backend_pid()")).toInt();
}

void timeSaves(const PgBenchOptions& o, PgRow& row, const std::function<void()>& project,
               const std::function<void()>& raw, const PgProcessorClock& projectClock,
               const PgProcessorClock& rawClock)
{
    row.target = PgRow::Target::Save;
    timePgPair(std::min(10, o.saves), o.saves, project, raw, projectClock, rawClock, row);
}
} // namespace

// Saves (each returns when the server has committed it; durable when the server runs with
// fsync and synchronous_commit on, which pg_bench prints): a new case through
// WorkflowService::logCase and a change through sendToQuality, each against the same
// transaction written with libpq.
void pgSavePhase(const PgBenchOptions& o, PgBenchTable& table)
{
    Database db(o.address);
    RawPgDb rawDb(o.address);
    RawPgOps raw(rawDb.handle());
    const PgProcessorClock projectClock(backendPid(db));
    const PgProcessorClock rawClock(rawDb.backendPid());
    const SystemClock clock;
    WorkflowService workflow(db.connection(), clock);
    QSqlQuery who = Sql::exec(db.connection(),
                              QStringLiteral("SELECT id, username, display_name FROM users "
                                             "WHERE role = 'sales' ORDER BY id LIMIT 1"));
    if (!who.next())
        throw std::runtime_error("the benchmark database has no sales clerk");
    const User sales {
        who.value(0).toLongLong(), who.value(1).toString(), who.value(2).toString(), Role::SalesClerk, 0, 0};
    who.finish();
    const qint64 customer
        = Sql::scalar(db.connection(), QStringLiteral("SELECT min(id) FROM customers")).toLongLong();
    const QString serial
        = Sql::scalar(db.connection(),
                      QStringLiteral("SELECT serial_no FROM serials ORDER BY serial_no DESC LIMIT 1"))
              .toString();

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
    PgRow logRow;
    logRow.operation = QStringLiteral("save: new case (logCase)");
    timeSaves(
        o, logRow, [&] { projectIds.push_back(workflow.logCase(sales, intake)); },
        [&] {
            rawIds.push_back(
                raw.logCase(sales.id, customer, serial.toUtf8(), QDateTime::currentSecsSinceEpoch()));
        },
        projectClock, rawClock);
    table.add(std::move(logRow));

    size_t p = 0;
    size_t r = 0;
    PgRow sendRow;
    sendRow.operation = QStringLiteral("save: a change (sendToQuality)");
    timeSaves(
        o, sendRow,
        [&] {
            workflow.sendToQuality(sales, {projectIds.at(p++), 1});
        },
        [&] { raw.sendToQuality(sales.id, rawIds.at(r++), QDateTime::currentSecsSinceEpoch()); },
        projectClock, rawClock);
    table.add(std::move(sendRow));
}
