#include "improvement/TracingService.h"

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
const QString tracings = QStringLiteral("tracings");
const QString steps = QStringLiteral("tracing_steps");
// The unit that owns each step D0..D8 when a tracing opens (Quality may name another), and the
// days after opening by which it is due.
const char* const ownerCodes[]
    = {"QUALITY", "QUALITY", "QUALITY", "MFG", "RND", "RND", "MFG", "QUALITY", "QUALITY"};
const int dueDays[] = {1, 2, 3, 5, 10, 15, 30, 45, 60};
} // namespace

TracingService::TracingService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

Tracing TracingService::load(qint64 tracingId) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT t.id, t.number, t.case_id, c.number, cu.name, c.symptom, t.reason, t.request_note, "
            "t.opened_at, coalesce(uo.display_name, ''), t.closed_at, coalesce(uc.display_name, '') "
            "FROM tracings t JOIN cases c ON c.id = t.case_id JOIN customers cu ON cu.id = c.customer_id "
            "LEFT JOIN users uo ON uo.id = t.opened_by LEFT JOIN users uc ON uc.id = t.closed_by "
            "WHERE t.id = ?"),
        {tracingId});
    if (!q.next())
        throw UserError(tr("There is no such tracing."));
    Tracing t;
    t.id = q.value(0).toLongLong();
    t.number = q.value(1).toString();
    t.caseId = q.value(2).toLongLong();
    t.caseNumber = q.value(3).toString();
    t.customerName = q.value(4).toString();
    t.symptom = q.value(5).toString();
    t.reason = ImprovementWords::reasonOf(q.value(6).toString());
    t.requestNote = q.value(7).toString();
    t.openedAt = Sql::toTime(q.value(8));
    t.openedBy = q.value(9).toString();
    t.closedAt = Sql::toTime(q.value(10));
    t.closedBy = q.value(11).toString();
    q.finish();
    QSqlQuery s = Sql::exec(
        m_db, QStringLiteral("SELECT id FROM tracing_steps WHERE tracing_id = ? ORDER BY step"), {tracingId});
    QList<qint64> ids;
    while (s.next())
        ids.append(s.value(0).toLongLong());
    s.finish();
    for (qint64 id : ids)
        t.steps.append(step(id));
    return t;
}

TracingStep TracingService::step(qint64 stepId, qint64* tracingId) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT s.id, s.step, coalesce(s.owner_unit_id, 0), coalesce(un.name, ''), "
            "coalesce(s.owner_user_id, 0), coalesce(uo.display_name, ''), s.due_on, s.text, s.verified, "
            "s.signed_at, coalesce(us.display_name, ''), s.version, s.tracing_id FROM tracing_steps s "
            "LEFT JOIN units un ON un.id = s.owner_unit_id LEFT JOIN users uo ON uo.id = s.owner_user_id "
            "LEFT JOIN users us ON us.id = s.signed_by WHERE s.id = ?"),
        {stepId});
    if (!q.next())
        throw UserError(tr("There is no such 8D step."));
    TracingStep s;
    s.id = q.value(0).toLongLong();
    s.step = q.value(1).toInt();
    s.ownerUnitId = q.value(2).toLongLong();
    s.ownerUnit = q.value(3).toString();
    s.ownerUserId = q.value(4).toLongLong();
    s.ownerUser = q.value(5).toString();
    s.dueOn = RecordWriter::storedDate(q.value(6));
    s.text = q.value(7).toString();
    s.verified = q.value(8).toBool();
    s.signedAt = Sql::toTime(q.value(9));
    s.signedBy = q.value(10).toString();
    s.version = q.value(11).toInt();
    if (tracingId)
        *tracingId = q.value(12).toLongLong();
    return s;
}

std::optional<Tracing> TracingService::ofCase(qint64 caseId) const
{
    const QVariant id
        = Sql::scalar(m_db, QStringLiteral("SELECT id FROM tracings WHERE case_id = ?"), {caseId});
    if (!id.isValid())
        return std::nullopt;
    return load(id.toLongLong());
}

qint64 TracingService::idOfNumber(const QString& number) const
{
    const QVariant id
        = Sql::scalar(m_db, QStringLiteral("SELECT id FROM tracings WHERE number = ?"), {number.trimmed()});
    if (!id.isValid())
        throw UserError(tr("There is no tracing numbered “%1”.").arg(number.trimmed()));
    return id.toLongLong();
}

std::optional<TracingReason> TracingService::requiredReason(qint64 caseId) const
{
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT cu.key_customer, coalesce(g.traced, 0) FROM cases c JOIN customers cu "
                       "ON cu.id = c.customer_id LEFT JOIN grades g ON g.id = c.grade_id "
                       "WHERE c.id = ?"),
        {caseId});
    if (!q.next())
        throw UserError(tr("There is no such case."));
    if (q.value(1).toBool())
        return TracingReason::Major;
    if (q.value(0).toBool())
        return TracingReason::KeyCustomer;
    return std::nullopt;
}

qint64 TracingService::open(const User& user, qint64 caseId, const QString& note)
{
    ImprovementRules::require(ImprovementRules::refusal(user, ImprovementRules::Task::OpenTracing));
    WriteScope scope(m_db);
    if (const auto existing = ofCase(caseId))
        throw UserError(tr("This case already has its tracing %1.").arg(existing->number));
    const auto reason = requiredReason(caseId);
    if (!reason && note.trimmed().isEmpty())
        throw UserError(tr("Say why this case is traced."),
                        {{QStringLiteral("note"), tr("Say why this case is traced.")}});
    const qint64 id = create(user, caseId, reason.value_or(TracingReason::Request), note);
    scope.commit();
    return id;
}

qint64 TracingService::openIfRequired(const User& user, qint64 caseId)
{
    const auto reason = requiredReason(caseId);
    if (!reason || ofCase(caseId))
        return 0;
    return create(user, caseId, *reason, {});
}

qint64 TracingService::create(const User& user, qint64 caseId, TracingReason reason, const QString& note)
{
    const QDateTime now = m_clock.now();
    const QDate today = ImprovementDay::today(m_db, m_clock);
    RecordWriter writer(m_db, user.id, now);
    const qint64 id = writer.insert(
        tracings, 0,
        Fields {{QStringLiteral("number"), NumberAllocator::next(m_db, QStringLiteral("8D"), today.year())},
                {QStringLiteral("case_id"), caseId},
                {QStringLiteral("reason"), ImprovementWords::code(reason)},
                {QStringLiteral("request_note"), note.trimmed()},
                {QStringLiteral("opened_at"), now},
                {QStringLiteral("opened_by"), user.id}});
    for (int n = 0; n < ImprovementWords::stepCount; ++n) {
        const QVariant unit = Sql::scalar(m_db, QStringLiteral("SELECT id FROM units WHERE code = ?"),
                                          {QString::fromLatin1(ownerCodes[n])});
        writer.insert(steps, 0,
                      Fields {{QStringLiteral("tracing_id"), id},
                              {QStringLiteral("step"), n},
                              {QStringLiteral("owner_unit_id"), ImprovementDay::idOrNull(unit.toLongLong())},
                              {QStringLiteral("due_on"), today.addDays(dueDays[n])}});
    }
    return id;
}

void TracingService::planStep(const User& user, qint64 stepId, int version, qint64 ownerUnitId,
                              qint64 ownerUserId, const QDate& dueOn)
{
    ImprovementRules::require(ImprovementRules::refusal(user, ImprovementRules::Task::PlanStep));
    WriteScope scope(m_db);
    qint64 tracingId = 0;
    const TracingStep s = step(stepId, &tracingId);
    const QDateTime now = m_clock.now();
    RecordVersion(m_db, DeadlineRules::load(m_db).zone, now).require(steps, stepId, s.version, version);
    if (s.isSigned())
        throw UserError(tr("%1 is signed off; its owner and due day stay as they were.")
                            .arg(ImprovementWords::stepTitle(s.step)));
    FieldCheck check;
    check.require(ownerUnitId > 0 || ownerUserId > 0, QStringLiteral("owner"),
                  tr("Name the unit or the person who owns the step."));
    check.require(dueOn.isValid(), QStringLiteral("dueOn"), tr("Give the day the step is due."));
    check.throwIfAny();
    RecordWriter writer(m_db, user.id, now);
    if (writer.update(steps, stepId, 0,
                      {{QStringLiteral("owner_unit_id"), ImprovementDay::idOrNull(ownerUnitId)},
                       {QStringLiteral("owner_user_id"), ImprovementDay::idOrNull(ownerUserId)},
                       {QStringLiteral("due_on"), dueOn}})
        > 0)
        RecordVersion(m_db, {}, now).bump(steps, stepId);
    scope.commit();
}

void TracingService::saveStep(const User& user, qint64 stepId, int version, const QString& text,
                              bool verified, bool signOff)
{
    WriteScope scope(m_db);
    qint64 tracingId = 0;
    const TracingStep s = step(stepId, &tracingId);
    ImprovementRules::require(ImprovementRules::stepRefusal(user, s));
    const QDateTime now = m_clock.now();
    RecordVersion(m_db, DeadlineRules::load(m_db).zone, now).require(steps, stepId, s.version, version);
    const QString title = ImprovementWords::stepTitle(s.step);
    if (s.isSigned())
        throw UserError(tr("%1 was signed off by %2; it stays as it was.").arg(title, s.signedBy));
    if (signOff) {
        FieldCheck check;
        check.require(!text.trimmed().isEmpty(), QStringLiteral("text"),
                      tr("Write what was found and done before signing the step off."));
        check.require(!(s.step >= 4 && s.step <= 6) || verified, QStringLiteral("verified"),
                      tr("This step is signed off only once it is verified."));
        check.throwIfAny();
        if (s.step > 0) {
            const QVariant before = Sql::scalar(
                m_db, QStringLiteral("SELECT signed_at FROM tracing_steps WHERE tracing_id = ? AND step = ?"),
                {tracingId, s.step - 1});
            if (before.isNull())
                throw UserError(tr("The 8D steps are signed off in order: sign off %1 first.")
                                    .arg(ImprovementWords::stepTitle(s.step - 1)));
        }
    }
    RecordWriter writer(m_db, user.id, now);
    Fields fields {{QStringLiteral("text"), text.trimmed()}, {QStringLiteral("verified"), verified ? 1 : 0}};
    if (signOff)
        fields += {{QStringLiteral("signed_at"), now}, {QStringLiteral("signed_by"), user.id}};
    if (writer.update(steps, stepId, 0, fields) > 0)
        RecordVersion(m_db, {}, now).bump(steps, stepId);
    if (signOff && s.step == ImprovementWords::stepCount - 1)
        writer.update(tracings, tracingId, 0,
                      {{QStringLiteral("closed_at"), now}, {QStringLiteral("closed_by"), user.id}});
    scope.commit();
}
