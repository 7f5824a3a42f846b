#include "cases/CaseTimeline.h"

#include "db/Sql.h"

CaseTimeline::CaseTimeline(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<TimelineEntry> CaseTimeline::entries(qint64 caseId) const
{
    QList<TimelineEntry> list;
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral("SELECT a.at, coalesce(u.display_name, ''), a.entity, a.entity_id, a.action, "
                       "a.field, coalesce(a.old_value, ''), coalesce(a.new_value, '') "
                       "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                       "WHERE a.case_id = ? ORDER BY a.id"),
        {caseId});
    while (q.next())
        list.append({Sql::toTime(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString()});
    return list;
}

QString CaseTimeline::entityText(const QString& entity)
{
    if (entity == QLatin1String("cases"))
        return tr("Case");
    if (entity == QLatin1String("case_units"))
        return tr("Responsible unit");
    if (entity == QLatin1String("feedback_sheets"))
        return tr("Feedback sheet");
    if (entity == QLatin1String("plans"))
        return tr("Processing plan");
    if (entity == QLatin1String("service_records"))
        return tr("On-site service");
    if (entity == QLatin1String("visits"))
        return tr("Return visit");
    if (entity == QLatin1String("visit_items"))
        return tr("Visit item");
    if (entity == QLatin1String("follow_ups"))
        return tr("Follow-up");
    if (entity == QLatin1String("case_attachments"))
        return tr("File");
    return entity;
}
