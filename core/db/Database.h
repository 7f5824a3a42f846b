#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class BackgroundCheckpoint;

// One open QualityLoop database file: checked before anything is written to it, migrated to
// the current schema, with the pragmas that make a returned save a save on disk.
// Throws DatabaseError with a message for a clerk when the file cannot be used.
// A path postgresql://USER@HOST[:PORT]/DB opens a database on a PostgreSQL server instead (a
// shared office): the password from PGPASSWORD or ~/.pgpass, TLS when the server offers it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };
    struct Options
    {
        Access access = Access::ReadWrite;
        bool create = true; // make a new database when there is no file
        int busyTimeoutMs = 5000; // how long to wait for another writer
        bool backgroundCheckpoint = true; // copy the log back from a thread, not inside a save
        // Told how far a long piece of opening has got (the duties of the open cases that a
        // database made before migration 016 gets once).
        std::function<void(qint64 done, qint64 total)> progress;
    };

    explicit Database(const QString& path);
    Database(const QString& path, const Options& options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QSqlDatabase& connection() const { return m_db; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_options.access == Access::ReadOnly; }
    bool isServer() const { return m_server; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    static constexpr int applicationId = 0x514c4f4f; // "QLOO"

private:
    void openServer();
    int checkServerContents(); // the schema version
    void checkFileBeforeOpening() const;
    void checkContents();
    void applyPragmas();
    void rebuildSearchIfAsked();
    void fillDutiesIfAsked();

    QString m_path;
    QString m_connectionName;
    Options m_options;
    bool m_server = false;
    QSqlDatabase m_db;
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint;
};
