#include "improvement/GroupService.h"

#include "UserError.h"
#include "db/NumberAllocator.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/WriteScope.h"
#include "deadlines/DeadlineRules.h"
#include "improvement/ImprovementDay.h"
#include "improvement/ImprovementRules.h"
#include "loops/RecordVersion.h"
#include "workflow/FieldCheck.h"

using Fields = RecordWriter::Fields;

namespace {
const QString groups = QStringLiteral("treatment_groups");
} // namespace

GroupService::GroupService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

TreatmentGroup GroupService::load(qint64 groupId) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT g.id, g.number, g.problem, coalesce(g.case_id, 0), coalesce(c.number, ''), "
                       "g.lead_user_id, ul.display_name, g.opened_at, g.improvement, g.summary, g.closed_at, "
                       "coalesce(ux.display_name, ''), g.version FROM treatment_groups g "
                       "JOIN users ul ON ul.id = g.lead_user_id LEFT JOIN cases c ON c.id = g.case_id "
                       "LEFT JOIN users ux ON ux.id = g.closed_by WHERE g.id = ?"),
        {groupId});
    if (!q.next())
        throw UserError(tr("There is no such special treatment group."));
    TreatmentGroup g;
    g.id = q.value(0).toLongLong();
    g.number = q.value(1).toString();
    g.problem = q.value(2).toString();
    g.caseId = q.value(3).toLongLong();
    g.caseNumber = q.value(4).toString();
    g.leadUserId = q.value(5).toLongLong();
    g.lead = q.value(6).toString();
    g.openedAt = Sql::toTime(q.value(7));
    g.improvement = q.value(8).toString();
    g.summary = q.value(9).toString();
    g.closedAt = Sql::toTime(q.value(10));
    g.closedBy = q.value(11).toString();
    g.version = q.value(12).toInt();
    q.finish();
    QSqlQuery m
        = Sql::exec(m_db,
                    QStringLiteral("SELECT u.id, u.display_name FROM treatment_group_members m JOIN users u "
                                   "ON u.id = m.user_id WHERE m.group_id = ? ORDER BY m.id"),
                    {groupId});
    while (m.next()) {
        g.memberIds.append(m.value(0).toLongLong());
        g.members.append(m.value(1).toString());
    }
    m.finish();
    QSqlQuery p
        = Sql::exec(m_db,
                    QStringLiteral("SELECT p.progress_on, p.entry, coalesce(u.display_name, '') FROM "
                                   "treatment_group_progress p LEFT JOIN users u ON u.id = p.recorded_by "
                                   "WHERE p.group_id = ? ORDER BY p.progress_on, p.id"),
                    {groupId});
    while (p.next())
        g.progress.append(
            {RecordWriter::storedDate(p.value(0)), p.value(1).toString(), p.value(2).toString()});
    return g;
}

TreatmentGroup GroupService::loadFor(qint64 groupId, int version) const
{
    const TreatmentGroup g = load(groupId);
    RecordVersion(m_db, DeadlineRules::load(m_db).zone, m_clock.now())
        .require(groups, groupId, g.version, version);
    if (g.isClosed())
        throw UserError(tr("Group %1 is closed; it stays as it was.").arg(g.number));
    return g;
}

qint64 GroupService::open(const User& user, const QString& problem, qint64 caseId, qint64 leadUserId,
                          const QList<qint64>& memberIds)
{
    ImprovementRules::require(ImprovementRules::refusal(user, ImprovementRules::Task::OpenGroup));
    FieldCheck check;
    check.require(!problem.trimmed().isEmpty(), QStringLiteral("problem"),
                  tr("Describe the problem the group treats."));
    check.require(leadUserId > 0, QStringLiteral("lead"), tr("Choose the group's lead."));
    check.require(!memberIds.isEmpty(), QStringLiteral("members"), tr("Choose the group's members."));
    check.throwIfAny();
    WriteScope scope(m_db);
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    const int year = ImprovementDay::today(m_db, m_clock).year();
    const qint64 id = writer.insert(
        groups, 0,
        Fields {{QStringLiteral("number"), NumberAllocator::next(m_db, QStringLiteral("TG"), year)},
                {QStringLiteral("problem"), problem.trimmed()},
                {QStringLiteral("case_id"), ImprovementDay::idOrNull(caseId)},
                {QStringLiteral("lead_user_id"), leadUserId},
                {QStringLiteral("opened_at"), now},
                {QStringLiteral("opened_by"), user.id}});
    QList<qint64> seen;
    for (qint64 member : memberIds) {
        if (seen.contains(member) || member == leadUserId)
            continue;
        seen.append(member);
        writer.insert(QStringLiteral("treatment_group_members"), 0,
                      Fields {{QStringLiteral("group_id"), id}, {QStringLiteral("user_id"), member}});
    }
    scope.commit();
    return id;
}

void GroupService::addProgress(const User& user, qint64 groupId, const QDate& on, const QString& entry)
{
    WriteScope scope(m_db);
    const TreatmentGroup g = load(groupId);
    ImprovementRules::require(ImprovementRules::groupRefusal(user, g, false));
    if (g.isClosed())
        throw UserError(tr("Group %1 is closed; it stays as it was.").arg(g.number));
    FieldCheck check;
    check.require(on.isValid() && on <= ImprovementDay::today(m_db, m_clock), QStringLiteral("on"),
                  tr("Give the day of the progress, today or before."));
    check.require(!entry.trimmed().isEmpty(), QStringLiteral("entry"), tr("Say what progress was made."));
    check.throwIfAny();
    RecordWriter writer(m_db, user.id, m_clock.now());
    writer.insert(QStringLiteral("treatment_group_progress"), 0,
                  Fields {{QStringLiteral("group_id"), groupId},
                          {QStringLiteral("progress_on"), on},
                          {QStringLiteral("entry"), entry.trimmed()},
                          {QStringLiteral("recorded_at"), m_clock.now()},
                          {QStringLiteral("recorded_by"), user.id}});
    scope.commit();
}

void GroupService::changeMembers(const User& user, qint64 groupId, int version,
                                 const QList<qint64>& memberIds)
{
    WriteScope scope(m_db);
    const TreatmentGroup g = loadFor(groupId, version);
    ImprovementRules::require(ImprovementRules::groupRefusal(user, g, true));
    QList<qint64> wanted;
    for (qint64 id : memberIds)
        if (id != g.leadUserId && !wanted.contains(id))
            wanted.append(id);
    FieldCheck check;
    check.require(!wanted.isEmpty(), QStringLiteral("members"),
                  tr("A group keeps at least one member besides its lead."));
    for (qint64 id : std::as_const(wanted))
        if (!g.memberIds.contains(id)
            && Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM users WHERE id = ? AND active = 1"),
                           {id})
                    .toInt()
                == 0) {
            check.require(false, QStringLiteral("members"),
                          tr("Choose members among the people who can sign in."));
            break;
        }
    check.throwIfAny();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    for (qint64 id : std::as_const(g.memberIds))
        if (!wanted.contains(id)) {
            const qint64 row = Sql::scalar(m_db,
                                           QStringLiteral("SELECT id FROM treatment_group_members WHERE "
                                                          "group_id = ? AND user_id = ?"),
                                           {groupId, id})
                                   .toLongLong();
            writer.remove(QStringLiteral("treatment_group_members"), row, 0,
                          {QStringLiteral("group_id"), QStringLiteral("user_id")});
        }
    for (qint64 id : std::as_const(wanted))
        if (!g.memberIds.contains(id))
            writer.insert(QStringLiteral("treatment_group_members"), 0,
                          Fields {{QStringLiteral("group_id"), groupId}, {QStringLiteral("user_id"), id}});
    if (writer.written() > 0) {
        // On the group too, in names: its history says who changed the members from what to what.
        writer.log(0, groups, groupId, QStringLiteral("update"), QStringLiteral("members"),
                   g.members.join(QStringLiteral(", ")), load(groupId).members.join(QStringLiteral(", ")));
        RecordVersion(m_db, {}, now).bump(groups, groupId);
    }
    scope.commit();
}

void GroupService::decideImprovement(const User& user, qint64 groupId, int version,
                                     const QString& improvement)
{
    WriteScope scope(m_db);
    const TreatmentGroup g = loadFor(groupId, version);
    ImprovementRules::require(ImprovementRules::groupRefusal(user, g, true));
    if (improvement.trimmed().isEmpty())
        throw UserError(
            tr("Say which systematic improvement was decided."),
            {{QStringLiteral("improvement"), tr("Say which systematic improvement was decided.")}});
    RecordWriter writer(m_db, user.id, m_clock.now());
    if (writer.update(groups, groupId, 0, {{QStringLiteral("improvement"), improvement.trimmed()}}) > 0)
        RecordVersion(m_db, {}, m_clock.now()).bump(groups, groupId);
    scope.commit();
}

void GroupService::close(const User& user, qint64 groupId, int version, const QString& summary)
{
    WriteScope scope(m_db);
    const TreatmentGroup g = loadFor(groupId, version);
    ImprovementRules::require(ImprovementRules::groupRefusal(user, g, true));
    FieldCheck check;
    check.require(!g.improvement.isEmpty(), QStringLiteral("improvement"),
                  tr("A group closes once the systematic improvement is decided."));
    check.require(!summary.trimmed().isEmpty(), QStringLiteral("summary"), tr("Write the closing summary."));
    check.throwIfAny();
    RecordWriter writer(m_db, user.id, m_clock.now());
    writer.update(groups, groupId, 0,
                  {{QStringLiteral("summary"), summary.trimmed()},
                   {QStringLiteral("closed_at"), m_clock.now()},
                   {QStringLiteral("closed_by"), user.id}});
    RecordVersion(m_db, {}, m_clock.now()).bump(groups, groupId);
    scope.commit();
}
