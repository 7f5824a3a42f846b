#include "deadlines/DeadlineCalculator.h"

#include <QHash>

using Kind = DeadlineClock::Kind;

DeadlineCalculator::DeadlineCalculator(DeadlineRules rules)
    : m_rules(std::move(rules))
    , m_calendar(m_rules.calendar())
{
}

QString DeadlineCalculator::ownerName(const QString& ownerCode, const QString& unitName)
{
    if (ownerCode == QLatin1String("sales"))
        return tr("Sales");
    if (ownerCode == QLatin1String("quality"))
        return tr("Quality");
    if (ownerCode == QLatin1String("technician"))
        return tr("Service technician");
    return unitName;
}

QDateTime DeadlineCalculator::disposalDue(const QDateTime& receivedAt) const
{
    return receivedAt.addSecs(qint64(m_rules.disposalHours) * 3600);
}

QDateTime DeadlineCalculator::sendToQualityDue(const QDateTime& loggedAt) const
{
    // "Timely": by the end of the same working day; after hours or on a day off (a weekend, a
    // public holiday), by the end of the next working day, which may be a make-up Saturday.
    const QDateTime local = loggedAt.toTimeZone(m_rules.zone);
    QDate day = local.date();
    if (!m_calendar.isWorkingDay(day) || local.time() >= m_rules.workdayEnd)
        day = m_calendar.nextWorkingDay(day);
    return QDateTime(day, m_rules.workdayEnd, m_rules.zone).toUTC();
}

QDateTime DeadlineCalculator::returnVisitDue(const QDateTime& serviceDoneAt, int days) const
{
    // "Within three days": by the end of the third calendar day after the service.
    const QDate day = serviceDoneAt.toTimeZone(m_rules.zone).date().addDays(days);
    return QDateTime(day, QTime(23, 59, 59), m_rules.zone).toUTC();
}

QDateTime DeadlineCalculator::firstVisitDue(const QDateTime& serviceDoneAt) const
{
    return returnVisitDue(serviceDoneAt, m_rules.firstVisitDays);
}

QDateTime DeadlineCalculator::secondVisitDue(const QDateTime& serviceDoneAt) const
{
    return returnVisitDue(serviceDoneAt, m_rules.secondVisitDays);
}

QDateTime DeadlineCalculator::followUpDue(const QDateTime& transferredAt) const
{
    return returnVisitDue(transferredAt, m_rules.followUpDays);
}

QDateTime DeadlineCalculator::implementationDone(const QualityCase& c) const
{
    if (c.service)
        return c.service->finishedAt;
    if (c.plan) {
        if (c.plan->resuppliedAt.isValid())
            return c.plan->resuppliedAt;
        return c.plan->completedAt;
    }
    return {};
}

QList<DeadlineClock> DeadlineCalculator::clocks(const QualityCase& c) const
{
    QList<DeadlineClock> list;
    const QString sales = QStringLiteral("sales");
    if (c.isObjection)
        list.append({Kind::Disposal, sales, ownerName(sales), tr("Give the customer a disposal suggestion"),
                     disposalDue(c.receivedAt), c.disposalAt});
    list.append({Kind::SendToQuality, sales, ownerName(sales), tr("Send the case to Quality"),
                 sendToQualityDue(c.loggedAt), c.sentAt});
    if (c.processingDueAt.isValid())
        list.append({Kind::Processing, sales, ownerName(sales), tr("Finish processing the case"),
                     c.processingDueAt, implementationDone(c)});
    if (c.sheet) {
        for (const CaseUnit& unit : c.units) {
            const QString code = QStringLiteral("unit:%1").arg(unit.unitId);
            list.append({Kind::UnitReply, code, unit.unitName,
                         tr("Reply to feedback sheet %1").arg(c.sheet->number), unit.dueAt, unit.repliedAt,
                         unit.unitId, unit.id});
        }
    }
    if (c.plan && c.plan->kind == PlanKind::OnSite && c.plan->appointedAt.isValid()) {
        const QString tech = QStringLiteral("technician");
        list.append({Kind::Arrival, tech,
                     c.plan->technicianName.isEmpty() ? ownerName(tech) : c.plan->technicianName,
                     tr("Arrive on site"), c.plan->appointedAt,
                     c.service ? c.service->arrivedAt : QDateTime(), c.plan->technicianId});
    }
    if (c.service) {
        const ReturnVisit* first = c.visit(VisitKind::First);
        const ReturnVisit* second = c.visit(VisitKind::Second);
        list.append({Kind::FirstVisit, sales, ownerName(sales), tr("First return visit (phone)"),
                     firstVisitDue(c.service->finishedAt), first ? first->visitedAt : QDateTime()});
        list.append({Kind::SecondVisit, sales, ownerName(sales), tr("Second return visit (phone)"),
                     secondVisitDue(c.service->finishedAt), second ? second->visitedAt : QDateTime()});
    }
    for (const FollowUp& f : c.followUps)
        list.append({Kind::FollowUp, QStringLiteral("unit:%1").arg(f.ownerUnitId), f.ownerUnitName,
                     tr("Follow up: %1").arg(f.task), f.dueAt, f.doneAt, f.ownerUnitId, f.id});
    if (c.closedAt.isValid()) {
        // A closed case owes nothing more; what was open at closing was waived.
        for (DeadlineClock& clock : list)
            if (clock.isOpen())
                clock.doneAt = c.closedAt;
    }
    return list;
}

QString DeadlineCalculator::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Disposal:
        return QStringLiteral("disposal");
    case Kind::SendToQuality:
        return QStringLiteral("send");
    case Kind::Processing:
        return QStringLiteral("processing");
    case Kind::UnitReply:
        return QStringLiteral("unit_reply");
    case Kind::Arrival:
        return QStringLiteral("arrival");
    case Kind::FirstVisit:
        return QStringLiteral("first_visit");
    case Kind::SecondVisit:
        return QStringLiteral("second_visit");
    case Kind::FollowUp:
        return QStringLiteral("follow_up");
    }
    return {};
}

QString DeadlineCalculator::stepText(const QString& code)
{
    static const QHash<QString, const char*> texts {
        {QStringLiteral("disposal"), QT_TR_NOOP("Give the customer a disposal suggestion")},
        {QStringLiteral("send"), QT_TR_NOOP("Send the case to Quality")},
        {QStringLiteral("processing"), QT_TR_NOOP("Finish processing the case")},
        {QStringLiteral("unit_reply"), QT_TR_NOOP("Responsible unit to reply")},
        {QStringLiteral("arrival"), QT_TR_NOOP("Arrive on site")},
        {QStringLiteral("first_visit"), QT_TR_NOOP("First return visit (phone)")},
        {QStringLiteral("second_visit"), QT_TR_NOOP("Second return visit (phone)")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("Technical support follow-up")},
        {QStringLiteral("record"), QT_TR_NOOP("Record the case")},
        {QStringLiteral("analyse"), QT_TR_NOOP("Check and analyse the case")},
        {QStringLiteral("issue_sheet"), QT_TR_NOOP("Issue the feedback sheet")},
        {QStringLiteral("plan"), QT_TR_NOOP("Organize the processing plan")},
        {QStringLiteral("implement"), QT_TR_NOOP("Carry out the plan")},
        {QStringLiteral("resupply_follow_up"), QT_TR_NOOP("Follow up the resupplied product")},
        {QStringLiteral("close"), QT_TR_NOOP("Close the case with written feedback")},
    };
    const auto it = texts.constFind(code);
    return it == texts.cend() ? QString() : tr(it.value());
}

NextDue DeadlineCalculator::nextStep(const QualityCase& c) const
{
    const QString quality = QStringLiteral("quality");
    const QString sales = QStringLiteral("sales");
    auto step = [](const QString& owner, const char* code) {
        const QString k = QString::fromLatin1(code);
        return NextDue {k, owner, ownerName(owner), stepText(k), {}, false};
    };
    switch (c.status) {
    case CaseStatus::Logged:
        return step(sales, "send");
    case CaseStatus::SentToQuality:
        return step(quality, "record");
    case CaseStatus::Recorded:
        return step(quality, "analyse");
    case CaseStatus::Analysed:
        return step(quality, "issue_sheet");
    case CaseStatus::SheetIssued:
        return step(sales, "plan");
    case CaseStatus::Planned:
        return step(sales, "implement");
    case CaseStatus::Implemented:
        if (c.plan && c.plan->kind == PlanKind::OnSite)
            return step(sales, "first_visit");
        if (c.plan && c.plan->kind == PlanKind::RemoteGuidance)
            return step(quality, "close");
        return step(sales, "resupply_follow_up");
    case CaseStatus::FirstVisited:
        return step(sales, "second_visit");
    case CaseStatus::FollowedUp:
        return step(quality, "close");
    case CaseStatus::Closed:
        return {};
    }
    return {};
}

NextDue DeadlineCalculator::nextDue(const QualityCase& c, const QDateTime& now) const
{
    if (c.status == CaseStatus::Closed)
        return {};
    const DeadlineClock* earliest = nullptr;
    const QList<DeadlineClock> all = clocks(c);
    for (const DeadlineClock& clock : all)
        if (clock.isOpen() && (!earliest || clock.dueAt < earliest->dueAt))
            earliest = &clock;
    if (!earliest)
        return nextStep(c);
    return {kindCode(earliest->kind), earliest->ownerCode, earliest->owner,
            earliest->what,           earliest->dueAt,     earliest->isOverdue(now)};
}
