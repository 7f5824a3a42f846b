#include "SaverWorld.h"

#include "UserError.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "reference/ReferenceData.h"

#include <QFileInfo>

namespace {
const QString customerName = QStringLiteral("Huadong Petrochemical Co.");
const QString modelCode = QStringLiteral("Q41F-16C-50");
const QString password = QStringLiteral("reliable-2026");
} // namespace

void SaverWorld::create(const QString& path)
{
    if (QFileInfo::exists(path))
        throw UserError(QStringLiteral("%1 exists already").arg(path));
    Database database(path); // every migration, WAL mode, synchronous=FULL
    const QSqlDatabase db = database.connection();
    UserService users(db);
    // The administrator a new database gets at creation, as `qualityloop-cli init` makes it.
    const QString adminName = QStringLiteral("admin");
    User first;
    first.username = adminName;
    first.displayName = QStringLiteral("Administrator");
    first.role = Role::Administrator;
    const User admin = users.createFirstAdministrator(first, password);
    User clerk;
    clerk.username = QStringLiteral("sales");
    clerk.displayName = QStringLiteral("Wang Li");
    clerk.role = Role::SalesClerk;
    users.createUser(admin, clerk, password);
    const ReferenceData reference(db);
    reference.addCustomer(customerName, false, QStringLiteral("1 Refinery Road"), QStringLiteral("East"));
    reference.addProductModel(modelCode, QStringLiteral("Ball valve Q41F-16C DN50"), QStringLiteral("valve"));
}

SaverWorld SaverWorld::find(const QSqlDatabase& db)
{
    SaverWorld world;
    const auto clerk = UserService(db).userByName(QStringLiteral("sales"));
    const ReferenceData reference(db);
    const QList<NamedItem> customers = reference.customers(customerName, 1);
    qint64 modelId = 0;
    for (const NamedItem& model : reference.productModels())
        if (model.code == modelCode)
            modelId = model.id;
    if (!clerk || customers.isEmpty() || modelId == 0)
        throw UserError(QStringLiteral("not a database made by SaverWorld::create"));
    world.clerk = *clerk;
    IntakeData& d = world.intake;
    d.channel = QStringLiteral("phone");
    d.customerId = customers.first().id;
    d.contactName = QStringLiteral("Li Ming");
    d.contactPhone = QStringLiteral("+86 21 5555 1234");
    d.modelId = modelId;
    d.symptom = QStringLiteral("Stem packing leaks after two weeks; 阀杆填料处外漏");
    d.customerRequest = QStringLiteral("Send a technician");
    d.siteAddress = QStringLiteral("Unit 3, 1 Refinery Road");
    return world;
}
