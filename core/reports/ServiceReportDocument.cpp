#include "reports/ServiceReportDocument.h"

#include "reports/CaseBlocks.h"
#include "reports/DocumentContext.h"
#include "reports/ReportHtml.h"

ServiceReportDocument::ServiceReportDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString ServiceReportDocument::tr(const char* source) const
{
    return m_context.translate("ServiceReportDocument", source);
}

QString ServiceReportDocument::box(const QString& label, const QString& value) const
{
    // A written-in box: tall when empty, so there is room to write by hand.
    const QString body = value.trimmed().isEmpty() ? QStringLiteral("<p style=\"margin:0;\">&nbsp;</p>"
                                                                    "<p style=\"margin:0;\">&nbsp;</p>"
                                                                    "<p style=\"margin:0;\">&nbsp;</p>")
                                                   : ReportHtml::text(value);
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                          "style=\"border-collapse:collapse; border-color:#7a8591; border-style:solid;\">"
                          "<tr><td bgcolor=\"#eef1f4\"><b>%1</b></td></tr><tr><td>%2</td></tr></table>"
                          "<p style=\"margin:0; font-size:4pt;\">&nbsp;</p>")
        .arg(label.toHtmlEscaped(), body);
}

ReportDocument ServiceReportDocument::build(const QualityCase& c) const
{
    const DocumentContext& x = m_context;
    const CaseBlocks blocks(x);
    ReportDocument d = x.document(tr("On-site Service Report"), QStringLiteral("SR-") + c.number);
    const ServiceRecord* s = c.service ? &*c.service : nullptr;
    if (s)
        d.date = x.date(s->finishedAt);

    QString html = ReportHtml::title(d.title, tr("Case %1").arg(c.number));
    html += ReportHtml::heading(tr("Customer and product"));
    QList<ReportHtml::Field> identity = blocks.identity(c);
    if (c.plan && !c.plan->address.isEmpty())
        identity[7].second = c.plan->address;
    html += ReportHtml::fields(identity);

    html += ReportHtml::heading(tr("Service"));
    QList<ReportHtml::Field> service {
        {tr("Service agency"), c.plan ? c.plan->agencyName : QString()},
        {tr("Technician"),
         s && !s->technicianName.isEmpty() ? s->technicianName
                                           : (c.plan ? c.plan->technicianName : QString())},
        {tr("Appointed arrival"), c.plan ? x.dateTime(c.plan->appointedAt) : QString()},
        {tr("Arrived"), s ? x.dateTime(s->arrivedAt) : QString()},
        {tr("Grade"), x.gradeName(c.gradeId, c.gradeName)},
        {tr("Finished"), s ? x.dateTime(s->finishedAt) : QString()}};
    html += ReportHtml::fields(service);
    html += ReportHtml::fields({{tr("Problem reported"), c.symptom}}, 1);
    html += QStringLiteral("<p style=\"margin:0; font-size:4pt;\">&nbsp;</p>");
    html += box(tr("Work done"), s ? s->workDone : QString());
    html += box(tr("Parts used"), s ? s->partsUsed : QString());
    html += box(tr("Result"), s ? s->result : QString());

    html += ReportHtml::heading(tr("Customer's confirmation"));
    QString confirmation = tr("The customer confirms that the work above was done and its result.");
    if (s && s->customerConfirmed)
        confirmation += QStringLiteral(" ") + tr("Confirmed on site by: %1").arg(s->confirmedBy);
    html += ReportHtml::paragraph(confirmation);
    html += ReportHtml::signatures(
        {tr("Customer's signature and date"), tr("Technician's signature and date")});
    html += ReportHtml::note(
        tr("Please return a signed copy to the Sales Department. We will call you within three "
           "days to ask how the service went."));
    d.html = html;
    return d;
}
