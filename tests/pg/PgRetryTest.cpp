#include "PgServer.h"
#include "db/Database.h"
#include "db/NumberAllocator.h"
#include "db/ServerRetry.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QSemaphore>
#include <QStringList>

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

namespace {
// One client's save taking two numbers; on its first run it waits, holding the first number's
// counter, until the other client holds the other counter: the two then wait for each other.
struct Client
{
    QString url, first, second;
    QSemaphore* mine;
    QSemaphore* theirs;
    std::atomic<int>* runs;
    QStringList numbers;
    QString failure;

    void operator()()
    {
        try {
            const Database db(url);
            const QSqlDatabase c = db.connection();
            bool firstRun = true;
            ServerRetry::run(c, [&] {
                ++*runs;
                Transaction t(c);
                QStringList taken {NumberAllocator::next(c, first, 2026)};
                if (firstRun) {
                    firstRun = false;
                    mine->release();
                    theirs->acquire();
                }
                taken.append(NumberAllocator::next(c, second, 2026));
                t.commit();
                numbers = taken;
            });
        } catch (const std::exception& e) {
            failure = QString::fromUtf8(e.what());
        }
    }
};
} // namespace

TEST_CASE("a save the server refuses as a deadlock is run again and both saves keep their numbers", "[pg]")
{
    ScratchDatabase scratch;
    {
        const Database made(scratch.url());
    }
    QSemaphore aHolds, bHolds;
    std::atomic<int> runs {0};
    Client a {scratch.url(), QStringLiteral("QI"), QStringLiteral("FS"), &aHolds, &bHolds, &runs, {}, {}};
    Client b {scratch.url(), QStringLiteral("FS"), QStringLiteral("QI"), &bHolds, &aHolds, &runs, {}, {}};
    std::thread ta(std::ref(a));
    std::thread tb(std::ref(b));
    ta.join();
    tb.join();
    CHECK(a.failure.isEmpty());
    CHECK(b.failure.isEmpty());
    CHECK(runs == 3); // the deadlock's loser ran once more
    // Each number once, none lost to the refused run.
    QStringList all = a.numbers + b.numbers;
    all.sort();
    CHECK(all
          == QStringList {QStringLiteral("FS-2026-00001"), QStringLiteral("FS-2026-00002"),
                          QStringLiteral("QI-2026-00001"), QStringLiteral("QI-2026-00002")});
}
