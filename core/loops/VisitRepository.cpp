#include "loops/VisitRepository.h"

#include "db/RecordWriter.h"
#include "db/Sql.h"

namespace {
const char* const visitColumns
    = "v.id, v.version, v.number, v.kind, v.status, v.due_at, v.customer_id, cu.name, v.case_id, "
      "v.round_id, r.number, r.purpose, v.leader_id, coalesce(lu.display_name, ''), v.participants, "
      "v.planned_on, v.planned_at, coalesce(pu.display_name, ''), v.visited_on, v.customer_people, "
      "v.treatment_comments, v.opinions, v.suggestions, v.recorded_at, coalesce(ru.display_name, ''), "
      "v.sent_at, coalesce(su.display_name, ''), v.filed_at, coalesce(fu.display_name, ''), v.waived_at, "
      "coalesce(wu.display_name, ''), v.waiver_reason "
      "FROM customer_visits v JOIN customers cu ON cu.id = v.customer_id "
      "LEFT JOIN visit_rounds r ON r.id = v.round_id LEFT JOIN users lu ON lu.id = v.leader_id "
      "LEFT JOIN users pu ON pu.id = v.planned_by LEFT JOIN users ru ON ru.id = v.recorded_by "
      "LEFT JOIN users su ON su.id = v.sent_by LEFT JOIN users fu ON fu.id = v.filed_by "
      "LEFT JOIN users wu ON wu.id = v.waived_by ";

CustomerVisitStatus statusOf(const QString& code)
{
    if (code == QLatin1String("recorded"))
        return CustomerVisitStatus::Recorded;
    if (code == QLatin1String("sent"))
        return CustomerVisitStatus::Sent;
    if (code == QLatin1String("filed"))
        return CustomerVisitStatus::Filed;
    if (code == QLatin1String("waived"))
        return CustomerVisitStatus::Waived;
    return CustomerVisitStatus::Planned;
}
} // namespace

bool VisitRound::isFiled() const
{
    return !visits.isEmpty() && std::all_of(visits.cbegin(), visits.cend(), [](const CustomerVisit& v) {
        return v.status == CustomerVisitStatus::Filed || v.status == CustomerVisitStatus::Waived;
    });
}

VisitRepository::VisitRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<CustomerVisit> VisitRepository::select(const QString& where, const QVariantList& binds, int limit) const
{
    QVariantList all = binds;
    all.append(limit);
    QSqlQuery q = Sql::exec(m_db,
                            QStringLiteral("SELECT ") + QString::fromLatin1(visitColumns) + where
                                + QStringLiteral(" LIMIT ?"),
                            all);
    QList<CustomerVisit> visits;
    while (q.next()) {
        CustomerVisit v;
        int i = 0;
        const auto next = [&]() { return q.value(i++); };
        v.id = next().toLongLong();
        v.version = next().toInt();
        v.number = next().toString();
        v.kind = next().toString() == QLatin1String("return") ? CustomerVisitKind::ReturnVisit
                                                              : CustomerVisitKind::AfterComplaint;
        v.status = statusOf(next().toString());
        v.dueAt = Sql::toTime(next());
        v.customerId = next().toLongLong();
        v.customerName = next().toString();
        v.caseId = next().toLongLong();
        v.roundId = next().toLongLong();
        v.roundNumber = next().toString();
        v.roundPurpose = next().toString();
        v.leaderId = next().toLongLong();
        v.leaderName = next().toString();
        v.participants = next().toString();
        v.plannedOn = RecordWriter::storedDate(next());
        v.plannedAt = Sql::toTime(next());
        v.plannedBy = next().toString();
        v.visitedOn = RecordWriter::storedDate(next());
        v.customerPeople = next().toString();
        v.treatmentComments = next().toString();
        v.opinions = next().toString();
        v.suggestions = next().toString();
        v.recordedAt = Sql::toTime(next());
        v.recordedBy = next().toString();
        v.sentAt = Sql::toTime(next());
        v.sentBy = next().toString();
        v.filedAt = Sql::toTime(next());
        v.filedBy = next().toString();
        v.waivedAt = Sql::toTime(next());
        v.waivedBy = next().toString();
        v.waiverReason = next().toString();
        visits.append(v);
    }
    q.finish();
    for (CustomerVisit& v : visits) {
        if (v.caseId > 0)
            fillCase(v, v.caseId);
        QSqlQuery r
            = Sql::exec(m_db,
                        QStringLiteral("SELECT x.unit_id, un.name, x.received_at, "
                                       "coalesce(u.display_name, '') FROM visit_recipients x JOIN units un "
                                       "ON un.id = x.unit_id LEFT JOIN users u ON u.id = x.received_by "
                                       "WHERE x.visit_id = ? ORDER BY x.id"),
                        {v.id});
        while (r.next())
            v.recipients.append({r.value(0).toLongLong(), r.value(1).toString(), Sql::toTime(r.value(2)),
                                 r.value(3).toString()});
    }
    return visits;
}

std::optional<CustomerVisit> VisitRepository::load(qint64 visitId) const
{
    const QList<CustomerVisit> found = select(QStringLiteral("WHERE v.id = ?"), {visitId}, 1);
    return found.isEmpty() ? std::nullopt : std::optional<CustomerVisit>(found.first());
}

std::optional<CustomerVisit> VisitRepository::ofCase(qint64 caseId) const
{
    const QList<CustomerVisit> found = select(QStringLiteral("WHERE v.case_id = ?"), {caseId}, 1);
    return found.isEmpty() ? std::nullopt : std::optional<CustomerVisit>(found.first());
}

void VisitRepository::fillCase(CustomerVisit& v, qint64 caseId) const
{
    QSqlQuery q
        = Sql::exec(m_db,
                    QStringLiteral("SELECT c.number, c.symptom, c.problem_summary, c.treatment_result, "
                                   "c.closed_at, c.customer_id, cu.name FROM cases c JOIN customers cu "
                                   "ON cu.id = c.customer_id WHERE c.id = ?"),
                    {caseId});
    if (!q.next())
        return;
    v.caseId = caseId;
    v.caseNumber = q.value(0).toString();
    v.caseSymptom = q.value(1).toString();
    v.caseProblem = q.value(2).toString();
    v.caseTreatment = q.value(3).toString();
    v.caseClosedAt = Sql::toTime(q.value(4));
    if (v.customerId == 0) {
        v.customerId = q.value(5).toLongLong();
        v.customerName = q.value(6).toString();
    }
}

QList<CustomerVisit> VisitRepository::worklist(const QDate& start, int visitDays, int limit) const
{
    QList<CustomerVisit> list;
    QSqlQuery q
        = Sql::exec(m_db,
                    QStringLiteral("SELECT c.id, c.closed_at FROM cases c JOIN customers cu ON cu.id = "
                                   "c.customer_id WHERE c.closed_at >= ? AND c.status = 'closed' AND "
                                   "cu.key_customer = 1 AND NOT EXISTS (SELECT 1 FROM customer_visits v "
                                   "WHERE v.case_id = c.id) ORDER BY c.closed_at, c.id LIMIT ?"),
                    {Sql::fromTime(QDateTime(start, QTime(0, 0), Qt::UTC)), limit});
    while (q.next()) {
        CustomerVisit v;
        v.dueAt = Sql::toTime(q.value(1)).addDays(visitDays);
        v.caseId = q.value(0).toLongLong();
        list.append(v);
    }
    q.finish();
    for (CustomerVisit& v : list)
        fillCase(v, v.caseId);
    list
        += select(QStringLiteral("WHERE v.status IN ('planned', 'recorded', 'sent') ORDER BY v.due_at, v.id"),
                  {}, limit);
    return list;
}

std::optional<VisitRound> VisitRepository::round(qint64 roundId) const
{
    QSqlQuery q = Sql::exec(m_db,
                            QStringLiteral("SELECT r.id, r.number, r.purpose, r.planned_from, r.planned_to, "
                                           "coalesce(u.display_name, ''), r.created_at FROM visit_rounds r "
                                           "LEFT JOIN users u ON u.id = r.organised_by WHERE r.id = ?"),
                            {roundId});
    if (!q.next())
        return std::nullopt;
    VisitRound r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toString();
    r.purpose = q.value(2).toString();
    r.from = RecordWriter::storedDate(q.value(3));
    r.to = RecordWriter::storedDate(q.value(4));
    r.organiser = q.value(5).toString();
    r.createdAt = Sql::toTime(q.value(6));
    q.finish();
    r.visits = select(QStringLiteral("WHERE v.round_id = ? ORDER BY cu.name, v.id"), {roundId}, 10000);
    return r;
}
