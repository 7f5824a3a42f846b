#pragma once

#include "cases/CaseFilter.h"

#include <QStringList>
#include <QVariantList>

// The one translation of a CaseFilter (all but its search words) into SQL conditions on the
// cases table as "c", with their values appended to binds in order. The case list counts and
// pages with it, and the statistics count with it, so that a bar and the list it opens agree.
namespace CaseFilterSql {

// now: the moment "overdue" is judged at (overdueOnly, and a clock outcome without clockNow).
QStringList conditions(const CaseFilter& filter, QVariantList& binds, const QDateTime& now);
// The column or expression a cut groups by ("c.defect_category_id" ...); Line and Unit group
// by the model and by case_units as "x" (see ParetoQuery).
QString cutColumn(CaseCut cut);
// "c.x IN (?, ?)", with the values bound; "1 = 0" for none.
QString inList(const QString& column, const QList<qint64>& values, QVariantList& binds);

} // namespace CaseFilterSql
