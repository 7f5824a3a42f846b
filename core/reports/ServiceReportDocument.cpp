#include "reports/ServiceReportDocument.h"

#include "reports/CaseBlocks.h"
#include "reports/DocumentContext.h"
#include "reports/FieldGrid.h"
#include "reports/ReportHtml.h"

ServiceReportDocument::ServiceReportDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString ServiceReportDocument::tr(const char* source) const
{
    return m_context.translate("ServiceReportDocument", source);
}

ReportTable ServiceReportDocument::box(const QString& label, const QString& value)
{
    // A written-in box: three lines tall when empty, so there is room to write by hand.
    ReportTable t;
    t.header = QStringList {label};
    t.widths = {100};
    t.fontPoints = 9;
    t.blankEmpty = true;
    t.minLines = value.trimmed().isEmpty() ? 3 : 1;
    t.rows.append({value});
    return t;
}

ReportDocument ServiceReportDocument::build(const QualityCase& c) const
{
    const DocumentContext& x = m_context;
    const CaseBlocks blocks(x);
    ReportDocument d = x.document(tr("On-site Service Report"), QStringLiteral("SR-") + c.number);
    const ServiceRecord* s = c.service ? &*c.service : nullptr;
    if (s)
        d.date = x.date(s->finishedAt);

    d.html = ReportHtml::title(d.title, tr("Case %1").arg(c.number));
    QList<ReportHtml::Field> identity = blocks.identity(c);
    if (c.plan && !c.plan->address.isEmpty())
        identity.last().second = c.plan->address;
    d.tables.append(FieldGrid::make(tr("Customer and product"), identity));

    d.tables.append(
        FieldGrid::make(tr("Service"),
                        {{tr("Service agency"), c.plan ? c.plan->agencyName : QString()},
                         {tr("Technician"),
                          s && !s->technicianName.isEmpty() ? s->technicianName
                                                            : (c.plan ? c.plan->technicianName : QString())},
                         {tr("Appointed arrival"), c.plan ? x.dateTime(c.plan->appointedAt) : QString()},
                         {tr("Arrived"), s ? x.dateTime(s->arrivedAt) : QString()},
                         {tr("Grade"), x.gradeName(c.gradeId, c.gradeName)},
                         {tr("Finished"), s ? x.dateTime(s->finishedAt) : QString()}}));
    d.tables.append(FieldGrid::make({}, {{tr("Problem reported"), c.symptom}}, 1));
    d.tables.append(box(tr("Work done"), s ? s->workDone : QString()));
    d.tables.append(box(tr("Parts used"), s ? s->partsUsed : QString()));
    d.tables.append(box(tr("Result"), s ? s->result : QString()));
    d.tables.append(box(tr("Customer's comments"), QString())); // the customer writes them on site

    QString after = ReportHtml::heading(tr("Customer's confirmation"));
    after += ReportHtml::paragraph(tr("The customer confirms that the work above was done and its result."));
    if (s && s->customerConfirmed)
        after += ReportHtml::paragraph(tr("Confirmed on site by: %1").arg(s->confirmedBy));
    after += ReportHtml::signatures(
        {tr("Customer's signature and stamp / date"), tr("Technician's signature / date")});
    after += ReportHtml::note(
        tr("Please return a signed copy to the Sales Department. We will call you within three "
           "days to ask how the service went."));
    d.htmlAfter = after;
    return d;
}
