#include "BackupWorld.h"

#include "TestPaths.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "sample/SampleData.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

namespace BackupWorld {

QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

int cli(const QStringList& args, QString* out, QString* err)
{
    QProcess p;
    p.start(testPath("QL_CLI_PATH"), args);
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void makeSampleDatabase(const QString& path, int cases)
{
    Database db(path);
    SampleOptions options;
    options.cases = cases;
    SampleData::generate(db.connection(), options);
}

qint64 caseCount(const QString& path)
{
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    const Database db(path, readOnly);
    return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM cases")).toLongLong();
}

namespace {
void overwritePage(const QString& path, qint64 page, qint64 pageSize, qint64 from, qint64 length)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek((page - 1) * pageSize + from));
    f.write(QByteArray(static_cast<int>(length), '\x5A'));
    f.close();
}
} // namespace

void damageAnIndex(const QString& path)
{
    qint64 root = 0;
    qint64 pageSize = 0;
    {
        Database db(path);
        root = Sql::scalar(db.connection(),
                           QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND "
                                          "tbl_name = 'cases' ORDER BY rootpage LIMIT 1"))
                   .toLongLong();
        pageSize = Sql::scalar(db.connection(), QStringLiteral("PRAGMA page_size")).toLongLong();
    } // closed: the log is back in the file
    REQUIRE(root > 1);
    overwritePage(path, root, pageSize, 8, pageSize - 8);
}

void damageTheSchema(const QString& path)
{
    overwritePage(path, 1, 4096, 100, 2000);
}

QStringList filesContaining(const QString& folder, const QString& what)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(what);
}

SaveLoop::SaveLoop(const QString& databasePath)
{
    m_process.start(testPath("QL_SAVE_LOOP_PATH"), {databasePath});
    REQUIRE(m_process.waitForStarted(10000));
    QDeadlineTimer deadline(30000);
    while (!m_pending.contains("ready\n") && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        if (m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
            m_pending += m_process.readAllStandardOutput();
    INFO(QString::fromUtf8(m_process.readAllStandardError()).toStdString());
    REQUIRE(m_pending.contains("ready\n"));
    m_pending = m_pending.mid(m_pending.indexOf("ready\n") + 6);
    readLines();
}

SaveLoop::~SaveLoop()
{
    stop();
}

void SaveLoop::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    m_pending += m_process.readAllStandardOutput();
    readLines();
}

void SaveLoop::readLines()
{
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QList<QByteArray> words = m_pending.left(end).split(' ');
        m_pending.remove(0, end + 1);
        if (words.size() == 4 && words.at(0) == "saved") {
            m_numbers.append(QString::fromLatin1(words.at(2)));
            m_latencies.append(words.at(3).toLongLong());
        }
    }
}

bool SaveLoop::waitForSaves(int more, int timeoutMs)
{
    const qsizetype target = m_numbers.size() + more;
    QDeadlineTimer deadline(timeoutMs);
    while (m_numbers.size() < target) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running)
            return false;
        if (m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())))) {
            m_pending += m_process.readAllStandardOutput();
            readLines();
        }
    }
    return true;
}

} // namespace BackupWorld
