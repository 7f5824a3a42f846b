#include "PgServer.h"

#include "db/ServerAddress.h"

#include <QAtomicInteger>
#include <QCoreApplication>
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
    QFile file(qEnvironmentVariable("QL_TEST_PG_STATE") + QStringLiteral("/url"));
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

void adminExec(const QString& sql, const QString& database)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("pg-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    const ServerAddress a = ServerAddress::parse(adminUrl());
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(a.host);
        db.setPort(a.port);
        db.setUserName(a.user);
        db.setDatabaseName(database.isEmpty() ? a.database : database);
        if (!db.open())
            error = db.lastError().text();
        else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty())
        throw std::runtime_error(QString(sql + QStringLiteral(": ") + error).toStdString());
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
    try {
        PgServer::adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    } catch (...) { // the cluster is thrown away at the end anyway
    }
}

QString ScratchDatabase::url() const
{
    return PgServer::url(ServerAddress::parse(PgServer::adminUrl()).user, m_name);
}
