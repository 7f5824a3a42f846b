// Issue 10, live view: a window notices what other programs saved in its database (and only
// that), from a cheap look at SQLite's data_version, without reading anything when nothing changed.
#include "db/ChangeWatch.h"

#include "CliRun.h"
#include "FlowDriver.h"
#include "TestPaths.h"
#include "db/Sql.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
// Runs the other program (tests/core/OtherProgram.cpp) to its end; returns what it printed.
QString otherProgram(const QString& database, const QStringList& args)
{
    QProcess p;
    p.start(testPath("QL_OTHER_PROGRAM"), QStringList {database} + args);
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// A look once everything saved before it has reached this connection. On SQLite a look reads the
// file itself: nothing is on its way. On a server the notices of other connections come through
// the event loop (LISTEN/NOTIFY): a notice of our own on a channel of the test is sent, and the
// event loop runs until it is back (with a deadline). The server delivers notices in the order
// their transactions committed, so every notice of a save made before has come by then.
// Not for a look inside a transaction of the connection: the server delivers nothing then.
ChangeWatch::Changes look(ChangeWatch& watch, const TestDatabase& t)
{
    const QSqlDatabase db = t.connection();
    if (Sql::isServer(db)) {
        static int sent = 0;
        const QString channel = QStringLiteral("ql_test_sync");
        const QString token = QString::number(++sent);
        QSqlDriver* driver = db.driver();
        if (!driver->subscribedToNotifications().contains(channel))
            REQUIRE(driver->subscribeToNotification(channel));
        bool back = false;
        const QMetaObject::Connection heard = QObject::connect(
            driver, &QSqlDriver::notification,
            [&](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                back = back || (name == channel && payload.toString() == token);
            });
        Sql::exec(db, QStringLiteral("SELECT pg_notify(?, ?)"), {channel, token});
        const QDeadlineTimer deadline(10000);
        while (!back && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QObject::disconnect(heard);
        REQUIRE(back);
    }
    return watch.poll();
}

qint64 logElsewhere(const TestDatabase& t)
{
    return otherProgram(t.path(), {QStringLiteral("log"), QString::number(t.customerId), t.serialNo})
        .toLongLong();
}
} // namespace

TEST_CASE("Issue 10: the watch reports the cases another program saved, and not our own saves",
          "[core][liveview]")
{
    TestDatabase t;
    FlowDriver f(t);
    const qint64 before = f.log(); // saved before the watch started: not news
    ChangeWatch watch(t.connection());
    CHECK(look(watch, t).isEmpty());

    // Our own save, through the watched connection: caseChanged tells the window already.
    const qint64 ours = f.log();
    CHECK(look(watch, t).isEmpty());
    CHECK(look(watch, t).isEmpty());

    // Another process logs a case and sends ours on.
    const qint64 theirs = logElsewhere(t);
    otherProgram(t.path(), {QStringLiteral("send"), QString::number(ours)});
    ChangeWatch::Changes changes = look(watch, t);
    CHECK(changes.caseIds == QSet<qint64> {theirs, ours});
    CHECK_FALSE(changes.other);
    CHECK_FALSE(changes.caseIds.contains(before));
    // Reported once.
    CHECK(look(watch, t).isEmpty());

    // A setting saved elsewhere names no case.
    otherProgram(t.path(), {QStringLiteral("setting"), QStringLiteral("liveview.test"), QStringLiteral("1")});
    changes = look(watch, t);
    CHECK(changes.caseIds.isEmpty());
    CHECK(changes.other);
    CHECK(look(watch, t).isEmpty());
}

TEST_CASE("Issue 10: the watch sees another connection's save even when ours came between",
          "[core][liveview]")
{
    TestDatabase t;
    FlowDriver f(t);
    ChangeWatch watch(t.connection());
    const qint64 theirs = logElsewhere(t);
    f.log();
    // Both since the last look: their case is reported (ours may be too; reading it again is harmless).
    const ChangeWatch::Changes changes = look(watch, t);
    CHECK(changes.caseIds.contains(theirs));
    CHECK(changes.caseIds.size() <= 2);
    CHECK(look(watch, t).isEmpty());

    // Ours first, then theirs, each seen at its own look.
    f.log();
    CHECK(look(watch, t).isEmpty());
    const qint64 theirs2 = logElsewhere(t);
    CHECK(look(watch, t).caseIds == QSet<qint64> {theirs2});
}

TEST_CASE("Issue 10: the watch waits while a transaction of its connection is open, and bounds "
          "what it reads",
          "[core][liveview]")
{
    TestDatabase t;
    FlowDriver f(t);
    ChangeWatch watch(t.connection());
    watch.setMaxCases(2);

    Sql::exec(t.connection(), QStringLiteral("BEGIN"));
    const qint64 theirs = logElsewhere(t);
    CHECK(watch.poll().isEmpty()); // inside our transaction: not now
    Sql::exec(t.connection(), QStringLiteral("COMMIT"));
    CHECK(look(watch, t).caseIds == QSet<qint64> {theirs});

    // More cases than the watch names at once: "other", read again what is shown.
    for (int i = 0; i < 3; ++i)
        logElsewhere(t);
    const ChangeWatch::Changes many = look(watch, t);
    CHECK(many.caseIds.isEmpty());
    CHECK(many.other);
    CHECK(look(watch, t).isEmpty());
}

TEST_CASE("Issue 10: the watch's timer reports to the window's thread", "[core][liveview]")
{
    TestDatabase t;
    ChangeWatch watch(t.connection());
    QList<QSet<qint64>> reported;
    QObject::connect(&watch, &ChangeWatch::changed,
                     [&reported](const QSet<qint64>& ids, bool) { reported.append(ids); });
    watch.start(50);
    const qint64 theirs = logElsewhere(t);
    QElapsedTimer waited;
    waited.start();
    while (reported.isEmpty() && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    REQUIRE(reported.size() == 1);
    CHECK(reported.first() == QSet<qint64> {theirs});
}

TEST_CASE("Issue 17: a file another program attaches to a case is news of that case", "[core][liveview]")
{
    // A scanned report attached from the command line while the case is open in a window: the
    // window reads the case (and its files) again, on a file as on a server.
    TestDatabase t;
    FlowDriver f(t);
    const qint64 id = f.log();
    ChangeWatch watch(t.connection());
    CHECK(look(watch, t).isEmpty());
    const QString number
        = Sql::scalar(t.connection(), QStringLiteral("SELECT number FROM cases WHERE id = ?"), {id})
              .toString();
    const QTemporaryDir dir;
    const QString scan = dir.filePath(QStringLiteral("pressure-test.txt"));
    QFile file(scan);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("pressure test report\n");
    file.close();
    const CliRun added = runCli({QStringLiteral("attach"), number, scan, QStringLiteral("--database"),
                                 t.path(), QStringLiteral("--user"), QStringLiteral("sales")});
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const ChangeWatch::Changes changes = look(watch, t);
    CHECK(changes.caseIds.contains(id));
}
