#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

// What the backup and restore tests share: file digests, the command line, a second process
// that keeps saving, and ways to damage a database file the way a disk does.
namespace BackupWorld {

QByteArray digest(const QString& path);
// Runs qualityloop-cli; returns its exit code, its output and errors in *out / *err.
int cli(const QStringList& args, QString* out = nullptr, QString* err = nullptr);
// A database of QualityLoop's with `cases` sample cases (and their users and lists).
void makeSampleDatabase(const QString& path, int cases);
qint64 caseCount(const QString& path);
// Overwrites the first page of the first index of the cases table with junk: the file still
// opens (its header and schema are sound) but SQLite's integrity_check fails.
void damageAnIndex(const QString& path);
// Overwrites the schema page behind the header, as BadDatabaseTest does: opening says "damaged".
void damageTheSchema(const QString& path);
// The files in a folder whose names contain what (no leftovers: ".part-", "before-restore").
QStringList filesContaining(const QString& folder, const QString& what);

// ql_save_loop DATABASE, reading its acknowledged saves as they come.
class SaveLoop
{
public:
    explicit SaveLoop(const QString& databasePath);
    ~SaveLoop();
    // Waits until `more` saves beyond those seen so far were acknowledged (false at the deadline).
    bool waitForSaves(int more, int timeoutMs = 20000);
    const QStringList& acknowledged() const { return m_numbers; }
    QList<qint64> latenciesUs() const { return m_latencies; }
    void stop();

private:
    void readLines();
    QProcess m_process;
    QStringList m_numbers;
    QList<qint64> m_latencies;
    QByteArray m_pending;
};

} // namespace BackupWorld
