// backup_bench: the online backup (SQLite's backup API, OnlineBackup) against VACUUM INTO on one
// database while another process (ql_save_loop) keeps saving, and a restore into it (issue 10).
//
//   backup_bench --database FILE [--cases N] [--runs R] [--pause-ms MS]
//
// The other process pauses MS between two saves (default 20: 50 saves a second, far more than an
// office; with 0 it saves back to back and the background checkpoint never catches up, so the log
// grows whatever else runs).
// FILE is made with N sample cases when it does not exist. For each method: wall time, the
// size of the copy, SQLite's check of the copy, the saves the other process made meanwhile and
// how long they took (median, p99, max) against the same process's saves before.
#include "TestPaths.h"
#include "UserError.h"
#include "backup/OnlineBackup.h"
#include "backup/PageCopy.h"
#include "backup/RestoreService.h"
#include "backup/SqliteFile.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "sample/SampleData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sqlite3.h>
#include <thread>

namespace {

struct Saves
{
    QList<qint64> us;
    bool failed = false;
    QString error;
};

// The other program: its saves and how long each took, split by what ran meanwhile.
class Saver
{
public:
    Saver(const QString& database, int pauseMs)
    {
        m_process.start(testPath("QL_SAVE_LOOP_PATH"), {database, QString::number(pauseMs)});
        m_process.waitForStarted();
        while (!m_buffer.contains("ready\n") && m_process.waitForReadyRead(30000))
            m_buffer += m_process.readAllStandardOutput();
        m_buffer = m_buffer.mid(m_buffer.indexOf("ready\n") + 6);
    }
    ~Saver()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    // Reads saves for ms milliseconds (or until done() is true), into `into`.
    void collect(Saves& into, int ms, const std::atomic<bool>* done = nullptr)
    {
        QElapsedTimer t;
        t.start();
        while ((done ? !done->load() : t.elapsed() < ms)) {
            if (m_process.state() != QProcess::Running) {
                into.failed = true;
                into.error = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
                if (done)
                    while (!done->load())
                        std::this_thread::sleep_for(std::chrono::milliseconds(20));
                break;
            }
            if (m_process.waitForReadyRead(20))
                m_buffer += m_process.readAllStandardOutput();
            qsizetype end = 0;
            while ((end = m_buffer.indexOf('\n')) >= 0) {
                const QList<QByteArray> w = m_buffer.left(end).split(' ');
                m_buffer.remove(0, end + 1);
                if (w.size() == 4)
                    into.us.append(w.at(3).toLongLong());
            }
        }
    }

private:
    QProcess m_process;
    QByteArray m_buffer;
};

void line(const QString& text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

double ms(qint64 us)
{
    return static_cast<double>(us) / 1000.0;
}

QString describe(const Saves& s)
{
    if (s.us.isEmpty())
        return s.failed ? QStringLiteral("none; the saver stopped: %1").arg(s.error) : QStringLiteral("none");
    QList<qint64> v = s.us;
    std::sort(v.begin(), v.end());
    const auto at = [&v](double q) {
        return v.at(std::min<qsizetype>(v.size() - 1, static_cast<qsizetype>(q * v.size())));
    };
    return QStringLiteral("%1 saves, median %2 ms, p99 %3 ms, max %4 ms%5")
        .arg(v.size())
        .arg(ms(at(0.5)), 0, 'f', 1)
        .arg(ms(at(0.99)), 0, 'f', 1)
        .arg(ms(v.last()), 0, 'f', 1)
        .arg(s.failed ? QStringLiteral("; the saver stopped: ") + s.error : QString());
}

// Runs work on a thread while the saver's saves are collected; returns wall time in ms.
template<typename Work>
qint64 whileSaving(Saver& saver, Saves& saves, qint64& maxWal, const QString& wal, Work work)
{
    std::atomic<bool> done {false};
    line(QStringLiteral("  (log before: %1 MB)").arg(QFileInfo(wal).size() / 1048576));
    QElapsedTimer t;
    t.start();
    std::thread worker([&]() {
        work();
        done = true;
    });
    std::thread walWatch([&]() {
        while (!done) {
            maxWal = std::max(maxWal, QFileInfo(wal).size()); // stat() only
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    saver.collect(saves, 0, &done);
    worker.join();
    walWatch.join();
    return t.elapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("FILE"),
                                            QStringLiteral("FILE"));
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("N"), QStringLiteral("N"),
                                         QStringLiteral("100000"));
    const QCommandLineOption pauseOption(QStringLiteral("pause-ms"), QStringLiteral("MS"),
                                         QStringLiteral("MS"), QStringLiteral("20"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("R"), QStringLiteral("R"),
                                        QStringLiteral("3"));
    parser.addOptions({databaseOption, casesOption, runsOption, pauseOption});
    parser.process(app);
    const QString path = QFileInfo(parser.value(databaseOption)).absoluteFilePath();
    if (!QFileInfo::exists(path)) {
        Database db(path);
        SampleOptions o;
        o.cases = parser.value(casesOption).toLongLong();
        SampleData::generate(db.connection(), o);
    }
    const int runs = parser.value(runsOption).toInt();
    const QString wal = path + QStringLiteral("-wal");
    const QString out = path + QStringLiteral(".bench-copy");
    line(QStringLiteral("database %1: %2 MB").arg(path).arg(QFileInfo(path).size() / 1048576));

    Saver saver(path, parser.value(pauseOption).toInt());
    Saves idle;
    saver.collect(idle, 3000);
    line(QStringLiteral("saves with nothing else running (3 s): ") + describe(idle));

    for (int run = 1; run <= runs; ++run) {
        {
            Saves saves;
            qint64 maxWal = 0;
            BackupResult r;
            const qint64 wall = whileSaving(saver, saves, maxWal, wal, [&]() {
                r = OnlineBackup::make(path, out, QDateTime::currentDateTimeUtc());
            });
            QElapsedTimer quick;
            quick.start();
            SqliteFile(out, SqliteFile::Mode::ReadOnly).lines("PRAGMA quick_check");
            const qint64 quickMs = quick.elapsed();
            line(QStringLiteral("run %1 backup API (OnlineBackup, 1024 pages a step, one snapshot): %2 ms "
                                "(copy %3, integrity_check %4; quick_check %9), %5 MB, %6 cases; largest WAL "
                                "meanwhile %7 MB; %8")
                     .arg(run)
                     .arg(wall)
                     .arg(r.copyMs)
                     .arg(r.checkMs)
                     .arg(r.bytes / 1048576)
                     .arg(r.facts.cases)
                     .arg(maxWal / 1048576)
                     .arg(describe(saves))
                     .arg(quickMs));
        }
        {
            Saves saves;
            qint64 maxWal = 0;
            qint64 copyMs = 0;
            qint64 checkMs = 0;
            qint64 quickMs = 0;
            QFile::remove(out);
            const qint64 wall = whileSaving(saver, saves, maxWal, wal, [&]() {
                Database::Options ro;
                ro.access = Database::Access::ReadOnly;
                const Database db(path, ro);
                QElapsedTimer t;
                t.start();
                Sql::exec(db.connection(), QStringLiteral("VACUUM INTO ?"), {out});
                copyMs = t.restart();
                const SqliteFile copy(out, SqliteFile::Mode::ReadOnly);
                copy.lines("PRAGMA integrity_check");
                checkMs = t.restart();
                copy.lines("PRAGMA quick_check");
                quickMs = t.elapsed();
            });
            line(QStringLiteral(
                     "run %1 VACUUM INTO: %2 ms (copy %3, integrity_check %4; quick_check would be %5), "
                     "%6 MB; largest WAL meanwhile %7 MB; %8")
                     .arg(run)
                     .arg(wall)
                     .arg(copyMs)
                     .arg(checkMs)
                     .arg(quickMs)
                     .arg(QFileInfo(out).size() / 1048576)
                     .arg(maxWal / 1048576)
                     .arg(describe(saves)));
        }
        {
            // What the backup API does without the held snapshot: each step its own read, so every
            // save of the other process starts the copy again.
            Saves saves;
            qint64 maxWal = 0;
            int restarts = 0;
            int rc = 0;
            QFile::remove(out);
            const qint64 wall = whileSaving(saver, saves, maxWal, wal, [&]() {
                const SqliteFile source(path, SqliteFile::Mode::ReadOnly);
                const SqliteFile copy(out, SqliteFile::Mode::Create);
                sqlite3_backup* b = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
                int lastRemaining = -1;
                QElapsedTimer t;
                t.start();
                do {
                    rc = sqlite3_backup_step(b, 1024);
                    const int remaining = sqlite3_backup_remaining(b);
                    if (lastRemaining >= 0 && remaining > lastRemaining)
                        ++restarts;
                    lastRemaining = remaining;
                } while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                         && t.elapsed() < 60000);
                sqlite3_backup_finish(b);
            });
            line(QStringLiteral(
                     "run %1 backup API, a read per step (no snapshot held): %2 ms, %3 restarts, %4; %5")
                     .arg(run)
                     .arg(wall)
                     .arg(restarts)
                     .arg(rc == SQLITE_DONE ? QStringLiteral("finished")
                                            : QStringLiteral("NOT finished in 60 s"))
                     .arg(describe(saves)));
        }
    }
    {
        // A restore into the database the saver writes: it holds the write lock while it writes.
        const QString backup = path + QStringLiteral(".bench-backup");
        OnlineBackup::make(path, backup, QDateTime::currentDateTimeUtc());
        Saves saves;
        qint64 maxWal = 0;
        RestoreResult r;
        QString problem;
        const qint64 wall = whileSaving(saver, saves, maxWal, wal, [&]() {
            try {
                r = RestoreService::restore(backup, path, QDateTime::currentDateTimeUtc());
            } catch (const UserError& e) {
                problem = e.message();
            }
        });
        line(QStringLiteral("restore of a %1 MB backup into the database while it is used: %2 ms%3; largest "
                            "WAL %4 MB; %5")
                 .arg(QFileInfo(backup).size() / 1048576)
                 .arg(wall)
                 .arg(problem.isEmpty() ? QString() : QStringLiteral(" FAILED: ") + problem)
                 .arg(maxWal / 1048576)
                 .arg(describe(saves)));
        QFile::remove(backup);
        if (!r.asidePath.isEmpty())
            QFile::remove(r.asidePath);
    }
    QFile::remove(out);
    return 0;
}
