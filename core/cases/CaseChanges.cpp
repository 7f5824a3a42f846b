#include "cases/CaseChanges.h"

#include "cases/AuditWords.h"
#include "cases/CaseTimeline.h"
#include "db/Sql.h"

#include <QStringList>

QString CaseChange::text() const
{
    if (action == QLatin1String("delete"))
        return CaseChanges::tr("%1: %2 (removed)").arg(field, oldValue);
    if (oldValue.isEmpty())
        return CaseChanges::tr("%1: %2").arg(field, newValue);
    if (newValue.isEmpty())
        return CaseChanges::tr("%1: %2 (cleared)").arg(field, oldValue);
    return CaseChanges::tr("%1: %2 → %3").arg(field, oldValue, newValue);
}

QString CaseChange::what() const
{
    if (action == QLatin1String("create") && record != CaseTimeline::entityText(QStringLiteral("cases")))
        return CaseChanges::tr("%1 added").arg(record);
    if (action == QLatin1String("delete"))
        return CaseChanges::tr("%1 removed").arg(record);
    if (record == CaseTimeline::entityText(QStringLiteral("cases")))
        return field;
    return CaseChanges::tr("%1: %2").arg(record, field);
}

CaseChanges::CaseChanges(QSqlDatabase db, QTimeZone zone, QDateTime now)
    : m_db(std::move(db))
    , m_zone(std::move(zone))
    , m_now(std::move(now))
{
}

QList<CaseChange> CaseChanges::since(qint64 caseId, int version) const
{
    const AuditWords words(m_db, m_zone);
    QList<CaseChange> list;
    QSqlQuery q = Sql::exec(
        m_db,
        QStringLiteral(
            "SELECT a.case_version, a.at, coalesce(u.display_name, ''), a.entity, a.action, a.field, "
            "coalesce(a.old_value, ''), coalesce(a.new_value, ''), "
            "(SELECT cu.unit_id FROM case_units cu WHERE a.entity = 'case_units' AND cu.id = "
            "a.entity_id) "
            "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
            "WHERE a.case_id = ? AND coalesce(a.case_version, 0) > ? ORDER BY a.id"),
        {caseId, version});
    // The rows first, then their words: AuditWords reads names with queries of its own, and a
    // server connection reads one result at a time (the rest of this one would be lost).
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < 9; ++i)
            row.append(q.value(i));
        rows.append(row);
    }
    q.finish();
    for (const QVariantList& row : std::as_const(rows)) {
        const QString entity = row.at(3).toString();
        const QString field = row.at(5).toString();
        if (AuditWords::isBookkeeping(field))
            continue;
        CaseChange c;
        c.version = row.at(0).toInt();
        c.at = Sql::toTime(row.at(1));
        c.user = row.at(2).toString();
        c.action = row.at(4).toString();
        c.entity = entity;
        c.record = CaseTimeline::entityText(entity);
        if (!row.at(8).isNull())
            c.record = tr("%1 %2").arg(c.record, words.unitName(row.at(8).toLongLong()));
        c.field = AuditWords::label(entity, field);
        c.oldValue = words.value(entity, field, row.at(6).toString());
        c.newValue = words.value(entity, field, row.at(7).toString());
        list.append(c);
    }
    return list;
}

QString CaseChanges::when(const QDateTime& at) const
{
    const QDateTime local = at.toTimeZone(m_zone);
    if (local.date() == m_now.toTimeZone(m_zone).date())
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString CaseChanges::who(const QList<CaseChange>& changes) const
{
    // Each person once, with the time of their last change, in the order they first changed it.
    QStringList people;
    QList<QDateTime> last;
    for (const CaseChange& c : changes) {
        const QString name = c.user.isEmpty() ? tr("Someone") : c.user;
        const qsizetype i = people.indexOf(name);
        if (i < 0) {
            people.append(name);
            last.append(c.at);
        } else {
            last[i] = c.at;
        }
    }
    if (people.isEmpty())
        return tr("Someone changed this case");
    if (people.size() == 1)
        return tr("%1 changed this case at %2").arg(people.first(), when(last.first()));
    QStringList parts;
    for (qsizetype i = 0; i < people.size(); ++i)
        parts.append(tr("%1 (%2)").arg(people.at(i), when(last.at(i))));
    const QString lastOne = parts.takeLast();
    return tr("%1 and %2 changed this case").arg(parts.join(tr(", ")), lastOne);
}

QString CaseChanges::conflictMessage(const QList<CaseChange>& changes) const
{
    QStringList what;
    for (const CaseChange& c : changes)
        if (!what.contains(c.what()))
            what.append(c.what());
    const int shown = 6;
    QString fields = QStringList(what.mid(0, shown)).join(tr(", "));
    if (what.size() > shown)
        fields = tr("%1 and %n more", nullptr, int(what.size() - shown)).arg(fields);
    const QString head = fields.isEmpty() ? tr("%1 after you opened it.").arg(who(changes))
                                          : tr("%1 after you opened it: %2.").arg(who(changes), fields);
    return tr("%1 Your changes have not been saved. Look at their change, then apply yours on top of it "
              "or drop yours.")
        .arg(head);
}

QString CaseChanges::editingNotice(const QList<CaseChange>& changes) const
{
    return tr("%1 while you were editing; your save will ask what to do.").arg(who(changes));
}

QString CaseChanges::heading(const CaseChange& change) const
{
    return tr("%1, %2").arg(change.user.isEmpty() ? tr("Someone") : change.user,
                            change.at.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString CaseChanges::listText(const QList<CaseChange>& changes) const
{
    QStringList lines;
    int version = -1;
    for (const CaseChange& c : changes) {
        if (c.version != version) {
            version = c.version;
            lines.append(heading(c));
        }
        lines.append(QStringLiteral("  • ") + c.text());
    }
    return lines.join(u'\n');
}
