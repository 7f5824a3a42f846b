// Issue 17: files on a case in a database made as `qualityloop-cli init` makes it (no sample
// data, no test world): added, kept across a restart, carried by an online backup and its
// restore, and every addition in the audit log under the name of who added it.
#include "AttachmentFixtures.h"
#include "MockClock.h"
#include "UserError.h"
#include "attachments/AttachmentFiles.h"
#include "attachments/AttachmentQuery.h"
#include "attachments/AttachmentService.h"
#include "attachments/AttachmentSteps.h"
#include "auth/UserService.h"
#include "backup/OnlineBackup.h"
#include "backup/RestoreService.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "reference/ReferenceData.h"
#include "workflow/WorkflowService.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>

using namespace AttachmentFixtures;

namespace {
const QString password = QStringLiteral("Seat-leak 2026");

// A new database with only what init and an administrator's first hour give it: the first
// administrator, one clerk, one quality engineer, one customer and one model.
struct EmptyOffice
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("office.sqlite"));
    std::unique_ptr<Database> database = std::make_unique<Database>(path);
    MockClock clock;
    User admin, clerk, quality;
    IntakeData intake;

    EmptyOffice()
    {
        UserService users(database->connection(), clock);
        User first;
        first.username = QStringLiteral("chief");
        first.displayName = QStringLiteral("Chief");
        first.role = Role::Administrator;
        admin = users.createFirstAdministrator(first, password);
        clerk = made(users, QStringLiteral("wang"), QStringLiteral("Wang Li"), Role::SalesClerk);
        quality = made(users, QStringLiteral("zhao"), QStringLiteral("Zhao Min"), Role::QualityEngineer);
        const ReferenceData reference(database->connection());
        intake.customerId = reference.addCustomer(QStringLiteral("Huadong Petrochemical Co."), false,
                                                  QStringLiteral("1 Refinery Road"), QStringLiteral("East"));
        intake.modelId
            = reference.addProductModel(QStringLiteral("Q41F-16C-50"),
                                        QStringLiteral("Ball valve Q41F-16C DN50"), QStringLiteral("valve"));
        intake.channel = QStringLiteral("phone");
        intake.contactName = QStringLiteral("Li Ming");
        intake.contactPhone = QStringLiteral("+86 21 5555 1234");
        intake.symptom = QStringLiteral("Stem packing leaks; 阀杆填料处外漏");
        intake.customerRequest = QStringLiteral("Send a technician");
        intake.siteAddress = QStringLiteral("Unit 3, 1 Refinery Road");
    }

    User made(UserService& users, const QString& name, const QString& display, Role role)
    {
        User u;
        u.username = name;
        u.displayName = display;
        u.role = role;
        users.createUser(admin, u, password);
        return *users.userByName(name);
    }

    QSqlDatabase db() const { return database->connection(); }
    void reopen()
    {
        database.reset();
        database = std::make_unique<Database>(path);
    }
};

QString extracted(const QSqlDatabase& db, const User& reader, const Attachment& a, const QString& folder)
{
    const QString copy = QDir(folder).filePath(QStringLiteral("out-%1-%2").arg(a.id).arg(a.fileName));
    AttachmentFiles(db).saveTo(reader, a, copy);
    return sha256Of(copy);
}
} // namespace

TEST_CASE("Files added in a new empty database survive a restart and an online backup and its restore",
          "[attachments][backup]")
{
    EmptyOffice o;
    const qint64 caseId = WorkflowService(o.db(), o.clock).logCase(o.clerk, o.intake);
    const QString photo = writeFile(o.dir.path(), QStringLiteral("stem.jpg"), jpegBytes(QSize(1024, 768)));
    const QString sheet = writeFile(o.dir.path(), QStringLiteral("service sheet.pdf"), pdfBytes(200 * 1024));
    AttachmentService(o.db(), o.clock)
        .add(o.clerk, caseId, {NewAttachment::fromFile(photo, QStringLiteral("Leak at the stem"))},
             AttachmentSteps::caseView());

    o.reopen();
    QList<Attachment> list = AttachmentQuery(o.db()).list(caseId);
    REQUIRE(list.size() == 1);
    CHECK(list.first().caption == QStringLiteral("Leak at the stem"));
    CHECK(list.first().addedBy == QStringLiteral("Wang Li"));
    CHECK(extracted(o.db(), o.clerk, list.first(), o.dir.path()) == sha256Of(photo));
    CHECK(!AttachmentFiles(o.db()).thumbnail(list.first()).isNull());

    // A backup while the database is open, then a second file, then the restore: the case has
    // the first file again, with its bytes and thumbnail, and not the second.
    const QString backup = o.dir.filePath(QStringLiteral("office.qlbackup"));
    OnlineBackup::make(o.path, backup, o.clock.now());
    o.clock.advanceHours(1);
    AttachmentService(o.db(), o.clock)
        .add(o.quality, caseId, {NewAttachment::fromFile(sheet)}, AttachmentSteps::caseView());
    REQUIRE(AttachmentQuery(o.db()).list(caseId).size() == 2);
    RestoreService::restore(backup, o.path, o.clock.now());
    list = AttachmentQuery(o.db()).list(caseId);
    REQUIRE(list.size() == 1);
    CHECK(list.first().fileName == QStringLiteral("stem.jpg"));
    CHECK(extracted(o.db(), o.clerk, list.first(), o.dir.path()) == sha256Of(photo));
    CHECK(!AttachmentFiles(o.db()).thumbnail(list.first()).isNull());
    o.reopen();
    CHECK(AttachmentQuery(o.db()).list(caseId).size() == 1);
    CHECK(Sql::scalar(o.db(), QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
}

TEST_CASE("The audit log says who added which file to which case, and who withdrew it and why",
          "[attachments][audit]")
{
    EmptyOffice o;
    const qint64 caseId = WorkflowService(o.db(), o.clock).logCase(o.clerk, o.intake);
    AttachmentService files(o.db(), o.clock);
    o.clock.advanceHours(2);
    const qint64 id
        = files
              .add(o.clerk, caseId,
                   {NewAttachment::fromBytes(QStringLiteral("nameplate.png"), pngBytes(QSize(400, 300)),
                                             QStringLiteral("Nameplate"))},
                   AttachmentSteps::caseView())
              .first();
    const auto logged = [&](const QString& field) {
        QSqlQuery q
            = Sql::exec(o.db(),
                        QStringLiteral("SELECT user_id, case_id, action, new_value, at FROM audit_log "
                                       "WHERE entity = 'case_attachments' AND entity_id = ? AND field = ?"),
                        {id, field});
        REQUIRE(q.next());
        return std::tuple {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(), Sql::toTime(q.value(4))};
    };
    const auto [who, onCase, action, name, at] = logged(QStringLiteral("file_name"));
    CHECK(who == o.clerk.id);
    CHECK(onCase == caseId);
    CHECK(action == QStringLiteral("create"));
    CHECK(name == QStringLiteral("nameplate.png"));
    CHECK(at == o.clock.now());
    CHECK(std::get<3>(logged(QStringLiteral("caption"))) == QStringLiteral("Nameplate"));

    // An administrator is neither its author nor a quality engineer: may not withdraw it; the
    // quality engineer may, and the log says so.
    CHECK_THROWS_AS(files.withdraw(o.admin, id, QStringLiteral("tidy up")), UserError);
    files.withdraw(o.quality, id, QStringLiteral("Belongs to another case"));
    const auto [by, wCase, wAction, reason, wAt] = logged(QStringLiteral("withdrawn_reason"));
    CHECK(by == o.quality.id);
    CHECK(wCase == caseId);
    CHECK(wAction == QStringLiteral("update"));
    CHECK(reason == QStringLiteral("Belongs to another case"));
    CHECK(AttachmentQuery(o.db()).list(caseId).isEmpty());
    CHECK(AttachmentQuery(o.db()).withdrawn(o.admin, caseId).size() == 1);
}
