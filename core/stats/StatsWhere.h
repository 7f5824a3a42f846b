#pragma once

#include "cases/CaseFilterSql.h"

// The WHERE of a statistic's query: the CaseFilter of what it counts, in the same words the
// case list uses (CaseFilterSql), so that the list opened from a bar counts the same cases.
struct StatsWhere
{
    QString sql; // " WHERE ..." or ""
    QString conditions; // "... AND ..." or ""
    QVariantList binds;

    StatsWhere(const CaseFilter& filter, const QDateTime& now)
    {
        conditions = CaseFilterSql::conditions(filter, binds, now).join(QStringLiteral(" AND "));
        if (!conditions.isEmpty())
            sql = QStringLiteral(" WHERE ") + conditions;
    }
    // " WHERE <these> AND more" or " WHERE more".
    QString plus(const QString& more) const
    {
        return sql.isEmpty() ? QString(QStringLiteral(" WHERE ") + more)
                             : QString(sql + QStringLiteral(" AND ") + more);
    }
    // " AND <these>" or "", after a WHERE of the caller's.
    QString andConditions() const
    {
        return conditions.isEmpty() ? QString() : QString(QStringLiteral(" AND ") + conditions);
    }
};
