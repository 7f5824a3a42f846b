#include "cases/CaseRowFormat.h"

#include "common/Palette.h"
#include "dates/CompanyTime.h"
#include "deadlines/CaseDuties.h"
#include "deadlines/DeadlineCalculator.h"
#include "domain/CaseStatus.h"

#include <QBrush>
#include <QGuiApplication>

QVariant CaseRowFormat::data(const CaseListRow& r, int column, int role, const QDateTime& now,
                             const QTimeZone& zone)
{
    // A moment in a list column: short, the same in both languages, no seconds (issue 12.5).
    const auto minutes = [&zone](const QDateTime& at) { return CompanyTime::compact(at, zone); };
    const bool overdue = r.nextDueAt.isValid() && r.nextDueAt < now;
    if (role == IdRole)
        return r.id;
    if (role == Qt::ForegroundRole && (column == DueAt || column == NextStep)) {
        const QColor c = Palette::deadline(QGuiApplication::palette(), r.nextDueAt, now);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    if (role == Qt::ToolTipRole && column == NextStep && !r.item.isEmpty())
        return data(r, column, Qt::DisplayRole, now, zone); // the whole of an action's or a step's words
    if (role == Qt::ToolTipRole && column == DueAt && r.nextDueAt.isValid())
        return overdue ? tr("Overdue") : tr("Due %1").arg(CompanyTime::minutes(r.nextDueAt, zone));
    if (role == Qt::AccessibleTextRole && column == DueAt && overdue)
        return tr("Overdue: %1").arg(CompanyTime::minutes(r.nextDueAt, zone));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Number:
        return r.number;
    case Received:
        return minutes(r.receivedAt);
    case Customer:
        // The star first: a long name is cut at its end, never the star (issue 12.5).
        return r.keyCustomer ? QStringLiteral("★ ") + r.customer : r.customer;
    case Product:
        return r.model;
    case Serial:
        return r.serialNo;
    case Grade:
        return r.grade;
    case Status:
        // An action raised by hand belongs to no case.
        return r.status.isEmpty() ? QString() : CaseStatuses::displayName(CaseStatuses::fromCode(r.status));
    case NextStep:
        if (!r.item.isEmpty()) // an action or an 8D step (issue 14): what it is, and who owes it
            return r.nextOwnerName.isEmpty() ? r.itemText : tr("%1 — %2").arg(r.itemText, r.nextOwnerName);
        if (r.isDuty) {
            // A queue's line is one duty: "Reply by 05/03/2026 17:00", with who owes it when it
            // is someone else's.
            QString text = CaseDuties::text(r.nextStep);
            if (r.nextDueAt.isValid())
                text = tr("%1 %2").arg(text, minutes(r.nextDueAt));
            return r.nextOwnerName.isEmpty() ? text : tr("%1 — %2").arg(text, r.nextOwnerName);
        }
        return DeadlineCalculator::stepText(r.nextStep);
    case DueAt: {
        if (!r.nextDueAt.isValid())
            return QString();
        // Due by the end of a day (in the company's zone): the day alone.
        const QString due = r.dueIsDay
            ? CompanyTime::day(r.nextDueAt, zone).toString(QStringLiteral("yyyy-MM-dd"))
            : minutes(r.nextDueAt);
        return overdue ? tr("%1 (overdue)").arg(due) : due;
    }
    default:
        return {};
    }
}

QVariant CaseRowFormat::header(int column)
{
    switch (column) {
    case Number:
        return tr("Case");
    case Received:
        return tr("Received");
    case Customer:
        return tr("Customer");
    case Product:
        return tr("Product");
    case Serial:
        return tr("Serial no.");
    case Grade:
        return tr("Grade");
    case Status:
        return tr("Status");
    case NextStep:
        return tr("Next step");
    case DueAt:
        return tr("Due");
    default:
        return {};
    }
}
