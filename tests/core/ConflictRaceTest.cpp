// Issue 10: two real programs save on the same case at the same moment, both from the version
// their forms were opened on. One save is made; the other is refused with the first one's name,
// and the stored case is the first one's, never a mix and never the last writer's.
#include "FlowDriver.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "workflow/ConflictError.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>
#include <cstdio>

namespace {
QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

// Waits until the process has written a line starting with the word, or the deadline passes.
bool waitForLine(QProcess& p, const QByteArray& word, QByteArray& seen, int ms = 30000)
{
    const QDeadlineTimer deadline(ms);
    while (!seen.contains(word)) {
        if (deadline.hasExpired() || p.state() == QProcess::NotRunning)
            return seen.contains(word);
        p.waitForReadyRead(50);
        seen += p.readAllStandardOutput();
    }
    return true;
}
} // namespace

// One of the racing programs (started by the test below, never on its own).
TEST_CASE("Race child: saves a disposal suggestion on the version it was given", "[.conflictchild]")
{
    Database db(env("QL_RACE_DB"));
    const SystemClock clock;
    WorkflowService flow(db.connection(), clock);
    QSqlQuery who = Sql::exec(db.connection(),
                              QStringLiteral("SELECT id, display_name, role FROM users WHERE username = ?"),
                              {env("QL_RACE_USER")});
    REQUIRE(who.next());
    User user;
    user.id = who.value(0).toLongLong();
    user.username = env("QL_RACE_USER");
    user.displayName = who.value(1).toString();
    user.role = Roles::fromCode(who.value(2).toString());
    who.finish();
    const CaseRef form {env("QL_RACE_CASE").toLongLong(), env("QL_RACE_VERSION").toInt()};
    std::printf("RACE:ready\n");
    std::fflush(stdout);
    const QDeadlineTimer deadline(30000);
    while (!QFile::exists(env("QL_RACE_GO")) && !deadline.hasExpired())
        QThread::usleep(200); // polling the start signal, with a deadline
    try {
        flow.giveDisposalSuggestion(user, form, env("QL_RACE_TEXT"));
        std::printf("RACE:saved\n");
    } catch (const ConflictError& e) {
        std::printf("RACE:conflict\t%s\n", e.message().toUtf8().constData());
    }
    std::fflush(stdout);
}

TEST_CASE("Two programs saving on the same case at once: one is saved, the other refused by name",
          "[conflict][processes]")
{
    TestDatabase t;
    FlowDriver d(t);
    Sql::exec(t.connection(), QStringLiteral("UPDATE users SET display_name = 'Zhou Min' WHERE id = ?"),
              {t.sales.id});
    Sql::exec(t.connection(), QStringLiteral("UPDATE users SET display_name = 'Li Wei' WHERE id = ?"),
              {t.quality.id});
    const qint64 id = d.log(true);
    const QString go = t.dir() + QStringLiteral("/go");
    const struct
    {
        QString user, name;
    } racers[]
        = {{t.sales.username, QStringLiteral("Zhou Min")}, {t.quality.username, QStringLiteral("Li Wei")}};
    int wins[2] = {0, 0};
    const int rounds = 8;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        QFile::remove(go);
        const int version = d.flow.version(id);
        QProcess racer[2];
        QByteArray out[2];
        for (int k = 0; k < 2; ++k) {
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("QL_RACE_DB"), t.path());
            e.insert(QStringLiteral("QL_RACE_USER"), racers[k].user);
            e.insert(QStringLiteral("QL_RACE_CASE"), QString::number(id));
            e.insert(QStringLiteral("QL_RACE_VERSION"), QString::number(version));
            e.insert(QStringLiteral("QL_RACE_GO"), go);
            e.insert(QStringLiteral("QL_RACE_TEXT"),
                     QStringLiteral("%1, round %2").arg(racers[k].name).arg(round));
            racer[k].setProcessEnvironment(e);
            racer[k].start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.conflictchild]")});
        }
        for (int k = 0; k < 2; ++k)
            REQUIRE(waitForLine(racer[k], "RACE:ready", out[k]));
        QFile start(go);
        REQUIRE(start.open(QIODevice::WriteOnly)); // both go at once
        start.close();
        for (int k = 0; k < 2; ++k) {
            REQUIRE(racer[k].waitForFinished(60000));
            out[k] += racer[k].readAllStandardOutput();
            INFO(out[k].toStdString());
            REQUIRE(racer[k].exitCode() == 0);
        }
        const bool saved0 = out[0].contains("RACE:saved");
        const bool saved1 = out[1].contains("RACE:saved");
        REQUIRE(saved0 != saved1); // exactly one
        const int winner = saved0 ? 0 : 1;
        const int loser = 1 - winner;
        ++wins[winner];
        CHECK(out[loser].contains("RACE:conflict"));
        CHECK(QString::fromUtf8(out[loser])
                  .contains(racers[winner].name + QStringLiteral(" changed this case")));
        const QualityCase c = d.flow.load(id);
        CHECK(c.disposalSuggestion == QStringLiteral("%1, round %2").arg(racers[winner].name).arg(round));
        CHECK(c.version == version + 1);
    }
    CHECK(wins[0] + wins[1] == rounds);
}
