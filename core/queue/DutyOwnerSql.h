#pragma once

#include <QString>

// The SQL that names who owes a duty of case_duties d on case c, shared by the queues and the
// overdue list: the unit (English name, ReferenceNames gives the Chinese), the technician, or
// the person of Sales (the clerk who logged the case) or Quality (the engineer who recorded it).
namespace DutyOwnerSql {
inline QString joins()
{
    return QStringLiteral("LEFT JOIN units un ON d.owner_kind = 'unit' AND un.id = d.owner_id "
                          "LEFT JOIN technicians t ON d.owner_kind = 'technician' AND t.id = d.owner_id "
                          "LEFT JOIN users pu ON pu.id = CASE d.owner_kind WHEN 'sales' THEN c.logged_by "
                          "WHEN 'quality' THEN c.recorded_by END ");
}
// Three columns: owner_kind, owner_id and the owner's name.
inline QString columns()
{
    return QStringLiteral("d.owner_kind, d.owner_id, COALESCE(un.name, t.name, pu.display_name, '')");
}
} // namespace DutyOwnerSql
