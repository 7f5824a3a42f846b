#include "AckLedger.h"
#include "SaverProcess.h"
#include "SaverWorld.h"
#include "Wait.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cstdio>

namespace {

constexpr int cutExitCode = 86; // PowerCutPlan::exitCode

struct CutFigures
{
    int cuts = 0;
    int inWal = 0; // the cut came in a write of the WAL (a commit)
    int inDatabase = 0; // in a write of the database file (a checkpoint)
    int acknowledged = 0;
    int found = 0;
    int lostAtSomeCut = 0; // acknowledged saves missing after one of the cuts
    QStringList problems; // "seed N: what was wrong"
    qint64 elapsedMs = 0;
};

// One database; `count` power cuts one after the other, each in a fresh ql_saver process over
// the PowerCutVfs. After every cut the file is opened as the window would open it after the
// power came back, and everything acknowledged by any earlier process must be there.
// With `unsynced` the saver runs with synchronous=OFF and only the window's own checkpoint
// every 2 s (which syncs the log before it copies it): acknowledged saves must be lost.
CutFigures powerCuts(quint64 firstSeed, int count, bool torn, bool unsynced)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
    SaverWorld::create(path);
    AckLedger ledger;
    CutFigures f;
    QElapsedTimer clock;
    clock.start();
    for (quint64 seed = firstSeed; seed < firstSeed + quint64(count); ++seed) {
        QStringList arguments {QStringLiteral("--database"),     path,
                               QStringLiteral("--power-cut"),    QString::number(seed),
                               QStringLiteral("--cut-within"),   QStringLiteral("600"),
                               QStringLiteral("--reader-every"), QStringLiteral("4")};
        if (!unsynced) // more checkpoints: more cuts in the middle of one
            arguments << QStringLiteral("--checkpoint-ms") << QStringLiteral("15");
        if (torn)
            arguments << QStringLiteral("--torn");
        if (unsynced)
            arguments << QStringLiteral("--synchronous-off");
        const QString replay
            = QStringLiteral("seed %1: %2 %3").arg(seed).arg(SaverProcess::program(), arguments.join(u' '));
        SaverProcess saver(arguments);
        saver.start();
        if (!waitUntil([&]() { return saver.hasFinished(); }, 120000)) {
            f.problems.append(replay + QStringLiteral(": no power cut within 120 s"));
            break;
        }
        if (saver.crashed() || saver.exitCode() != cutExitCode) {
            f.problems.append(replay
                              + QStringLiteral(": ended with %1 instead of the cut: %2")
                                    .arg(saver.exitCode())
                                    .arg(saver.errorOutput()));
            break;
        }
        ++f.cuts;
        if (saver.errorOutput().contains(QStringLiteral(" in the WAL")))
            ++f.inWal;
        else if (saver.errorOutput().contains(QStringLiteral(" in the database")))
            ++f.inDatabase;
        if (!saver.failures().isEmpty())
            f.problems.append(replay + QStringLiteral(": refused ") + saver.failures().first());
        ledger.add(saver.acks());
        const LedgerReport report = ledger.check(path);
        f.acknowledged = report.acknowledged;
        f.found = report.found;
        f.lostAtSomeCut += static_cast<int>(report.missing.size());
        if (!unsynced && !report.ok())
            f.problems.append(replay + QStringLiteral(": ") + report.summary());
        if (unsynced && !report.missing.isEmpty())
            break; // shown: what was not synced is gone
    }
    f.elapsedMs = clock.elapsed();
    std::printf("Power cuts (%s%s): seeds %llu.., %d cuts (%d in a commit's WAL write, %d in a checkpoint's "
                "database write) in %.1f s; %d cases acknowledged, %d found, %d missing\n",
                torn ? "torn: a random subset of the unsynced sectors kept" : "all unsynced writes lost",
                unsynced ? ", synchronous=OFF" : "", static_cast<unsigned long long>(firstSeed), f.cuts,
                f.inWal, f.inDatabase, f.elapsedMs / 1000.0, f.acknowledged, f.found, f.lostAtSomeCut);
    std::fflush(stdout);
    return f;
}

void requireNothingLost(const CutFigures& f, int cuts)
{
    INFO(f.problems.mid(0, 3).join(u'\n').toStdString());
    CHECK(f.problems.isEmpty());
    CHECK(f.cuts == cuts);
    CHECK(f.lostAtSomeCut == 0);
    CHECK(f.found == f.acknowledged);
    CHECK(f.acknowledged > cuts); // the cuts came while cases were being saved
    CHECK(f.inDatabase > 0); // and some of them in the middle of a checkpoint
}

} // namespace

// Issue 10: no acknowledged save is lost and the file stays sound.
TEST_CASE("50 power cuts that lose every unsynced write lose nothing acknowledged", "[reliability][powercut]")
{
    requireNothingLost(powerCuts(1, 50, false, false), 50);
}

// Torn writes: a random subset of the unsynced sectors reaches the disk.
TEST_CASE("50 power cuts with torn writes lose nothing acknowledged", "[reliability][powercut]")
{
    requireNothingLost(powerCuts(1001, 50, true, false), 50);
}

TEST_CASE("The power cuts bite: with synchronous=OFF they lose acknowledged saves", "[reliability][powercut]")
{
    const CutFigures f = powerCuts(5001, 20, false, true); // stops at the first loss
    CHECK(f.lostAtSomeCut > 0);
}

// By hand: ctest --test-dir build -L manual (or reliability_tests "[powercut1000]").
TEST_CASE("1,000 power cuts, whole and torn (by hand)", "[.][powercut1000]")
{
    requireNothingLost(powerCuts(100001, 500, false, false), 500);
    requireNothingLost(powerCuts(200001, 500, true, false), 500);
}
