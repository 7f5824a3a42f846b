#include "PgServer.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "db/ServerAddress.h"
#include "db/ServerSchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace PgServer {

QString adminUrl()
{
    const QString given = qEnvironmentVariable("QL_TEST_PG_URL");
    if (!given.isEmpty())
        return given;
    // The core suite's run on the server names the cluster's folder in QL_TEST_BACKEND=pg:STATE
    // (ctest's ENVIRONMENT of discovered tests holds one variable only).
    QString state = qEnvironmentVariable("QL_TEST_PG_STATE");
    const QString backend = qEnvironmentVariable("QL_TEST_BACKEND");
    if (backend.startsWith(QLatin1String("pg:")))
        state = backend.mid(3);
    QFile file(state + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("no test server: run the pg tests through ctest (fixture pg_cluster) or set "
                                 "QL_TEST_PG_URL");
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString url(const QString& user, const QString& database)
{
    ServerAddress a = ServerAddress::parse(adminUrl());
    a.user = user;
    a.database = database;
    return a.text();
}

namespace {
// One session of the superuser on a database of the server, closed at the end of its scope.
class AdminSession
{
public:
    explicit AdminSession(const QString& database)
    {
        static QAtomicInteger<int> counter;
        m_name = QStringLiteral("pg-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
        const ServerAddress a = ServerAddress::parse(adminUrl());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(a.host);
        m_db.setPort(a.port);
        m_db.setUserName(a.user);
        m_db.setDatabaseName(database.isEmpty() ? a.database : database);
        if (!m_db.open())
            fail(QStringLiteral("connecting"), m_db.lastError().text());
    }
    ~AdminSession()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    AdminSession(const AdminSession&) = delete;
    AdminSession& operator=(const AdminSession&) = delete;
    QVariant exec(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(m_db);
        // The server prepares no CREATE or DROP DATABASE: those run as they are.
        bool ok = false;
        if (binds.isEmpty()) {
            ok = q.exec(sql);
        } else {
            ok = q.prepare(sql);
            for (const QVariant& v : binds)
                q.addBindValue(v);
            ok = ok && q.exec();
        }
        if (!ok)
            fail(sql, q.lastError().text());
        return q.next() ? q.value(0) : QVariant();
    }

private:
    [[noreturn]] void fail(const QString& what, const QString& error)
    {
        m_db.close();
        throw std::runtime_error(QString(what + QStringLiteral(": ") + error).toStdString());
    }
    QString m_name;
    QSqlDatabase m_db;
};

// Tells apart the templates of different schemas (a cluster started by hand outlives a build):
// a hash of every text the program runs on a server to make a database, as ServerSchema says it.
QString templateName()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(ServerSchema::setup());
    hash.addData(ServerSchema::afterEach());
    for (const Migrator::Migration& migration : Migrator::migrations())
        hash.addData(QByteArray(migration.resource.toUtf8() + ServerSchema::script(migration)));
    return QStringLiteral("ql_migrated_") + QString::fromLatin1(hash.result().toHex().left(12));
}
} // namespace

QString adminUser()
{
    return ServerAddress::parse(adminUrl()).user;
}

void adminExec(const QString& sql, const QString& database)
{
    AdminSession(database).exec(sql);
}

bool waitUntilRunning(const QString& pattern, int ms)
{
    AdminSession admin({});
    for (const QDeadlineTimer deadline(ms); !deadline.hasExpired();)
        if (admin
                .exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                                     "AND state = 'active' AND query LIKE ?"),
                      {pattern})
                .toInt()
            > 0)
            return true;
    return false;
}

QString migratedCopy()
{
    static QAtomicInteger<int> counter;
    const QString source = templateName();
    const QString name = QStringLiteral("ql_core_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    AdminSession admin({});
    // Test processes run side by side: the first one migrates the template, the others wait.
    admin.exec(QStringLiteral("SELECT pg_advisory_lock(16016)"));
    if (!admin.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), {source}).isValid()) {
        const QString building = source + QStringLiteral("_building");
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building));
        admin.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(building));
        {
            Database migrated(url(adminUser(), building));
        }
        admin.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, source));
    }
    admin.exec(QStringLiteral("SELECT pg_advisory_unlock(16016)"));
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, source));
    return name;
}

void dropDatabase(const QString& name)
{
    try {
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    } catch (...) { // the cluster is thrown away at the end anyway
    }
}

} // namespace PgServer

ScratchDatabase::ScratchDatabase()
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("ql_test_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    PgServer::adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name));
    PgServer::adminExec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(m_name));
}

ScratchDatabase::~ScratchDatabase()
{
    PgServer::dropDatabase(m_name);
}

QString ScratchDatabase::url() const
{
    return PgServer::url(ServerAddress::parse(PgServer::adminUrl()).user, m_name);
}

OwnedOffice::OwnedOffice()
    : m_owner(m_scratch.name() + QStringLiteral("_owner"))
    , m_clerk(m_scratch.name() + QStringLiteral("_clerk"))
{
    PgServer::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_owner));
    PgServer::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_clerk));
    PgServer::adminExec(QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(m_owner), m_scratch.name());
    {
        const Database made(ownersUrl());
    }
    PgServer::adminExec(QStringLiteral("SELECT qualityloop_grant('%1')").arg(m_clerk), m_scratch.name());
}

OwnedOffice::~OwnedOffice()
{
    for (const QString& role : {m_clerk, m_owner}) {
        PgServer::adminExec(QStringLiteral("DROP OWNED BY %1").arg(role), m_scratch.name());
        PgServer::adminExec(QStringLiteral("DROP ROLE %1").arg(role));
    }
}

QString OwnedOffice::ownersUrl() const
{
    return PgServer::url(m_owner, m_scratch.name());
}

QString OwnedOffice::clerksUrl() const
{
    return PgServer::url(m_clerk, m_scratch.name());
}
