#include "loops/ImprovementLink.h"

#include "UserError.h"
#include "db/RecordWriter.h"
#include "db/Sql.h"
#include "db/WriteScope.h"
#include "improvement/ActionService.h"

#include <stdexcept>

ImprovementLink::ImprovementLink(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QList<ImprovementRequest> ImprovementLink::select(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q
        = Sql::exec(m_db,
                    QStringLiteral("SELECT f.id, s.year, s.number, f.finding, f.owner_unit_id, un.name, "
                                   "f.due_on FROM survey_findings f JOIN surveys s ON s.id = f.survey_id "
                                   "JOIN units un ON un.id = f.owner_unit_id WHERE ")
                        + where + QStringLiteral(" ORDER BY f.id"),
                    binds);
    QList<ImprovementRequest> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                     RecordWriter::storedDate(q.value(6))});
    return list;
}

QList<ImprovementRequest> ImprovementLink::requested() const
{
    return select(QStringLiteral("f.action_status = 'requested'"), {});
}

ImprovementRequest ImprovementLink::request(qint64 findingId) const
{
    const QList<ImprovementRequest> found = select(QStringLiteral("f.id = ?"), {findingId});
    if (found.isEmpty())
        throw UserError(tr("There is no such improvement opportunity."));
    return found.first();
}

QString ImprovementLink::raise(const User& user, const ImprovementRequest& request) const
{
    NewAction action;
    action.source = ActionSource::Survey;
    action.findingId = request.findingId;
    action.kind = ActionKind::Technical;
    action.what = request.finding;
    action.ownerUnitId = request.ownerUnitId;
    action.dueOn = request.dueOn;
    ActionService actions(m_db, m_clock);
    return actions.load(actions.raise(user, action)).number;
}

void ImprovementLink::markRaised(const User& user, qint64 findingId, const QString& actionNumber) const
{
    if (actionNumber.trimmed().isEmpty())
        throw std::logic_error("a corrective action raised without its number");
    WriteScope scope(m_db);
    RecordWriter writer(m_db, user.id, m_clock.now());
    writer.update(QStringLiteral("survey_findings"), findingId, 0,
                  {{QStringLiteral("action_status"), QStringLiteral("raised")},
                   {QStringLiteral("action_number"), actionNumber.trimmed()}});
    scope.commit();
}

int ImprovementLink::raiseRequested(const User& user) const
{
    int raised = 0;
    for (const ImprovementRequest& r : requested()) {
        WriteScope scope(m_db);
        const QString number = raise(user, r);
        if (!number.isEmpty()) {
            markRaised(user, r.findingId, number);
            ++raised;
        }
        scope.commit();
    }
    return raised;
}
