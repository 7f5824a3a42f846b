#include "TestDatabase.h"

#include "PgServer.h"
#include "db/Sql.h"
#include "deadlines/DeadlineRules.h"
#include "reference/ReferenceData.h"

namespace {
User makeUser(const QSqlDatabase& db, const QString& name, Role role, qint64 unit = 0, qint64 technician = 0)
{
    User u;
    u.username = name;
    u.displayName = name;
    u.role = role;
    u.unitId = unit;
    u.technicianId = technician;
    u.id = Sql::exec(db,
                     QStringLiteral("INSERT INTO users(username, display_name, role, unit_id, technician_id, "
                                    "created_at) VALUES (?,?,?,?,?,0)"),
                     {name, name, Roles::code(role), unit > 0 ? QVariant(unit) : QVariant(),
                      technician > 0 ? QVariant(technician) : QVariant()})
               .lastInsertId()
               .toLongLong();
    return u;
}
} // namespace

bool TestDatabase::onServer()
{
    const QString backend = qEnvironmentVariable("QL_TEST_BACKEND");
    return backend == QLatin1String("pg") || backend.startsWith(QLatin1String("pg:"));
}

TestDatabase::TestDatabase(World world)
{
    if (onServer())
        m_serverDatabase = PgServer::migratedCopy();
    m_db = std::make_unique<Database>(path());
    if (world == World::None)
        return;
    const QSqlDatabase db = m_db->connection();
    DeadlineRules rules = DeadlineRules::load(db);
    rules.zone = QTimeZone("Asia/Shanghai");
    rules.save(db);
    ReferenceData ref(db);
    customerId = ref.addCustomer(QStringLiteral("Huadong Petrochemical Co."), false,
                                 QStringLiteral("1 Refinery Road"), QStringLiteral("East"));
    keyCustomerId = ref.addCustomer(QStringLiteral("华东石化有限公司"), true,
                                    QStringLiteral("上海市浦东新区"), QStringLiteral("East"));
    modelId = ref.addProductModel(QStringLiteral("Q41F-16C-50"), QStringLiteral("Ball valve Q41F-16C DN50"),
                                  QStringLiteral("valve"));
    shipmentId = ref.addShipment(QStringLiteral("SO-7788"), QStringLiteral("B2025-031"), customerId,
                                 QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC));
    ref.addSerial(serialNo, shipmentId, modelId);
    agencyId = ref.addServiceAgency(QStringLiteral("East China Service Center"), QStringLiteral("East"),
                                    QString());
    const qint64 tech1
        = ref.addTechnician(agencyId, QStringLiteral("Zhou Jie"), QString(), {QStringLiteral("valve")});
    const qint64 tech2
        = ref.addTechnician(agencyId, QStringLiteral("Wu Gang"), QString(), {QStringLiteral("positioner")});
    rndUnit = ref.unitId(QStringLiteral("RND"));
    mfgUnit = ref.unitId(QStringLiteral("MFG"));
    techSupportUnit = ref.unitId(QStringLiteral("TECHSUPPORT"));
    for (const Grade& g : ref.grades()) {
        if (g.code == QLatin1String("A"))
            gradeA = g.id;
        if (g.code == QLatin1String("B"))
            gradeB = g.id;
        if (g.code == QLatin1String("C"))
            gradeC = g.id;
    }
    categoryId = ref.defectCategories().first().id;
    causeId = ref.defectCauses().first().id;
    sales = makeUser(db, QStringLiteral("sales"), Role::SalesClerk);
    quality = makeUser(db, QStringLiteral("quality"), Role::QualityEngineer);
    technician = makeUser(db, QStringLiteral("tech"), Role::Technician, 0, tech1);
    otherTechnician = makeUser(db, QStringLiteral("tech2"), Role::Technician, 0, tech2);
    rnd = makeUser(db, QStringLiteral("rnd"), Role::ResponsibleUnit, rndUnit);
    techSupport = makeUser(db, QStringLiteral("support"), Role::ResponsibleUnit, techSupportUnit);
    manager = makeUser(db, QStringLiteral("manager"), Role::Manager);
    admin = makeUser(db, QStringLiteral("boss"), Role::Administrator);
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_serverDatabase.isEmpty())
        PgServer::dropDatabase(m_serverDatabase);
}

QString TestDatabase::path() const
{
    if (!m_serverDatabase.isEmpty())
        return PgServer::url(PgServer::adminUser(), m_serverDatabase);
    return m_dir.filePath(QStringLiteral("test.sqlite"));
}

void TestDatabase::reopen()
{
    m_db.reset();
    m_db = std::make_unique<Database>(path());
}
