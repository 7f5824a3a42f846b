#include "improvement/ActionService.h"

#include "UserError.h"
#include "db/NumberAllocator.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/WriteScope.h"
#include "deadlines/DeadlineRules.h"
#include "improvement/ImprovementDay.h"
#include "improvement/ImprovementRules.h"
#include "improvement/ImprovementWords.h"
#include "loops/RecordVersion.h"
#include "workflow/FieldCheck.h"

using Fields = RecordWriter::Fields;

namespace {
const QString actions = QStringLiteral("corrective_actions");
} // namespace

ActionService::ActionService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

CorrectiveAction ActionService::load(qint64 actionId) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT a.id, a.number, a.source, coalesce(a.case_id, 0), coalesce(c.number, ''), "
            "coalesce(a.tracing_id, 0), "
            "coalesce(t.number, ''), coalesce(a.finding_id, 0), a.kind, a.preventive, a.what, "
            "a.owner_unit_id, un.name, "
            "a.due_on, a.status, a.raised_at, coalesce(ur.display_name, ''), a.done_note, a.done_at, "
            "a.check_note, "
            "a.checked_at, coalesce(uk.display_name, ''), a.closed_at, coalesce(ux.display_name, ''), "
            "a.version "
            "FROM corrective_actions a JOIN units un ON un.id = a.owner_unit_id LEFT JOIN cases c ON c.id = "
            "a.case_id "
            "LEFT JOIN tracings t ON t.id = a.tracing_id LEFT JOIN users ur ON ur.id = a.raised_by "
            "LEFT JOIN users uk ON uk.id = a.checked_by LEFT JOIN users ux ON ux.id = a.closed_by WHERE a.id "
            "= ?"),
        {actionId});
    if (!q.next())
        throw UserError(tr("There is no such corrective action."));
    CorrectiveAction a;
    a.id = q.value(0).toLongLong();
    a.number = q.value(1).toString();
    a.source = ImprovementWords::sourceOf(q.value(2).toString());
    a.caseId = q.value(3).toLongLong();
    a.caseNumber = q.value(4).toString();
    a.tracingId = q.value(5).toLongLong();
    a.tracingNumber = q.value(6).toString();
    a.findingId = q.value(7).toLongLong();
    a.kind = ImprovementWords::kindOf(q.value(8).toString());
    a.preventive = q.value(9).toBool();
    a.what = q.value(10).toString();
    a.ownerUnitId = q.value(11).toLongLong();
    a.ownerUnit = q.value(12).toString();
    a.dueOn = RecordWriter::storedDate(q.value(13));
    a.status = ImprovementWords::statusOf(q.value(14).toString());
    a.raisedAt = Sql::toTime(q.value(15));
    a.raisedBy = q.value(16).toString();
    a.doneNote = q.value(17).toString();
    a.doneAt = Sql::toTime(q.value(18));
    a.checkNote = q.value(19).toString();
    a.checkedAt = Sql::toTime(q.value(20));
    a.checkedBy = q.value(21).toString();
    a.closedAt = Sql::toTime(q.value(22));
    a.closedBy = q.value(23).toString();
    a.version = q.value(24).toInt();
    q.finish();
    QSqlQuery m = Sql::exec(
        m_db,
        QStringLiteral("SELECT meeting, met_on, signed_off_by, recorded_at FROM action_circulations "
                       "WHERE action_id = ?"),
        {actionId});
    while (m.next())
        a.circulations.append({ImprovementWords::meetingOf(m.value(0).toString()),
                               RecordWriter::storedDate(m.value(1)), m.value(2).toString(),
                               Sql::toTime(m.value(3))});
    std::sort(a.circulations.begin(), a.circulations.end(),
              [](const Circulation& x, const Circulation& y) { return x.meeting < y.meeting; });
    return a;
}

qint64 ActionService::idOfNumber(const QString& number) const
{
    const QVariant id = Sql::scalar(
        m_db, QStringLiteral("SELECT id FROM corrective_actions WHERE number = ?"), {number.trimmed()});
    if (!id.isValid())
        throw UserError(tr("There is no rectification notice numbered “%1”.").arg(number.trimmed()));
    return id.toLongLong();
}

QList<CorrectiveAction> ActionService::ofCase(qint64 caseId) const
{
    QSqlQuery q = Sql::exec(
        m_db, QStringLiteral("SELECT id FROM corrective_actions WHERE case_id = ? ORDER BY id"), {caseId});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    QList<CorrectiveAction> list;
    for (qint64 id : ids)
        list.append(load(id));
    return list;
}

qint64 ActionService::raise(const User& user, const NewAction& a)
{
    ImprovementRules::require(ImprovementRules::refusal(user, ImprovementRules::Task::RaiseAction));
    const QDate today = ImprovementDay::today(m_db, m_clock);
    FieldCheck check;
    check.require(!a.what.trimmed().isEmpty(), QStringLiteral("what"), tr("Say what is to be corrected."));
    check.require(a.ownerUnitId > 0, QStringLiteral("ownerUnitId"),
                  tr("Choose the unit that owns the action."));
    check.require(a.dueOn.isValid(), QStringLiteral("dueOn"), tr("Give the day the action is due."));
    // A survey finding keeps the due day Quality gave it when the survey was reviewed.
    check.require(!a.dueOn.isValid() || a.dueOn >= today || a.source == ActionSource::Survey,
                  QStringLiteral("dueOn"), tr("The due day cannot be in the past."));
    check.require(a.source != ActionSource::Case || a.caseId > 0, QStringLiteral("caseId"),
                  tr("Name the case the action comes from."));
    check.require(a.source != ActionSource::Tracing || a.tracingId > 0, QStringLiteral("tracingId"),
                  tr("Name the tracing the action comes from."));
    check.require(a.source != ActionSource::Survey || a.findingId > 0, QStringLiteral("findingId"),
                  tr("Name the survey finding the action comes from."));
    check.throwIfAny();
    WriteScope scope(m_db);
    qint64 caseId = a.caseId;
    if (a.tracingId > 0 && caseId == 0)
        caseId = Sql::scalar(m_db, QStringLiteral("SELECT case_id FROM tracings WHERE id = ?"), {a.tracingId})
                     .toLongLong();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    const qint64 id = writer.insert(
        actions, 0,
        Fields {{QStringLiteral("number"), NumberAllocator::next(m_db, QStringLiteral("RN"), today.year())},
                {QStringLiteral("source"), ImprovementWords::code(a.source)},
                {QStringLiteral("case_id"), ImprovementDay::idOrNull(caseId)},
                {QStringLiteral("tracing_id"), ImprovementDay::idOrNull(a.tracingId)},
                {QStringLiteral("finding_id"), ImprovementDay::idOrNull(a.findingId)},
                {QStringLiteral("kind"), ImprovementWords::code(a.kind)},
                {QStringLiteral("preventive"), a.preventive ? 1 : 0},
                {QStringLiteral("what"), a.what.trimmed()},
                {QStringLiteral("owner_unit_id"), a.ownerUnitId},
                {QStringLiteral("due_on"), a.dueOn},
                {QStringLiteral("status"), ImprovementWords::code(ActionStatus::Open)},
                {QStringLiteral("raised_at"), now},
                {QStringLiteral("raised_by"), user.id}});
    scope.commit();
    return id;
}

CorrectiveAction ActionService::loadFor(qint64 actionId, int version) const
{
    const CorrectiveAction a = load(actionId);
    RecordVersion(m_db, DeadlineRules::load(m_db).zone, m_clock.now())
        .require(actions, actionId, a.version, version);
    if (a.status == ActionStatus::Closed)
        throw UserError(tr("Action %1 is closed; it stays as it was.").arg(a.number));
    return a;
}

void ActionService::write(const User& user, qint64 actionId,
                          const QList<QPair<QString, QVariant>>& fields) const
{
    RecordWriter writer(m_db, user.id, m_clock.now());
    writer.update(actions, actionId, 0, fields);
    RecordVersion(m_db, {}, m_clock.now()).bump(actions, actionId);
}

void ActionService::recordCirculation(const User& user, qint64 actionId, int version, Meeting meeting,
                                      const QDate& metOn, const QString& signedOffBy)
{
    ImprovementRules::require(ImprovementRules::refusal(user, ImprovementRules::Task::RecordCirculation));
    WriteScope scope(m_db);
    const CorrectiveAction a = loadFor(actionId, version);
    for (const Circulation& c : a.circulations)
        if (c.meeting == meeting)
            throw UserError(
                tr("The %1 already had this notice on %2.")
                    .arg(ImprovementWords::meetingName(meeting).toLower(), c.metOn.toString(Qt::ISODate)));
    FieldCheck check;
    check.require(metOn.isValid(), QStringLiteral("metOn"), tr("Give the day of the meeting."));
    check.require(!metOn.isValid() || metOn <= ImprovementDay::today(m_db, m_clock), QStringLiteral("metOn"),
                  tr("Record a meeting once it was held."));
    check.require(!metOn.isValid() || metOn >= a.raisedAt.date().addDays(-1), QStringLiteral("metOn"),
                  tr("The meeting cannot be before the notice was raised."));
    check.require(!signedOffBy.trimmed().isEmpty(), QStringLiteral("signedOffBy"),
                  tr("Name who signed the notice off at the meeting."));
    check.throwIfAny();
    RecordWriter writer(m_db, user.id, m_clock.now());
    writer.insert(QStringLiteral("action_circulations"), 0,
                  Fields {{QStringLiteral("action_id"), actionId},
                          {QStringLiteral("meeting"), ImprovementWords::code(meeting)},
                          {QStringLiteral("met_on"), metOn},
                          {QStringLiteral("signed_off_by"), signedOffBy.trimmed()},
                          {QStringLiteral("recorded_at"), m_clock.now()},
                          {QStringLiteral("recorded_by"), user.id}});
    RecordVersion(m_db, {}, m_clock.now()).bump(actions, actionId);
    scope.commit();
}

void ActionService::reportDone(const User& user, qint64 actionId, int version, const QString& note)
{
    WriteScope scope(m_db);
    const CorrectiveAction a = loadFor(actionId, version);
    ImprovementRules::require(ImprovementRules::doneRefusal(user, a));
    if (a.status != ActionStatus::Open)
        throw UserError(tr("Action %1 was already reported done.").arg(a.number));
    if (note.trimmed().isEmpty())
        throw UserError(tr("Say what was done."), {{QStringLiteral("note"), tr("Say what was done.")}});
    write(user, actionId,
          {{QStringLiteral("status"), ImprovementWords::code(ActionStatus::Done)},
           {QStringLiteral("done_note"), note.trimmed()},
           {QStringLiteral("done_at"), m_clock.now()},
           {QStringLiteral("done_by"), user.id}});
    scope.commit();
}

void ActionService::checkEffectiveness(const User& user, qint64 actionId, int version, bool effective,
                                       const QString& note)
{
    ImprovementRules::require(ImprovementRules::refusal(user, ImprovementRules::Task::CheckEffectiveness));
    WriteScope scope(m_db);
    const CorrectiveAction a = loadFor(actionId, version);
    if (a.status != ActionStatus::Done)
        throw UserError(tr("The effectiveness is checked once the owner unit reported the action done."));
    if (note.trimmed().isEmpty())
        throw UserError(tr("Say how the effectiveness was checked."),
                        {{QStringLiteral("note"), tr("Say how the effectiveness was checked.")}});
    // Not effective: the action goes back to its owner unit, who works on it again.
    write(user, actionId,
          {{QStringLiteral("status"),
            ImprovementWords::code(effective ? ActionStatus::Effective : ActionStatus::Open)},
           {QStringLiteral("check_note"), note.trimmed()},
           {QStringLiteral("checked_at"), m_clock.now()},
           {QStringLiteral("checked_by"), user.id}});
    scope.commit();
}

void ActionService::close(const User& user, qint64 actionId, int version)
{
    ImprovementRules::require(ImprovementRules::refusal(user, ImprovementRules::Task::CloseAction));
    WriteScope scope(m_db);
    const CorrectiveAction a = loadFor(actionId, version);
    if (a.status != ActionStatus::Effective)
        throw UserError(tr("An action closes only once its effectiveness was checked and found effective."));
    if (a.circulations.size() < ImprovementWords::meetings().size())
        throw UserError(
            tr("An action closes only once its rectification notice went through the three meetings."));
    write(user, actionId,
          {{QStringLiteral("status"), ImprovementWords::code(ActionStatus::Closed)},
           {QStringLiteral("closed_at"), m_clock.now()},
           {QStringLiteral("closed_by"), user.id}});
    scope.commit();
}
