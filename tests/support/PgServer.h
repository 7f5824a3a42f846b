#pragma once

#include <QSqlDatabase>
#include <QString>

// The PostgreSQL server the pg tests run on: the throw-away cluster of the ctest fixture
// pg_cluster (tests/pg/pg-cluster.sh writes its address to $QL_TEST_PG_STATE/url), or a server
// given by hand in $QL_TEST_PG_URL (a superuser's postgresql://USER@HOST:PORT/DB).
namespace PgServer {
// The superuser's address, to make and drop scratch databases and roles.
QString adminUrl();
// The same server with another user and database.
QString url(const QString& user, const QString& database);
// The superuser's name.
QString adminUser();
// A new database for one test, a copy of one with every migration applied (made once per
// server and schema version, by whichever test process comes first); returns its name.
QString migratedCopy();
// Drops a database (also while a forgotten connection is still open).
void dropDatabase(const QString& name);
// Runs one statement as the superuser on the given database (the maintenance database by default).
void adminExec(const QString& sql, const QString& database = {});
// Waits until the server shows a statement like pattern (LIKE) running on any session; false after
// ms. Asks as the superuser through a session of the calling thread (another thread than the
// statement's: it uses no Catch macro).
bool waitUntilRunning(const QString& pattern, int ms = 20000);
} // namespace PgServer

// A new, empty database on the server for one test, owned by the superuser; dropped at the end.
class ScratchDatabase
{
public:
    ScratchDatabase();
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;
    const QString& name() const { return m_name; }
    // The address QualityLoop opens it by, as the superuser (the database's owner).
    QString url() const;

private:
    QString m_name;
};

// A scratch database set up as README "A shared office" does: an owner's login that made the
// tables (the schema is its own) and a clerk's login with the rights qualityloop_grant gives,
// granted by the superuser (as `runuser -u postgres -- psql` does). Both logins are dropped at
// the end, before the database.
class OwnedOffice
{
public:
    OwnedOffice();
    ~OwnedOffice();
    OwnedOffice(const OwnedOffice&) = delete;
    OwnedOffice& operator=(const OwnedOffice&) = delete;
    const ScratchDatabase& scratch() const { return m_scratch; }
    QString ownersUrl() const;
    QString clerksUrl() const;

private:
    ScratchDatabase m_scratch;
    QString m_owner;
    QString m_clerk;
};
