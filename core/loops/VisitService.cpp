#include "loops/VisitService.h"

#include "UserError.h"
#include "db/NumberAllocator.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "loops/LoopRules.h"
#include "loops/RecordVersion.h"
#include "loops/VisitRepository.h"
#include "reference/ReferenceData.h"
#include "workflow/FieldCheck.h"

#include <QSet>

using Fields = RecordWriter::Fields;

namespace {
const QString visits = QStringLiteral("customer_visits");
} // namespace

VisitService::VisitService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_settings(LoopSettings::load(m_db))
{
}

QString VisitService::newNumber(const QString& prefix) const
{
    return NumberAllocator::next(m_db, prefix, m_settings.today(m_clock).year());
}

void VisitService::bump(qint64 visitId) const
{
    RecordVersion(m_db, m_settings.zone, m_clock.now()).bump(visits, visitId);
}

CustomerVisit VisitService::load(qint64 visitId) const
{
    const auto v = VisitRepository(m_db).load(visitId);
    if (!v)
        throw UserError(tr("There is no such customer visit."));
    return *v;
}

QList<CustomerVisit> VisitService::worklist(int limit) const
{
    return VisitRepository(m_db).worklist(m_settings.start, m_settings.visitDays, limit);
}

qint64 VisitService::idOfNumber(const QString& number) const
{
    const QVariant id = Sql::scalar(m_db, QStringLiteral("SELECT id FROM customer_visits WHERE number = ?"),
                                    {number.trimmed()});
    if (!id.isValid())
        throw UserError(tr("There is no customer visit numbered “%1”.").arg(number.trimmed()));
    return id.toLongLong();
}

VisitRound VisitService::round(qint64 roundId) const
{
    const auto r = VisitRepository(m_db).round(roundId);
    if (!r)
        throw UserError(tr("There is no such round of return visits."));
    return *r;
}

CustomerVisit VisitService::loadFor(qint64 visitId, int version) const
{
    const CustomerVisit v = load(visitId);
    RecordVersion(m_db, m_settings.zone, m_clock.now()).require(visits, visitId, v.version, version);
    return v;
}

CustomerVisit VisitService::afterCase(qint64 caseId) const
{
    const VisitRepository repository(m_db);
    if (const auto stored = repository.ofCase(caseId))
        return *stored;
    QSqlQuery q = Sql::exec(m_db,
                            QStringLiteral("SELECT c.status, c.closed_at, cu.key_customer FROM cases c JOIN "
                                           "customers cu ON cu.id = c.customer_id WHERE c.id = ?"),
                            {caseId});
    if (!q.next())
        throw UserError(tr("There is no such case."));
    if (!q.value(2).toBool())
        throw UserError(tr("A manager's visit follows the cases of key customers only."));
    if (q.value(0).toString() != QLatin1String("closed"))
        throw UserError(tr("A manager's visit follows the case once it is closed."));
    CustomerVisit v;
    v.kind = CustomerVisitKind::AfterComplaint;
    v.status = CustomerVisitStatus::Due;
    v.dueAt = Sql::toTime(q.value(1)).addDays(m_settings.visitDays);
    q.finish();
    repository.fillCase(v, caseId);
    return v;
}

void VisitService::requireLeader(FieldCheck& check, qint64 leaderId) const
{
    const bool manager = leaderId > 0
        && Sql::scalar(m_db,
                       QStringLiteral("SELECT 1 FROM users WHERE id = ? AND role = 'manager' AND active = 1"),
                       {leaderId})
               .isValid();
    check.require(manager, QStringLiteral("leaderId"), tr("Choose the manager who leads the visit."));
}

qint64 VisitService::plan(const User& user, qint64 caseId, int version, const VisitPlan& p)
{
    LoopRules::require(user, LoopStep::PlanVisit);
    Transaction transaction(m_db);
    const CustomerVisit v = afterCase(caseId);
    if (v.id > 0 && version == 0)
        throw UserError(
            v.status == CustomerVisitStatus::Waived
                ? tr("%1 decided meanwhile that no visit is needed.").arg(v.waivedBy)
                : tr("%1 planned this visit meanwhile; open it again to see their plan.").arg(v.plannedBy));
    if (v.id > 0) {
        transaction.commit(); // nothing written: replan takes its own transaction
        replan(user, v.id, version, p);
        return v.id;
    }
    FieldCheck check;
    requireLeader(check, p.leaderId);
    check.require(p.plannedOn.isValid(), QStringLiteral("plannedOn"), tr("Give the day of the visit."));
    check.require(!p.plannedOn.isValid() || p.plannedOn >= v.caseClosedAt.toTimeZone(m_settings.zone).date(),
                  QStringLiteral("plannedOn"),
                  tr("The visit follows the case: plan it after the case was closed."));
    check.throwIfAny();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    const qint64 id = writer.insert(visits, 0,
                                    Fields {{QStringLiteral("number"), newNumber(QStringLiteral("CV"))},
                                            {QStringLiteral("kind"), QStringLiteral("complaint")},
                                            {QStringLiteral("case_id"), caseId},
                                            {QStringLiteral("customer_id"), v.customerId},
                                            {QStringLiteral("status"), QStringLiteral("planned")},
                                            {QStringLiteral("due_at"), v.dueAt},
                                            {QStringLiteral("leader_id"), p.leaderId},
                                            {QStringLiteral("participants"), p.participants.trimmed()},
                                            {QStringLiteral("planned_on"), p.plannedOn},
                                            {QStringLiteral("planned_at"), now},
                                            {QStringLiteral("planned_by"), user.id}});
    transaction.commit();
    return id;
}

void VisitService::replan(const User& user, qint64 visitId, int version, const VisitPlan& p)
{
    LoopRules::require(user, LoopStep::PlanVisit);
    Transaction transaction(m_db);
    const CustomerVisit v = loadFor(visitId, version);
    if (v.status != CustomerVisitStatus::Planned)
        throw UserError(tr("The visit has already been made; its plan can no longer change."));
    FieldCheck check;
    requireLeader(check, p.leaderId);
    check.require(p.plannedOn.isValid() || v.kind == CustomerVisitKind::ReturnVisit,
                  QStringLiteral("plannedOn"), tr("Give the day of the visit."));
    check.throwIfAny();
    RecordWriter writer(m_db, user.id, m_clock.now());
    if (writer.update(visits, visitId, 0,
                      {{QStringLiteral("leader_id"), p.leaderId},
                       {QStringLiteral("participants"), p.participants.trimmed()},
                       {QStringLiteral("planned_on"), p.plannedOn}})
        > 0)
        bump(visitId);
    transaction.commit();
}

void VisitService::waive(const User& user, qint64 caseId, int version, const QString& reason)
{
    LoopRules::require(user, LoopStep::WaiveVisit);
    Transaction transaction(m_db);
    const CustomerVisit v = afterCase(caseId);
    if (v.id > 0)
        RecordVersion(m_db, m_settings.zone, m_clock.now()).require(visits, v.id, v.version, version);
    if (v.id > 0 && v.status != CustomerVisitStatus::Planned)
        throw UserError(tr("The visit has already been made or waived."));
    FieldCheck check;
    check.require(!reason.trimmed().isEmpty(), QStringLiteral("waiverReason"),
                  tr("Say why no visit is needed."));
    check.throwIfAny();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    const Fields waived {{QStringLiteral("status"), QStringLiteral("waived")},
                         {QStringLiteral("waived_at"), now},
                         {QStringLiteral("waived_by"), user.id},
                         {QStringLiteral("waiver_reason"), reason.trimmed()}};
    if (v.id > 0) {
        writer.update(visits, v.id, 0, waived);
        bump(v.id);
    } else {
        writer.insert(visits, 0,
                      Fields {{QStringLiteral("number"), newNumber(QStringLiteral("CV"))},
                              {QStringLiteral("kind"), QStringLiteral("complaint")},
                              {QStringLiteral("case_id"), caseId},
                              {QStringLiteral("customer_id"), v.customerId},
                              {QStringLiteral("due_at"), v.dueAt}}
                          + waived);
    }
    transaction.commit();
}

qint64 VisitService::openRound(const User& user, const RoundData& d)
{
    LoopRules::require(user, LoopStep::OpenRound);
    const qint64 leader = d.leaderId > 0 ? d.leaderId : user.id;
    FieldCheck check;
    check.require(!d.purpose.trimmed().isEmpty(), QStringLiteral("purpose"),
                  tr("Say what the round of return visits is for."));
    check.require(d.from.isValid() && d.to.isValid() && d.to >= d.from, QStringLiteral("period"),
                  tr("Give the period of the visits; its end cannot be before its start."));
    check.require(!d.customerIds.isEmpty(), QStringLiteral("customers"),
                  tr("Choose the customers to visit."));
    const ReferenceData reference(m_db);
    QSet<qint64> seen;
    for (qint64 id : d.customerIds) {
        check.require(!seen.contains(id) && reference.isActive(QStringLiteral("customers"), id),
                      QStringLiteral("customers"),
                      tr("Choose each customer once, among the active customers."));
        seen.insert(id);
    }
    requireLeader(check, leader);
    check.throwIfAny();
    Transaction transaction(m_db);
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    const qint64 roundId = writer.insert(QStringLiteral("visit_rounds"), 0,
                                         Fields {{QStringLiteral("number"), newNumber(QStringLiteral("VR"))},
                                                 {QStringLiteral("purpose"), d.purpose.trimmed()},
                                                 {QStringLiteral("planned_from"), d.from},
                                                 {QStringLiteral("planned_to"), d.to},
                                                 {QStringLiteral("organised_by"), user.id},
                                                 {QStringLiteral("created_at"), now}});
    for (qint64 customer : d.customerIds)
        writer.insert(visits, 0,
                      Fields {{QStringLiteral("number"), newNumber(QStringLiteral("CV"))},
                              {QStringLiteral("kind"), QStringLiteral("return")},
                              {QStringLiteral("round_id"), roundId},
                              {QStringLiteral("customer_id"), customer},
                              {QStringLiteral("status"), QStringLiteral("planned")},
                              {QStringLiteral("due_at"), m_settings.endOf(d.to)},
                              {QStringLiteral("leader_id"), leader},
                              {QStringLiteral("participants"), d.participants.trimmed()},
                              {QStringLiteral("planned_at"), now},
                              {QStringLiteral("planned_by"), user.id}});
    transaction.commit();
    return roundId;
}

void VisitService::record(const User& user, qint64 visitId, int version, const VisitRecord& r)
{
    LoopRules::require(user, LoopStep::RecordVisit);
    Transaction transaction(m_db);
    const CustomerVisit v = loadFor(visitId, version);
    if (v.status == CustomerVisitStatus::Waived)
        throw UserError(tr("This visit was waived: %1").arg(v.waiverReason));
    if (v.status != CustomerVisitStatus::Planned)
        throw UserError(tr("%1 has already recorded this visit.").arg(v.recordedBy));
    const bool afterCase = v.kind == CustomerVisitKind::AfterComplaint;
    FieldCheck check;
    check.require(r.visitedOn.isValid(), QStringLiteral("visitedOn"), tr("Give the day of the visit."));
    check.require(!r.visitedOn.isValid() || r.visitedOn <= m_settings.today(m_clock),
                  QStringLiteral("visitedOn"), tr("The day of the visit cannot be in the future."));
    check.require(!afterCase || !r.treatmentComments.trimmed().isEmpty(), QStringLiteral("treatmentComments"),
                  tr("Record what the customer said of how the problem was treated."));
    check.require(afterCase || !r.opinions.trimmed().isEmpty(), QStringLiteral("opinions"),
                  tr("Record the customer's opinions of our products and service."));
    check.throwIfAny();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    writer.update(visits, visitId, 0,
                  {{QStringLiteral("status"), QStringLiteral("recorded")},
                   {QStringLiteral("visited_on"), r.visitedOn},
                   {QStringLiteral("customer_people"), r.customerPeople.trimmed()},
                   {QStringLiteral("treatment_comments"), r.treatmentComments.trimmed()},
                   {QStringLiteral("opinions"), r.opinions.trimmed()},
                   {QStringLiteral("suggestions"), r.suggestions.trimmed()},
                   {QStringLiteral("recorded_at"), now},
                   {QStringLiteral("recorded_by"), user.id}});
    bump(visitId);
    transaction.commit();
}

void VisitService::send(const User& user, qint64 visitId, int version, const QList<qint64>& unitIds)
{
    LoopRules::require(user, LoopStep::SendVisitRecord);
    Transaction transaction(m_db);
    const CustomerVisit v = loadFor(visitId, version);
    if (v.kind != CustomerVisitKind::ReturnVisit)
        throw UserError(tr("Only the return-visit records of a round are sent to the departments."));
    if (v.status == CustomerVisitStatus::Planned)
        throw UserError(tr("The visit has not been recorded yet."));
    if (v.status != CustomerVisitStatus::Recorded)
        throw UserError(tr("%1 has already sent this record.").arg(v.sentBy));
    const ReferenceData reference(m_db);
    FieldCheck check;
    check.require(!unitIds.isEmpty(), QStringLiteral("units"),
                  tr("Choose the departments to send the record to."));
    QSet<qint64> seen;
    for (qint64 unit : unitIds) {
        check.require(!seen.contains(unit) && reference.isActive(QStringLiteral("units"), unit),
                      QStringLiteral("units"), tr("Choose each department once, among the active ones."));
        seen.insert(unit);
    }
    check.throwIfAny();
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    for (qint64 unit : unitIds)
        writer.insert(QStringLiteral("visit_recipients"), 0,
                      {{QStringLiteral("visit_id"), visitId}, {QStringLiteral("unit_id"), unit}});
    writer.update(visits, visitId, 0,
                  {{QStringLiteral("status"), QStringLiteral("sent")},
                   {QStringLiteral("sent_at"), now},
                   {QStringLiteral("sent_by"), user.id}});
    bump(visitId);
    transaction.commit();
}

bool VisitService::speaksFor(const User& user, qint64 unitId, const QString& unitCode)
{
    if (user.unitId > 0)
        return user.unitId == unitId;
    return (unitCode == QLatin1String("QUALITY") && user.role == Role::QualityEngineer)
        || (unitCode == QLatin1String("SALES") && user.role == Role::SalesClerk);
}

QList<qint64> VisitService::unitsOf(const QSqlDatabase& db, const User& user)
{
    if (user.unitId > 0)
        return {user.unitId};
    QString code;
    if (user.role == Role::QualityEngineer)
        code = QStringLiteral("QUALITY");
    else if (user.role == Role::SalesClerk)
        code = QStringLiteral("SALES");
    else
        return {};
    const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM units WHERE code = ?"), {code});
    return id.isValid() ? QList<qint64> {id.toLongLong()} : QList<qint64> {};
}

void VisitService::acknowledge(const User& user, qint64 visitId, qint64 unitId)
{
    LoopRules::require(user, LoopStep::AcknowledgeVisitRecord);
    Transaction transaction(m_db);
    const CustomerVisit v = load(visitId);
    const auto recipient = std::find_if(v.recipients.cbegin(), v.recipients.cend(),
                                        [&](const VisitRecipient& r) { return r.unitId == unitId; });
    if (recipient == v.recipients.cend())
        throw UserError(tr("The record was not sent to that department."));
    const QString code
        = Sql::scalar(m_db, QStringLiteral("SELECT code FROM units WHERE id = ?"), {unitId}).toString();
    if (!speaksFor(user, unitId, code))
        throw UserError(tr("Only %1 can sign for its copy of the record.").arg(recipient->unitName));
    if (recipient->receivedAt.isValid())
        throw UserError(tr("%1 has already signed for the record.").arg(recipient->unitName));
    const qint64 rowId
        = Sql::scalar(m_db,
                      QStringLiteral("SELECT id FROM visit_recipients WHERE visit_id = ? AND unit_id = ?"),
                      {visitId, unitId})
              .toLongLong();
    RecordWriter writer(m_db, user.id, m_clock.now());
    writer.update(QStringLiteral("visit_recipients"), rowId, 0,
                  {{QStringLiteral("received_at"), m_clock.now()}, {QStringLiteral("received_by"), user.id}});
    bump(visitId);
    transaction.commit();
}

void VisitService::file(const User& user, qint64 visitId, int version)
{
    LoopRules::require(user, LoopStep::FileVisitRecord);
    Transaction transaction(m_db);
    const CustomerVisit v = loadFor(visitId, version);
    if (v.status == CustomerVisitStatus::Filed)
        throw UserError(tr("%1 has already filed this record.").arg(v.filedBy));
    if (v.status != CustomerVisitStatus::Sent)
        throw UserError(tr("The record is filed after it was sent to the departments."));
    QStringList waiting;
    for (const VisitRecipient& r : v.recipients)
        if (!r.receivedAt.isValid())
            waiting.append(r.unitName);
    if (!waiting.isEmpty())
        throw UserError(
            tr("The record is filed once every department has signed for it; still waiting for: %1.")
                .arg(waiting.join(QStringLiteral(", "))));
    const QDateTime now = m_clock.now();
    RecordWriter writer(m_db, user.id, now);
    writer.update(visits, visitId, 0,
                  {{QStringLiteral("status"), QStringLiteral("filed")},
                   {QStringLiteral("filed_at"), now},
                   {QStringLiteral("filed_by"), user.id}});
    bump(visitId);
    transaction.commit();
}
