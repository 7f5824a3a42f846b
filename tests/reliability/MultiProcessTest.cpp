#include "AckLedger.h"
#include "SaverProcess.h"
#include "SaverWorld.h"
#include "TestPaths.h"
#include "Wait.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cstdio>
#include <memory>

namespace {

struct ProgramRun
{
    int exitCode = -1;
    QString output;
};

// Another program that opens the file, reads and closes it again: what used to make SQLite in
// the window's process believe it was the last user (issue 10). The savers go on meanwhile.
ProgramRun runProgram(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ProgramRun run;
    if (!waitUntil([&]() { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished(10000);
        run.output = QStringLiteral("did not finish within 60 s");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return run;
}

} // namespace

// Issue 10: every acknowledged save is there afterwards, numbers are unique, the WAL was never deleted.
TEST_CASE("Two processes save while sqlite3 and qualityloop-cli open and close the file",
          "[reliability][shared]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    SaverWorld::create(path);

    // Each saver opens and closes a read-only connection after every second case, as the
    // window's counts worker does: with the bug, that alone dropped the saver's locks.
    const QStringList arguments {QStringLiteral("--database"), path, QStringLiteral("--reader-every"),
                                 QStringLiteral("2")};
    std::vector<std::unique_ptr<SaverProcess>> savers;
    for (int i = 0; i < 2; ++i) {
        savers.push_back(std::make_unique<SaverProcess>(arguments));
        savers.back()->start();
    }
    const auto acknowledged = [&]() { return std::min(savers[0]->acks().size(), savers[1]->acks().size()); };
    REQUIRE(waitUntil(
        [&]() { return acknowledged() >= 4 || !savers[0]->isRunning() || !savers[1]->isRunning(); }, 60000));
    REQUIRE(savers[0]->isRunning());
    REQUIRE(savers[1]->isRunning());

    QElapsedTimer others;
    others.start();
    const qsizetype before = acknowledged();
    int runs = 0;
    const int rounds = 15;
    for (int round = 0; round < rounds; ++round) {
        const ProgramRun shell
            = runProgram(QStringLiteral("sqlite3"), {path, QStringLiteral("SELECT count(*) FROM cases")});
        INFO(shell.output.toStdString());
        REQUIRE(shell.exitCode == 0);
        CHECK(shell.output.trimmed().toLongLong() > 0);
        const ProgramRun check = runProgram(testPath("QL_CLI_PATH"),
                                            {QStringLiteral("check"), QStringLiteral("--database"), path});
        INFO(check.output.toStdString());
        REQUIRE(check.exitCode == 0);
        CHECK(check.output.contains(QStringLiteral("Integrity: ok")));
        const ProgramRun cases = runProgram(testPath("QL_CLI_PATH"),
                                            {QStringLiteral("cases"), QStringLiteral("--database"), path,
                                             QStringLiteral("--limit"), QStringLiteral("3")});
        INFO(cases.output.toStdString());
        REQUIRE(cases.exitCode == 0);
        CHECK(cases.output.contains(QStringLiteral("QI-")));
        runs += 3;
        // Saves go on between the other programs, so a deleted WAL would take saves with it.
        REQUIRE(waitUntil([&]() { return acknowledged() >= before + 2 * (round + 1); }, 60000));
    }
    for (auto& saver : savers)
        saver->kill();
    REQUIRE(waitUntil([&]() { return savers[0]->hasFinished() && savers[1]->hasFinished(); }, 30000));

    AckLedger ledger;
    QStringList walDeleted;
    QStringList failures;
    int busy = 0;
    for (const auto& saver : savers) {
        ledger.add(saver->acks());
        walDeleted += saver->walDeleted();
        failures += saver->failures();
        busy += static_cast<int>(saver->busy().size());
        INFO(saver->errorOutput().toStdString());
        CHECK(saver->crashed()); // killed, not stopped by an error of its own
    }
    const LedgerReport report = ledger.check(path);
    std::printf(
        "Shared file: 2 saving processes, %d runs of sqlite3 and qualityloop-cli in %.1f s; %s; %d saves "
        "refused as busy; WAL deleted %d times\n",
        runs, others.elapsed() / 1000.0, qPrintable(report.summary()), busy,
        static_cast<int>(walDeleted.size()));
    std::fflush(stdout);
    INFO(failures.mid(0, 5).join(u'\n').toStdString());
    CHECK(walDeleted.isEmpty());
    CHECK(failures.isEmpty());
    CHECK(report.missing.isEmpty());
    CHECK(report.duplicates.isEmpty());
    CHECK(report.integrity == QStringLiteral("ok"));
    CHECK(report.found == report.acknowledged);
    CHECK(report.acknowledged >= 2 * rounds);
}
