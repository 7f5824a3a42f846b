#include "db/Database.h"

#include "backup/DamageAdvice.h"
#include "db/BackgroundCheckpoint.h"
#include "db/DatabaseError.h"
#include "db/FileSystemKind.h"
#include "db/Migrator.h"
#include "db/MovedFile.h"
#include "db/ServerAddress.h"
#include "db/ServerErrors.h"
#include "db/ServerPasswords.h"
#include "db/ServerUpgrade.h"
#include "db/Sql.h"
#include "deadlines/CaseClocks.h"
#include "deadlines/DutyBackfill.h"
#include "search/SearchIndex.h"
#include "stats/ClockDays.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using Kind = DatabaseError::Kind;

static QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("qualityloop-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::Database(const QString& path)
    : Database(path, Options())
{
}

Database::Database(const QString& path, const Options& options)
    : m_path(ServerAddress::isServer(path) ? ServerAddress::parse(path).text()
                                           : QFileInfo(path).absoluteFilePath())
    , m_connectionName(nextConnectionName())
    , m_options(options)
    , m_server(ServerAddress::isServer(path))
{
    if (m_server) {
        openServer();
        return;
    }
    checkFileBeforeOpening();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.access == Access::ReadOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(connectOptions);
    try {
        if (!m_db.open())
            Sql::raise(m_db, m_db.lastError(), tr("opening the database"));
        checkContents();
        applyPragmas();
        if (options.access == Access::ReadWrite) {
            Migrator::migrate(m_db);
            rebuildSearchIfAsked();
            fillDutiesIfAsked();
            CaseClocks(m_db).rebuildIfAsked(); // migration 017 on a database with cases
            ClockDays(m_db).sync(); // migration 023, or the time zone changed: resumable
            if (options.backgroundCheckpoint) {
                m_checkpoint = std::make_unique<BackgroundCheckpoint>(m_path);
                if (m_checkpoint->isRunning())
                    Sql::exec(m_db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
            }
        }
    } catch (...) {
        Sql::forgetConnection(m_connectionName);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    m_checkpoint.reset(); // before the last connection closes and SQLite checkpoints itself
    Sql::forgetConnection(m_connectionName);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(m_db);
}

void Database::openServer()
{
    const ServerAddress address = ServerAddress::parse(m_path);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(address.host);
    m_db.setPort(address.port);
    m_db.setUserName(address.user);
    m_db.setDatabaseName(address.database);
    // A password typed in the window (kept in memory only), else libpq reads PGPASSWORD or
    // ~/.pgpass. TLS whenever the server offers it.
    const QString password = ServerPasswords::of(m_path);
    if (!password.isEmpty())
        m_db.setPassword(password);
    // TLS whenever the server offers it; an office that has its server's certificate asks for
    // more with libpq's own PGSSLMODE (verify-full, with PGSSLROOTCERT), which then applies.
    // A server that goes silent while a statement runs (a cable pulled, a host that froze) is
    // given up within about a minute, not after the system's TCP timeout of a quarter of an hour.
    QString connectOptions = QStringLiteral("connect_timeout=10;application_name=QualityLoop;keepalives=1;"
                                            "keepalives_idle=30;keepalives_interval=10;keepalives_count=3;"
                                            "tcp_user_timeout=60000");
    if (qEnvironmentVariableIsEmpty("PGSSLMODE"))
        connectOptions += QStringLiteral(";sslmode=prefer");
    if (m_options.access == Access::ReadOnly)
        connectOptions += QStringLiteral(";options='-c default_transaction_read_only=on'");
    m_db.setConnectOptions(connectOptions);
    try {
        if (!m_db.open())
            throw ServerErrors::connectionFailed(m_db.lastError(), m_path, address.user, address.database);
        Sql::exec(m_db, QStringLiteral("SET client_min_messages = warning"));
        const int version = checkServerContents();
        if (m_options.access == Access::ReadWrite) {
            // The version is read once: a database already current is not handed to the migrator,
            // which would read it again (two statements) before its loop.
            if (version < latestSchemaVersion()) {
                if (version > 0)
                    ServerUpgrade::requireOwner(m_db, m_path, version, latestSchemaVersion());
                Migrator::migrate(m_db);
            }
            rebuildSearchIfAsked();
            fillDutiesIfAsked();
            CaseClocks(m_db).rebuildIfAsked();
            ClockDays(m_db).sync(); // the counts in the company's time zone, as on a file
        }
    } catch (...) {
        Sql::forgetConnection(m_connectionName);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

int Database::checkServerContents()
{
    const int version = schemaVersion();
    if (version > latestSchemaVersion())
        throw DatabaseError(
            Kind::NewerVersion,
            tr("The database %1 was made by a newer version of QualityLoop (database version %2; "
               "this version knows up to %3). Install the newer QualityLoop to open it. "
               "Nothing was changed.")
                .arg(m_path)
                .arg(version)
                .arg(latestSchemaVersion()));
    if (version == 0
        && Sql::scalar(m_db,
                       QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"))
                .toInt()
            > 0)
        throw DatabaseError(Kind::NotADatabase,
                            tr("The database %1 holds the tables of another program, not of QualityLoop. "
                               "Nothing was changed.")
                                .arg(m_path));
    if (version == 0 && m_options.access == Access::ReadOnly)
        throw DatabaseError(Kind::CannotOpen, tr("The database %1 is empty.").arg(m_path));
    if (version == 0) // else the migrator's first CREATE TABLE says "permission denied for schema public"
        ServerUpgrade::requireMaker(m_db, m_path);
    return version;
}

void Database::checkFileBeforeOpening() const
{
    const QFileInfo info(m_path);
    const QString name = QDir::toNativeSeparators(m_path);
    const QString network = FileSystemKind::networkFileSystem(m_path);
    if (!network.isEmpty())
        throw DatabaseError(
            Kind::NetworkShare,
            tr("“%1” is on a network drive (%2). QualityLoop keeps its database file on this PC's own "
               "disk only: locks on a network drive are not reliable, and two PCs saving into one file "
               "there would lose or mix up cases. To work together from several PCs, put the data on a "
               "shared PostgreSQL server (README: “A shared office”); to work alone, copy the file to "
               "this PC. Nothing was changed.")
                .arg(name, network));
    if (!info.exists()) {
        if (!m_options.create || m_options.access == Access::ReadOnly)
            throw DatabaseError(Kind::CannotOpen, tr("There is no database at “%1”.").arg(name));
        if (!QDir().mkpath(info.absolutePath()))
            throw DatabaseError(Kind::CannotOpen,
                                tr("The folder “%1” cannot be created, so the database cannot be made there.")
                                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    if (info.isDir())
        throw DatabaseError(Kind::CannotOpen, tr("“%1” is a folder, not a database file.").arg(name));
    // Only stat() and access() here, never open(): closing any descriptor of the file drops every
    // POSIX lock this process holds on it, and another program would then delete the WAL under
    // our open connections (sqlite.org/howtocorrupt.html 2.2). SQLite itself reads the header.
    if (!info.isReadable())
        throw DatabaseError(Kind::CannotOpen,
                            tr("“%1” cannot be read. Check that you may open this file.").arg(name));
    // A file marked read-only stays read-only, also for an administrator's account that could write anyway.
    const bool markedReadOnly = !(info.permissions() & QFileDevice::WriteOwner);
    if (m_options.access == Access::ReadWrite
        && (markedReadOnly || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
        throw DatabaseError(Kind::ReadOnly,
                            tr("“%1” is read-only, so QualityLoop cannot save in it. Ask your administrator "
                               "for write access, or open a copy. Nothing was changed.")
                                .arg(name));
}

void Database::checkContents()
{
    const QString name = QDir::toNativeSeparators(m_path);
    // These reads touch the header and the schema: a locked, damaged or foreign file fails here,
    // before anything is written.
    int version = 0;
    try {
        version = schemaVersion();
    } catch (const DatabaseError& error) {
        if (error.kind() != Kind::NotADatabase)
            throw;
        // A file that has backups was a QualityLoop database: its message names the newest one.
        throw DamageAdvice::withNewestBackup(
            DatabaseError(Kind::NotADatabase,
                          tr("“%1” is not a QualityLoop database (it is not a database file at all). "
                             "Nothing was changed.")
                              .arg(name)),
            m_path);
    }
    const int appId = Sql::scalar(m_db, QStringLiteral("PRAGMA application_id")).toInt();
    const int objects = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
    if (version > latestSchemaVersion())
        throw DatabaseError(Kind::NewerVersion,
                            tr("“%1” was made by a newer version of QualityLoop (database version %2; this "
                               "version knows up to %3). Install the newer QualityLoop to open it. "
                               "Nothing was changed.")
                                .arg(name)
                                .arg(version)
                                .arg(latestSchemaVersion()));
    if ((version > 0 && appId != applicationId) || (version == 0 && objects > 0))
        throw DatabaseError(
            Kind::NotADatabase,
            tr("“%1” is a database of another program, not of QualityLoop. Nothing was changed.").arg(name));
    if (version == 0 && m_options.access == Access::ReadOnly)
        throw DatabaseError(Kind::CannotOpen, tr("“%1” is an empty database.").arg(name));
    // A file whose office moved to a server is read, never written (before any migration).
    if (m_options.access == Access::ReadWrite && version > 0) {
        const QString server = MovedFile::movedTo(m_db);
        if (!server.isEmpty())
            throw MovedFile::openRefused(m_path, server);
    }
}

void Database::applyPragmas()
{
    if (m_options.access == Access::ReadWrite) {
        const QString mode = Sql::scalar(m_db, QStringLiteral("PRAGMA journal_mode")).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            Sql::exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    Sql::exec(m_db, QStringLiteral("PRAGMA synchronous = FULL"));
    Sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
    Sql::exec(m_db, QStringLiteral("PRAGMA cache_size = -32000"));
}

void Database::rebuildSearchIfAsked()
{
    // A migration that creates or changes the search index asks for it to be filled again:
    // the index text is made by SearchText, which SQL alone cannot do.
    const QString key = QStringLiteral("search.needs_rebuild");
    if (Sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}).toString()
        != QLatin1String("1"))
        return;
    SearchIndex::rebuild(m_db);
    Sql::exec(m_db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
}

void Database::fillDutiesIfAsked()
{
    // Migration 016 asks for the duties of the open cases already there (core computes them).
    DutyBackfill::runIfAsked(m_db, m_options.progress);
}
