#include "deadlines/CaseDuties.h"

#include <QHash>

using Kind = DeadlineClock::Kind;

namespace {
QString ownerKindOf(const QString& clockOwner)
{
    return clockOwner.startsWith(QLatin1String("unit:")) ? QStringLiteral("unit") : clockOwner;
}

// The processing deadline is Sales' from the analysis until the plan is carried out; the duty is
// named by what Sales owes next, so that one deadline is one duty in every list.
QString processingKind(CaseStatus status)
{
    switch (status) {
    case CaseStatus::SheetIssued:
        return QStringLiteral("plan");
    case CaseStatus::Planned:
        return QStringLiteral("implement");
    default:
        return QStringLiteral("processing");
    }
}
} // namespace

QList<CaseDuty> CaseDuties::of(const QualityCase& c, const DeadlineCalculator& deadlines)
{
    QList<CaseDuty> duties;
    if (c.status == CaseStatus::Closed)
        return duties;
    const QList<DeadlineClock> clocks = deadlines.clocks(c);
    for (const DeadlineClock& clock : clocks) {
        CaseDuty d;
        d.kind = clock.kind == Kind::Processing ? processingKind(c.status)
                                                : DeadlineCalculator::kindCode(clock.kind);
        d.ownerKind = ownerKindOf(clock.ownerCode);
        d.ownerId = clock.ownerId;
        d.recordId = clock.recordId;
        d.dueAt = clock.dueAt;
        d.doneAt = clock.doneAt;
        duties.append(d);
    }
    // The next step when no open deadline stands for it: Quality's steps, the resupply follow-up.
    const NextDue step = deadlines.nextStep(c);
    if (step.isNone())
        return duties;
    const bool timed = std::any_of(duties.cbegin(), duties.cend(),
                                   [&](const CaseDuty& d) { return d.isOpen() && d.kind == step.code; });
    if (!timed)
        duties.append({step.code, step.ownerCode, 0, 0, {}, {}});
    return duties;
}

bool CaseDuties::isMine(const CaseDuty& duty, const User& user)
{
    switch (user.role) {
    case Role::SalesClerk:
        return duty.ownerKind == QLatin1String("sales");
    case Role::QualityEngineer:
        return duty.ownerKind == QLatin1String("quality");
    case Role::Technician:
        return duty.ownerKind == QLatin1String("technician") && duty.ownerId == user.technicianId
            && user.technicianId > 0;
    case Role::ResponsibleUnit:
        return duty.ownerKind == QLatin1String("unit") && duty.ownerId == user.unitId && user.unitId > 0;
    case Role::Manager:
    case Role::Office:
    case Role::Administrator:
        return false;
    }
    return false;
}

QList<CaseDuty> CaseDuties::mine(const QList<CaseDuty>& duties, const User& user)
{
    QList<CaseDuty> list;
    for (const CaseDuty& d : duties)
        if (d.isOpen() && isMine(d, user))
            list.append(d);
    return list;
}

QString CaseDuties::text(const QString& kind)
{
    static const QHash<QString, const char*> texts {
        {QStringLiteral("disposal"), QT_TR_NOOP("Disposal suggestion by")},
        {QStringLiteral("send"), QT_TR_NOOP("Send to Quality by")},
        {QStringLiteral("processing"), QT_TR_NOOP("Finish processing by")},
        {QStringLiteral("plan"), QT_TR_NOOP("Organize the processing plan by")},
        {QStringLiteral("implement"), QT_TR_NOOP("Carry out the plan by")},
        {QStringLiteral("unit_reply"), QT_TR_NOOP("Reply by")},
        {QStringLiteral("arrival"), QT_TR_NOOP("Arrive on site by")},
        {QStringLiteral("first_visit"), QT_TR_NOOP("First return visit by")},
        {QStringLiteral("second_visit"), QT_TR_NOOP("Second return visit by")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("Follow up by")},
        {QStringLiteral("record"), QT_TR_NOOP("Record the case")},
        {QStringLiteral("analyse"), QT_TR_NOOP("Check and analyse the case")},
        {QStringLiteral("issue_sheet"), QT_TR_NOOP("Issue the feedback sheet")},
        {QStringLiteral("resupply_follow_up"), QT_TR_NOOP("Follow up the resupplied product")},
        {QStringLiteral("close"), QT_TR_NOOP("Close the case with written feedback")},
    };
    const auto it = texts.constFind(kind);
    return it == texts.cend() ? kind : tr(it.value());
}

QString CaseDuties::ownerText(const QString& ownerKind, const QString& name)
{
    if (ownerKind == QLatin1String("sales"))
        return name.isEmpty() ? tr("Sales") : tr("Sales (%1)").arg(name);
    if (ownerKind == QLatin1String("quality"))
        return name.isEmpty() ? tr("Quality") : tr("Quality (%1)").arg(name);
    if (ownerKind == QLatin1String("technician"))
        return name.isEmpty() ? tr("Service technician") : name;
    return name;
}
