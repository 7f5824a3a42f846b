// ql_saver: a helper of the reliability tests (issue 10). A clerk's process that saves in a
// loop through core's Database and WorkflowService, as the window does, and says on standard
// output what it was told was saved, one flushed line each:
//   READY <pid>                         the database is open
//   ACK L <case number> <case id>       logCase returned: the new case is committed
//   ACK S <case number> <case id>       sendToQuality returned for that case
//   BUSY <step> <details>               a save waited for another program's save longer
//                                       than the busy timeout and was refused (nothing
//                                       acknowledged; the clerk is told to try again)
//   FAIL <step> <details>               a save failed for any other reason
//   WAL-DELETED <file>                  this process writes to a -wal or -shm that is gone
// Now and then it opens and closes a second, read-only Database as the window's counts worker
// does. With --power-cut it runs over PowerCutVfs and dies at a chosen write like a power cut.
#include "PowerCutVfs.h"
#include "SaverWorld.h"
#include "UserError.h"
#include "db/BackgroundCheckpoint.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "workflow/WorkflowService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>
#include <random>
#include <sqlite3.h>

namespace {

void say(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The -wal and -shm of the database that this process still has open although they were
// deleted: another program believed it was the last user and removed them under us.
QStringList deletedLogFiles(const QString& databasePath)
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    // Files too: a descriptor's link to a deleted file still stat()s as that file, not as a broken link.
    for (const QString& fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        for (const char* suffix : {"-wal (deleted)", "-shm (deleted)"})
            if (target == databasePath + QLatin1String(suffix))
                deleted.append(target);
    }
    return deleted;
}

void readLikeTheCountsWorker(const QString& path)
{
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    const Database reader(path, readOnly);
    Sql::scalar(reader.connection(), QStringLiteral("SELECT count(*) FROM cases"));
}

// A case logged and sent to Quality, each step acknowledged once its transaction committed.
void saveOneCase(WorkflowService& flow, const SaverWorld& world, const QSqlDatabase& db)
{
    const char* step = "logCase";
    QElapsedTimer saving;
    saving.start();
    try {
        const qint64 id = flow.logCase(world.clerk, world.intake);
        step = "load";
        const QualityCase logged = flow.load(id);
        const QString number = logged.number;
        say(QStringLiteral("ACK L %1 %2").arg(number).arg(id));
        step = "sendToQuality";
        flow.sendToQuality(world.clerk, logged.ref());
        say(QStringLiteral("ACK S %1 %2").arg(number).arg(id));
    } catch (const UserError& error) {
        sqlite3* handle = Sql::handle(db);
        const int code = sqlite3_extended_errcode(handle);
        say(QStringLiteral("%1 %2 after %3 ms (SQLite %4, %5): %6")
                .arg(QLatin1String(code == SQLITE_BUSY ? "BUSY" : "FAIL"), QLatin1String(step))
                .arg(saving.elapsed())
                .arg(code)
                .arg(QString::fromUtf8(sqlite3_errmsg(handle)), error.message().simplified()));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("The database FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption create(QStringLiteral("create"), QStringLiteral("Make the database and stop."));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Stop after N cases (0: never)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption readerEvery(QStringLiteral("reader-every"),
                                         QStringLiteral("Open a read-only connection every N cases."),
                                         QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption checkpointMs(QStringLiteral("checkpoint-ms"),
                                          QStringLiteral("Also run a background checkpoint every MS ms."),
                                          QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption powerCut(QStringLiteral("power-cut"),
                                      QStringLiteral("Cut the power at a write chosen by SEED."),
                                      QStringLiteral("SEED"));
    const QCommandLineOption cutWithin(QStringLiteral("cut-within"),
                                       QStringLiteral("The cut comes within the first N writes."),
                                       QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption torn(QStringLiteral("torn"), QStringLiteral("Keep a random subset of sectors."));
    const QCommandLineOption unsynced(QStringLiteral("synchronous-off"),
                                      QStringLiteral("PRAGMA synchronous = OFF (shows that a cut bites)."));
    parser.addOptions(
        {database, create, count, readerEvery, checkpointMs, powerCut, cutWithin, torn, unsynced});
    parser.process(app);
    if (!parser.isSet(database)) {
        std::fputs("ql_saver needs --database FILE\n", stderr);
        return 2;
    }
    const QString path = QFileInfo(parser.value(database)).absoluteFilePath();

    if (parser.isSet(powerCut)) {
        PowerCutPlan plan;
        plan.seed = parser.value(powerCut).toULongLong();
        plan.torn = parser.isSet(torn);
        std::mt19937_64 random(plan.seed);
        plan.cutAtWrite
            = std::uniform_int_distribution<long long>(1, parser.value(cutWithin).toLongLong())(random);
        if (!PowerCutVfs::install(plan)) {
            std::fputs("the power-cut VFS did not register\n", stderr);
            return 2;
        }
    }

    try {
        if (parser.isSet(create)) {
            SaverWorld::create(path);
            return 0;
        }
        Database db(path);
        std::unique_ptr<BackgroundCheckpoint> extraCheckpoint;
        if (parser.value(checkpointMs).toInt() > 0) // more checkpoints: more moments to be killed in one
            extraCheckpoint
                = std::make_unique<BackgroundCheckpoint>(path, parser.value(checkpointMs).toInt());
        if (parser.isSet(unsynced))
            Sql::exec(db.connection(), QStringLiteral("PRAGMA synchronous = OFF"));
        const SaverWorld world = SaverWorld::find(db.connection());
        const SystemClock clock;
        WorkflowService flow(db.connection(), clock);
        const int stopAfter = parser.value(count).toInt();
        const int readEvery = parser.value(readerEvery).toInt();
        say(QStringLiteral("READY %1").arg(QCoreApplication::applicationPid()));
        for (int i = 1; stopAfter == 0 || i <= stopAfter; ++i) {
            saveOneCase(flow, world, db.connection());
            try {
                if (readEvery > 0 && i % readEvery == 0)
                    readLikeTheCountsWorker(path);
            } catch (const UserError& error) {
                say(QStringLiteral("FAIL reading: ") + error.message().simplified());
            }
            for (const QString& file : deletedLogFiles(path))
                say(QStringLiteral("WAL-DELETED ") + file);
        }
    } catch (const UserError& error) {
        std::fprintf(stderr, "%s\n", error.message().toUtf8().constData());
        return 1;
    }
    return 0;
}
