#include "SaverWorld.h"
#include "Wait.h"
#include "db/Database.h"
#include "workflow/WorkflowService.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// The saving connection never checkpoints itself (wal_autocheckpoint = 0): the background
// thread must, or the log grows for as long as the window stays open (found while building the
// power-cut test: its connection had never read the file, so its checkpoints did nothing).
TEST_CASE("While the window stays open, its background checkpoint copies the log into the database file",
          "[reliability][checkpoint]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open.sqlite"));
    SaverWorld::create(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    Database db(path); // as the window opens it: the checkpoint every 2 s from a thread
    const SaverWorld world = SaverWorld::find(db.connection());
    const SystemClock clock;
    WorkflowService flow(db.connection(), clock);
    for (int i = 0; i < 30; ++i)
        flow.logCase(world.clerk, world.intake);
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

    // In WAL mode a save writes the log only; the database file grows when a checkpoint copies
    // the new pages there (and no connection of ours runs one: wal_autocheckpoint is 0).
    CHECK(waitUntil([&]() { return QFileInfo(path).size() > sizeBefore; }, 15000, 20));
}
