#include "cases/CaseFilterSql.h"

#include <limits>

namespace {
QString clockOutcomeSql(ClockOutcome outcome)
{
    switch (outcome) {
    case ClockOutcome::Any:
        return {};
    case ClockOutcome::OnTime:
        return QStringLiteral(" AND k.done_at <= k.due_at");
    case ClockOutcome::Late:
        return QStringLiteral(" AND k.done_at > k.due_at");
    case ClockOutcome::Overdue:
        return QStringLiteral(" AND k.done_at IS NULL AND k.due_at < ?");
    case ClockOutcome::Missed:
        return QStringLiteral(" AND (k.done_at > k.due_at OR (k.done_at IS NULL AND k.due_at < ?))");
    case ClockOutcome::Counted:
        return QStringLiteral(" AND (k.done_at IS NOT NULL OR k.due_at < ?)");
    case ClockOutcome::Running:
        return QStringLiteral(" AND k.done_at IS NULL AND k.due_at >= ?");
    }
    return {};
}

// The cases whose cut value is (or, for "Other", is not) one of the values.
QString cutCondition(const CaseFilter& f, QVariantList& binds)
{
    const QString in = f.cutOther ? QStringLiteral(" NOT IN (") : QStringLiteral(" IN (");
    QString list;
    for (qint64 v : f.cutValues) {
        list += list.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        binds.append(v);
    }
    if (list.isEmpty())
        return f.cutOther ? QStringLiteral("c.id IS NOT NULL") : QStringLiteral("1 = 0");
    switch (f.cut) {
    case CaseCut::Line:
        return QStringLiteral(
                   "c.model_id IN (SELECT m.id FROM product_models m JOIN product_lines l ON l.code = "
                   "m.product_line WHERE l.id")
            + in + list + QStringLiteral("))");
    case CaseCut::Unit:
        return QStringLiteral("EXISTS (SELECT 1 FROM case_units x WHERE x.case_id = c.id AND x.unit_id") + in
            + list + QStringLiteral("))");
    default: {
        const QString column = CaseFilterSql::cutColumn(f.cut);
        const QString condition = column + in + list + u')';
        return f.cutOther ? column + QStringLiteral(" IS NOT NULL AND ") + condition : condition;
    }
    }
}
} // namespace

QString CaseFilterSql::cutColumn(CaseCut cut)
{
    switch (cut) {
    case CaseCut::Defect:
        return QStringLiteral("c.defect_category_id");
    case CaseCut::Cause:
        return QStringLiteral("c.defect_cause_id");
    case CaseCut::Model:
    case CaseCut::Line:
        return QStringLiteral("c.model_id");
    case CaseCut::Customer:
        return QStringLiteral("c.customer_id");
    case CaseCut::Unit:
        return QStringLiteral("x.unit_id");
    case CaseCut::None:
        break;
    }
    return {};
}

QString CaseFilterSql::inList(const QString& column, const QList<qint64>& values, QVariantList& binds)
{
    if (values.isEmpty())
        return QStringLiteral("1 = 0");
    QStringList marks;
    for (qint64 v : values) {
        marks.append(QStringLiteral("?"));
        binds.append(v);
    }
    return column + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + u')';
}

QStringList CaseFilterSql::conditions(const CaseFilter& f, QVariantList& binds, const QDateTime& now)
{
    QStringList where;
    const auto add = [&](const QString& condition, const QVariant& value) {
        where.append(condition);
        binds.append(value);
    };
    if (!f.status.isEmpty())
        add(QStringLiteral("c.status = ?"), f.status);
    if (f.openOnly)
        where.append(QStringLiteral("c.status <> 'closed'"));
    if (f.gradeId > 0)
        add(QStringLiteral("c.grade_id = ?"), f.gradeId);
    if (f.customerId > 0)
        add(QStringLiteral("c.customer_id = ?"), f.customerId);
    if (f.modelId > 0)
        add(QStringLiteral("c.model_id = ?"), f.modelId);
    if (f.unitId > 0)
        add(QStringLiteral("EXISTS (SELECT 1 FROM case_units x WHERE x.case_id = c.id AND x.unit_id = ?)"),
            f.unitId);
    if (f.technicianId > 0)
        add(QStringLiteral("EXISTS (SELECT 1 FROM plans p WHERE p.case_id = c.id AND p.technician_id = ?)"),
            f.technicianId);
    if (f.agencyId > 0)
        add(QStringLiteral("EXISTS (SELECT 1 FROM plans p WHERE p.case_id = c.id AND p.agency_id = ?)"),
            f.agencyId);
    if (f.productLineId > 0)
        add(QStringLiteral(
                "c.model_id IN (SELECT m.id FROM product_models m JOIN product_lines l ON l.code = "
                "m.product_line WHERE l.id = ?)"),
            f.productLineId);
    if (f.receivedFrom.isValid())
        add(QStringLiteral("c.received_at >= ?"), f.receivedFrom.toSecsSinceEpoch());
    if (f.receivedTo.isValid())
        add(QStringLiteral("c.received_at < ?"), f.receivedTo.toSecsSinceEpoch());
    if (f.keyCustomersOnly)
        where.append(QStringLiteral("c.customer_id IN (SELECT id FROM customers WHERE key_customer = 1)"));
    if (f.overdueOnly)
        add(QStringLiteral("c.next_due_at < ?"), now.toSecsSinceEpoch());
    if (!f.ownerCode.isEmpty())
        add(QStringLiteral("c.next_owner = ?"), f.ownerCode);
    if (f.cut != CaseCut::None)
        where.append(cutCondition(f, binds));
    if (f.closedFrom.isValid())
        add(QStringLiteral("c.closed_at >= ?"), f.closedFrom.toSecsSinceEpoch());
    if (f.closedTo.isValid())
        add(QStringLiteral("c.closed_at < ?"), f.closedTo.toSecsSinceEpoch());
    if (f.openAt.isValid()) {
        const qint64 at = f.openAt.toSecsSinceEpoch();
        where.append(QStringLiteral("c.received_at < ? AND (c.closed_at IS NULL OR c.closed_at >= ?)"));
        binds << at << at;
    }
    if (!f.clockKind.isEmpty()) {
        const QString outcome = clockOutcomeSql(f.clockOutcome);
        where.append(
            QStringLiteral("EXISTS (SELECT 1 FROM case_clocks k WHERE k.case_id = c.id AND k.kind = ? AND "
                           "k.unit_id = ?")
            + outcome + u')');
        binds << f.clockKind << f.clockUnitId;
        if (outcome.contains(u'?'))
            binds << (f.clockNow.isValid() ? f.clockNow : now).toSecsSinceEpoch();
    }
    if (f.firstVisitFrom.isValid() || f.firstVisitTo.isValid()) {
        where.append(
            QStringLiteral("EXISTS (SELECT 1 FROM visits v WHERE v.case_id = c.id AND v.kind = 'first' AND "
                           "v.visited_at >= ? AND v.visited_at < ?)"));
        binds << (f.firstVisitFrom.isValid() ? f.firstVisitFrom.toSecsSinceEpoch() : Q_INT64_C(0))
              << (f.firstVisitTo.isValid() ? f.firstVisitTo.toSecsSinceEpoch()
                                           : std::numeric_limits<qint64>::max());
    }
    return where;
}
