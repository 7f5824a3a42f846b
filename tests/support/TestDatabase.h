#pragma once

#include "db/Database.h"
#include "domain/User.h"

#include <QTemporaryDir>

#include <memory>

// A fresh database file with the real migrations, in a temporary folder, with a small world:
// one user of each role, a customer with a shipped serial number, a service agency with two
// technicians. Time zone of the company: Asia/Shanghai.
class TestDatabase
{
public:
    TestDatabase();
    Database& db() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    void reopen();

    User sales, quality, technician, otherTechnician, rnd, techSupport, manager, admin;
    qint64 customerId = 0, keyCustomerId = 0, modelId = 0, shipmentId = 0, agencyId = 0;
    qint64 rndUnit = 0, mfgUnit = 0, techSupportUnit = 0;
    qint64 gradeA = 0, gradeB = 0, gradeC = 0, categoryId = 0, causeId = 0;
    QString serialNo = QStringLiteral("SN2025-000123");

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};
