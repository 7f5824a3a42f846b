// Issue 14 R13: a special treatment group's members change after it opened, by its lead or the
// Quality Department only, each join and leave in the audit.
#include "FlowDriver.h"
#include "Refusal.h"
#include "db/Sql.h"
#include "improvement/GroupService.h"

#include <catch2/catch.hpp>

namespace {
QStringList memberAudit(TestDatabase& t)
{
    QStringList rows;
    QSqlQuery q
        = Sql::exec(t.connection(),
                    QStringLiteral("SELECT action, field, old_value, new_value, user_id FROM audit_log "
                                   "WHERE entity = 'treatment_group_members' AND field = 'user_id' "
                                   "ORDER BY id"));
    while (q.next())
        rows << QStringLiteral("%1 %2->%3 by %4")
                    .arg(q.value(0).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString());
    return rows;
}
} // namespace

TEST_CASE("R13 a group's lead or Quality adds and removes members after opening: each change is audited",
          "[improvement][groups]")
{
    TestDatabase t;
    FlowDriver d(t);
    GroupService groups(t.connection(), d.clock);
    const qint64 id = groups.open(t.quality, QStringLiteral("Intermittent leak nobody can reproduce"), 0,
                                  t.rnd.id, {t.techSupport.id});
    TreatmentGroup g = groups.load(id);
    const int opened = static_cast<int>(memberAudit(t).size());

    // A member, Sales or a stale version may not change them; nothing changes.
    CHECK(refusal([&] {
              groups.changeMembers(t.techSupport, id, g.version, {t.techSupport.id, t.sales.id});
          }).contains(QStringLiteral("Only the group's lead or the Quality")));
    CHECK(refusal([&] {
              groups.changeMembers(t.sales, id, g.version, {t.sales.id});
          }).contains(QStringLiteral("Only the group's lead or the Quality")));
    CHECK(fieldsOf([&] { groups.changeMembers(t.rnd, id, g.version, {t.rnd.id}); })
          == QStringList {QStringLiteral("members")});
    CHECK(groups.load(id).memberIds == QList<qint64> {t.techSupport.id});

    // The lead adds two and Quality then removes one.
    groups.changeMembers(t.rnd, id, g.version, {t.techSupport.id, t.technician.id, t.sales.id});
    CHECK(refusal([&] {
              groups.changeMembers(t.quality, id, g.version, {t.sales.id});
          }).contains(QStringLiteral("changed this record")));
    g = groups.load(id);
    CHECK(g.memberIds == QList<qint64> {t.techSupport.id, t.technician.id, t.sales.id});
    groups.changeMembers(t.quality, id, g.version, {t.technician.id, t.sales.id});

    t.reopen();
    GroupService after(t.connection(), d.clock);
    g = after.load(id);
    CHECK(g.memberIds == QList<qint64> {t.technician.id, t.sales.id});
    const QStringList audit = memberAudit(t).mid(opened);
    INFO(audit.join(u'\n').toStdString());
    REQUIRE(audit.size() == 3);
    CHECK(audit.at(0) == QStringLiteral("create ->%1 by %2").arg(t.technician.id).arg(t.rnd.id));
    CHECK(audit.at(1) == QStringLiteral("create ->%1 by %2").arg(t.sales.id).arg(t.rnd.id));
    CHECK(audit.at(2) == QStringLiteral("delete %1-> by %2").arg(t.techSupport.id).arg(t.quality.id));
    // The group's own history names them.
    CHECK(Sql::scalar(t.connection(),
                      QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'treatment_groups' AND "
                                     "field = 'members' ORDER BY id DESC LIMIT 1"))
              .toString()
          == QStringLiteral("%1, %2").arg(t.technician.displayName, t.sales.displayName));
    // The new member records progress; the one who left no longer can.
    after.addProgress(t.sales, id, QDate(2026, 3, 2), QStringLiteral("Customer visited"));
    CHECK(refusal([&] {
              after.addProgress(t.techSupport, id, QDate(2026, 3, 2), QStringLiteral("x"));
          }).contains(QStringLiteral("Only the group's lead")));

    // Closed: the members stay as they were.
    after.decideImprovement(t.rnd, id, g.version, QStringLiteral("Thermal cycle test"));
    g = after.load(id);
    after.close(t.rnd, id, g.version, QStringLiteral("Found"));
    g = after.load(id);
    CHECK(refusal([&] {
              after.changeMembers(t.quality, id, g.version, {t.sales.id});
          }).contains(QStringLiteral("is closed")));
}
