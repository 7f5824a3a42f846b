// Issue 16: other windows on a server are told of every save through LISTEN/NOTIFY (the
// triggers of migration pg/028); the window reads nothing until a notice from another
// connection comes, and its own saves are not news.
#include "CliRun.h"
#include "PgServer.h"
#include "db/ChangeWatch.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace {
// Writes an audit row as a step does (the trigger names its case in the notice).
void auditRow(const QSqlDatabase& db, const QVariant& caseId)
{
    Sql::exec(
        db,
        QStringLiteral("INSERT INTO audit_log (at, case_id, entity, entity_id, action, field, new_value) "
                       "VALUES (?, ?, 'cases', 1, 'update', 'status', 'sent')"),
        {QDateTime::currentMSecsSinceEpoch(), caseId});
}

// The window's event loop, until a look finds news or the deadline passes.
ChangeWatch::Changes waitForNews(ChangeWatch& watch, int ms = 10000)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        ChangeWatch::Changes changes = watch.poll();
        if (!changes.isEmpty())
            return changes;
    }
    return {};
}

// What a quiet stretch of the event loop brings: nothing, when nobody else saved.
ChangeWatch::Changes quietLook(ChangeWatch& watch)
{
    const QDeadlineTimer deadline(300);
    while (!deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return watch.poll();
}
} // namespace

TEST_CASE("a window on the server hears of the cases another connection saved, not of its own", "[pg]")
{
    ScratchDatabase scratch;
    const Database mine(scratch.url());
    const Database theirs(scratch.url());
    auditRow(theirs.connection(), 7); // before the watch: not news
    ChangeWatch watch(mine.connection());
    CHECK(quietLook(watch).isEmpty());

    auditRow(mine.connection(), 8); // our own save
    CHECK(quietLook(watch).isEmpty());

    // Another connection saves two cases in one transaction and one more afterwards.
    Sql::exec(theirs.connection(), QStringLiteral("BEGIN"));
    auditRow(theirs.connection(), 41);
    auditRow(theirs.connection(), 42);
    Sql::exec(theirs.connection(), QStringLiteral("COMMIT"));
    auditRow(theirs.connection(), 43);
    ChangeWatch::Changes changes = waitForNews(watch);
    // The last notice may come a moment later: gather until all three are in (or time is up).
    for (const QDeadlineTimer deadline(10000); changes.caseIds.size() < 3 && !deadline.hasExpired();) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        changes.caseIds.unite(watch.poll().caseIds);
    }
    CHECK(changes.caseIds == QSet<qint64> {41, 42, 43});
    CHECK_FALSE(changes.other);
    CHECK(quietLook(watch).isEmpty()); // told once

    // A rolled-back save sends nothing.
    Sql::exec(theirs.connection(), QStringLiteral("BEGIN"));
    auditRow(theirs.connection(), 44);
    Sql::exec(theirs.connection(), QStringLiteral("ROLLBACK"));
    CHECK(quietLook(watch).isEmpty());

    // A change of no case (a setting, a list) asks the window to read what it shows again.
    Sql::exec(theirs.connection(),
              QStringLiteral("INSERT INTO settings (key, value) VALUES ('live.test', '1')"));
    changes = waitForNews(watch);
    CHECK(changes.caseIds.isEmpty());
    CHECK(changes.other);
}

TEST_CASE("the timer of a window on the server emits what another program saved", "[pg]")
{
    ScratchDatabase scratch;
    const Database mine(scratch.url());
    ChangeWatch watch(mine.connection());
    QSignalSpy spy(&watch, &ChangeWatch::changed);
    watch.start(50);
    // Another program: the command line makes the first administrator (audit rows of no case).
    const CliRun made = runCli({QStringLiteral("init"), QStringLiteral("--database"), scratch.url(),
                                QStringLiteral("--admin"), QStringLiteral("boss")},
                               "Valve-Office-2026\n");
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    REQUIRE(spy.wait(10000));
    CHECK(spy.first().at(0).value<QSet<qint64>>().isEmpty());
    CHECK(spy.first().at(1).toBool());
}
