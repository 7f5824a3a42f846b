#include "cases/CaseDetailsHtml.h"

#include "common/Palette.h"
#include "dates/CompanyTime.h"
#include "domain/CaseStatus.h"
#include "domain/Channels.h"
#include "domain/PlanKinds.h"
#include "domain/VisitKinds.h"

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
// The parts that are there, with the separator only between them: no "Defect · " when the cause
// is missing, no "/" after a batch when there is no order.
QString joined(const QStringList& parts, const QString& separator)
{
    QStringList present;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            present.append(part.trimmed());
    return present.join(separator);
}
QString row(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral(
               "<tr><td style='padding-right:12px; white-space:nowrap;'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}
QString section(const QString& title, const QString& rows)
{
    if (rows.isEmpty())
        return {};
    return QStringLiteral("<h3>%1</h3><table cellspacing='2'>%2</table>").arg(title.toHtmlEscaped(), rows);
}
} // namespace

QString CaseDetailsHtml::render(const QualityCase& c, const QList<DeadlineClock>& clocks,
                                const QList<SerialCase>& history, const QDateTime& now,
                                const QPalette& palette, const QTimeZone& zone)
{
    // Whole minutes in the company's zone, in every language.
    const auto when = [&zone](const QDateTime& t) { return CompanyTime::minutes(t, zone); };
    QString html;
    QString deadlines;
    for (const DeadlineClock& k : clocks) {
        const QColor colour = k.isOpen()
            ? Palette::deadline(palette, k.dueAt, now)
            : (k.wasLate() ? Palette::dueSoon(palette) : Palette::onTime(palette));
        const QString state = k.isOpen()
            ? (k.isOverdue(now) ? tr("overdue") : tr("open"))
            : (k.wasLate() ? tr("done late, %1").arg(when(k.doneAt)) : tr("done, %1").arg(when(k.doneAt)));
        deadlines += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td style='color:%4;'>%5</td></tr>")
                         .arg(esc(k.what), esc(k.owner), when(k.dueAt), colour.name(), state.toHtmlEscaped());
    }
    if (!deadlines.isEmpty())
        html += QStringLiteral(
                    "<h3>%1</h3><table cellspacing='4'><tr><th align='left'>%2</th><th align='left'>%3</th>"
                    "<th align='left'>%4</th><th align='left'>%5</th></tr>%6</table>")
                    .arg(tr("Deadlines").toHtmlEscaped(), tr("What").toHtmlEscaped(),
                         tr("Who").toHtmlEscaped(), tr("Due").toHtmlEscaped(), tr("State").toHtmlEscaped(),
                         deadlines);
    const QString customer
        = esc(c.customerName) + (c.keyCustomer ? tr(" (key customer)").toHtmlEscaped() : QString());
    html += section(
        tr("Customer's call"),
        row(tr("Received"), when(c.receivedAt) + QStringLiteral(" · ") + esc(Channels::name(c.channel)))
            + row(tr("Customer"), customer)
            + row(tr("Contact"), esc(QString(c.contactName + QLatin1Char(' ') + c.contactPhone).trimmed()))
            + row(tr("Product"), esc(joined({c.modelCode, c.modelName}, QStringLiteral(" — "))))
            + row(tr("Serial / batch / order"),
                  esc(joined({c.serialNo, c.batchNo, c.orderNo}, QStringLiteral(" / "))))
            + row(tr("Quantity"), QString::number(c.quantity)) + row(tr("Symptom"), esc(c.symptom))
            + row(tr("Customer asks"), esc(c.customerRequest)) + row(tr("Site"), esc(c.siteAddress))
            + row(tr("Objection to quality"), c.isObjection ? tr("Yes — 24-hour disposal clock") : QString())
            + row(tr("Logged by"), esc(c.loggedBy)));
    html += section(
        tr("Quality"),
        row(tr("Sent to Quality"), when(c.sentAt))
            + row(tr("Recorded"), when(c.recordedAt) + QLatin1Char(' ') + esc(c.recordedBy))
            + row(tr("Verification"), esc(c.verification)) + row(tr("Analysis"), esc(c.analysis))
            + row(tr("Defect"), esc(joined({c.defectCategory, c.defectCause}, QStringLiteral(" · "))))
            // The grade's name says its letter ("B 级：严重", "Grade B: serious").
            + row(tr("Grade"), esc(c.gradeName.isEmpty() ? c.gradeCode : c.gradeName))
            + row(tr("Temporary measures"), esc(c.temporaryMeasures))
            + row(tr("Processing deadline"), when(c.processingDueAt))
            + row(tr("Disposal suggestion"), esc(c.disposalSuggestion)));
    QString units;
    for (const CaseUnit& u : c.units)
        units += row(
            u.unitName,
            esc(u.task) + QStringLiteral(" · ") + tr("due %1").arg(when(u.dueAt))
                + (u.receivedAt.isValid() ? QStringLiteral(" · ") + tr("received %1").arg(when(u.receivedAt))
                                          : QString())
                + (u.repliedAt.isValid() ? QStringLiteral(" · ") + tr("replied: %1").arg(esc(u.reply))
                                         : QString()));
    if (c.sheet)
        units = row(tr("Feedback sheet"),
                    esc(c.sheet->number) + QStringLiteral(" · ") + when(c.sheet->issuedAt))
            + units;
    html += section(tr("Responsible units"), units);
    if (c.plan) {
        const ProcessingPlan& p = *c.plan;
        html += section(
            tr("Processing plan"),
            row(tr("What will be done"), PlanKinds::name(p.kind))
                + row(tr("Technician"), esc(joined({p.technicianName, p.agencyName}, QStringLiteral(" · "))))
                + row(tr("Appointed"), when(p.appointedAt)) + row(tr("Address"), esc(p.address))
                + row(tr("Return order"), esc(p.returnOrderNo))
                + row(tr("Received", "the returned product, at the factory"), when(p.receivedAt))
                + row(tr("Reworked"), when(p.reworkedAt)) + row(tr("Resupplied"), when(p.resuppliedAt))
                + row(tr("Details"), esc(p.details)) + row(tr("Done"), esc(p.completionNote)));
    }
    if (c.service) {
        const ServiceRecord& s = *c.service;
        html += section(tr("On-site service"),
                        row(tr("Arrived"), when(s.arrivedAt)) + row(tr("Finished"), when(s.finishedAt))
                            + row(tr("Work done"), esc(s.workDone)) + row(tr("Parts used"), esc(s.partsUsed))
                            + row(tr("Result"), esc(s.result))
                            + row(tr("Customer's confirmation"),
                                  s.customerConfirmed ? esc(s.confirmedBy) : tr("not confirmed")));
    }
    for (const ReturnVisit& v : c.visits) {
        QString items;
        for (const VisitItem& i : v.items)
            items += (i.confirmed ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + esc(i.requirement)
                + (i.note.isEmpty() ? QString() : QStringLiteral(" — ") + esc(i.note))
                + QStringLiteral("<br>");
        const QString title = VisitKinds::name(v.kind);
        html += section(title,
                        row(tr("Called"), when(v.visitedAt) + QLatin1Char(' ') + esc(v.visitedBy))
                            + row(tr("Items"), items)
                            + row(tr("Marks"), v.marks >= 0 ? QString::number(v.marks) : QString())
                            + row(tr("Remarks"), esc(v.remarks)) + row(tr("Use since"), esc(v.productUse))
                            + row(tr("Feedback"), esc(v.feedback)));
    }
    QString follow;
    for (const FollowUp& f : c.followUps)
        follow += row(f.ownerUnitName,
                      esc(f.task) + QStringLiteral(" · ") + tr("due %1").arg(when(f.dueAt))
                          + (f.doneAt.isValid() ? QStringLiteral(" · ") + esc(f.result) : QString()));
    html += section(tr("Follow-ups"), follow);
    if (c.closedAt.isValid())
        html += section(tr("Closed"),
                        row(tr("Closed"), when(c.closedAt) + QLatin1Char(' ') + esc(c.closedBy))
                            + row(tr("Problem"), esc(c.problemSummary))
                            + row(tr("Result"), esc(c.treatmentResult))
                            + row(tr("Written feedback"), esc(c.writtenFeedback))
                            + row(tr("Waived"), esc(c.waiverReason)));
    QString hist;
    for (const SerialCase& h : history)
        if (h.id != c.id)
            hist += row(h.number,
                        when(h.receivedAt) + QStringLiteral(" · ")
                            + CaseStatuses::displayName(CaseStatuses::fromCode(h.status)).toHtmlEscaped()
                            + QStringLiteral(" · ") + esc(h.symptom.left(80)));
    html += section(tr("Service history of serial %1").arg(c.serialNo),
                    hist.isEmpty() && !c.serialNo.isEmpty() ? row(tr("Earlier cases"), tr("none")) : hist);
    return html;
}
