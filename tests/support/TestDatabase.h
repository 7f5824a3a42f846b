#pragma once

#include "db/Database.h"
#include "domain/User.h"

#include <QTemporaryDir>

#include <memory>

// A fresh database file with the real migrations, in a temporary folder, with a small world:
// one user of each role, a customer with a shipped serial number, a service agency with two
// technicians. Time zone of the company: Asia/Shanghai.
// With QL_TEST_BACKEND=pg (server from QL_TEST_PG_STATE or QL_TEST_PG_URL) or pg:STATE (the core
// suite's second run, ctest label pg) it is a new database on the PostgreSQL test server instead
// (PgServer.h), copied from one already migrated and dropped
// at the end; path() is then its postgresql:// address.
class TestDatabase
{
public:
    enum class World
    {
        Small, // the small world above
        None // the migrations only, as `qualityloop-cli init` leaves a database less its administrator
    };
    explicit TestDatabase(World world = World::Small);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;
    // True in the core suite's run on PostgreSQL.
    static bool onServer();
    Database& db() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    // The database's file, or its address on the test server.
    QString path() const;
    QString dir() const { return m_dir.path(); }
    void reopen();

    User sales, quality, technician, otherTechnician, rnd, techSupport, manager, admin;
    qint64 customerId = 0, keyCustomerId = 0, modelId = 0, shipmentId = 0, agencyId = 0;
    qint64 rndUnit = 0, mfgUnit = 0, techSupportUnit = 0;
    qint64 gradeA = 0, gradeB = 0, gradeC = 0, categoryId = 0, causeId = 0;
    QString serialNo = QStringLiteral("SN2025-000123");

private:
    QTemporaryDir m_dir;
    QString m_serverDatabase; // the database's name on the test server
    std::unique_ptr<Database> m_db;
};
