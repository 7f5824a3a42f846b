#include "reports/ReturnVisitRecordDocument.h"

#include "reports/CaseBlocks.h"
#include "reports/DocumentContext.h"
#include "reports/FieldGrid.h"
#include "reports/ReportHtml.h"

ReturnVisitRecordDocument::ReturnVisitRecordDocument(const DocumentContext& context,
                                                     const DeadlineCalculator& deadlines)
    : m_context(context)
    , m_deadlines(deadlines)
{
}

QString ReturnVisitRecordDocument::tr(const char* source, const char* disambiguation, int n) const
{
    return m_context.language().translate("ReturnVisitRecordDocument", source, disambiguation, n);
}

ReportTable ReturnVisitRecordDocument::visitFields(const QString& heading, const ReturnVisit* v,
                                                   const QDateTime& due) const
{
    const CaseBlocks blocks(m_context);
    return FieldGrid::make(heading,
                           {{tr("Due by"), m_context.dateTime(due)},
                            {tr("Made"), v ? m_context.dateTime(v->visitedAt) : QString()},
                            {tr("Visited by"), v ? v->visitedBy : QString()},
                            {tr("On time"), blocks.onTime(v ? v->visitedAt : QDateTime(), due)}});
}

ReportDocument ReturnVisitRecordDocument::build(const QualityCase& c) const
{
    const DocumentContext& x = m_context;
    const CaseBlocks blocks(x);
    ReportDocument d = x.document(tr("Return-visit Record"), QStringLiteral("RV-") + c.number);
    d.html = ReportHtml::title(d.title, tr("Case %1").arg(c.number));
    QList<ReportHtml::Field> identity = blocks.identity(c);
    identity.removeLast(); // the site address is on the service report
    identity.append({tr("Technician"), c.service ? c.service->technicianName : QString()});
    identity.append({tr("Service finished"), c.service ? x.dateTime(c.service->finishedAt) : QString()});
    identity.append({tr("Processing"), c.plan ? blocks.planKind(c.plan->kind) : QString()});
    d.tables.append(FieldGrid::make(tr("Customer, product and service"), identity));

    const QDateTime done = c.service ? c.service->finishedAt : QDateTime();
    if (c.service) {
        const ReturnVisit* first = c.visit(VisitKind::First);
        d.tables.append(visitFields(tr("First return visit by telephone (within %n day(s))", nullptr,
                                       m_deadlines.rules().firstVisitDays),
                                    first, m_deadlines.firstVisitDue(done)));
        if (first && !first->items.isEmpty()) {
            ReportTable items;
            items.header
                = QStringList {tr("On-site service requirement"), tr("Confirmed"), tr("Customer's note")};
            items.widths = {50, 14, 36};
            items.fontPoints = 9;
            for (const VisitItem& i : first->items)
                items.rows.append({i.requirement, blocks.yesNo(i.confirmed), i.note});
            d.tables.append(items);
        }
        d.tables.append(FieldGrid::make(
            {},
            {{tr("Customer's marks (0-100)"),
              first && first->marks >= 0 ? x.language().locale().toString(first->marks) : QString()},
             {tr("Remarks"), first ? first->remarks : QString()}},
            1));

        const ReturnVisit* second = c.visit(VisitKind::Second);
        d.tables.append(visitFields(tr("Second return visit by telephone (within %n day(s))", nullptr,
                                       m_deadlines.rules().secondVisitDays),
                                    second, m_deadlines.secondVisitDue(done)));
        d.tables.append(
            FieldGrid::make({},
                            {{tr("Use of the product since"), second ? second->productUse : QString()},
                             {tr("Customer's feedback"), second ? second->feedback : QString()}},
                            1));
    }
    if (!c.followUps.isEmpty()) {
        ReportTable transferred;
        transferred.heading = tr("Problems transferred to technical support");
        transferred.header = QStringList {tr("Task"), tr("Owner"), tr("Due"), tr("Done"), tr("Result")};
        transferred.widths = {30, 15, 15, 15, 25};
        transferred.unbroken = {2, 3};
        transferred.fontPoints = 9;
        for (const FollowUp& f : c.followUps)
            transferred.rows.append({f.task, x.unitName(f.ownerUnitId, f.ownerUnitName), x.dateTime(f.dueAt),
                                     x.dateTime(f.doneAt), f.result});
        d.tables.append(transferred);
    }
    if (const ReturnVisit* resupply = c.visit(VisitKind::Resupply)) {
        d.tables.append(
            FieldGrid::make(tr("Follow-up of the resupplied product"),
                            {{tr("Made"), x.dateTime(resupply->visitedAt)},
                             {tr("Visited by"), resupply->visitedBy},
                             {tr("Forwarded to Quality"), blocks.yesNo(resupply->forwardedToQuality)}}));
        d.tables.append(FieldGrid::make({}, {{tr("Customer's feedback"), resupply->feedback}}, 1));
    }
    d.htmlAfter = ReportHtml::signatures({tr("Recorded by"), tr("Checked by (Quality)")})
        + ReportHtml::note(tr("Filed by the Sales Department and sent to the departments concerned "
                              "(clause 3.4.4 of the after-sales service system)."));
    return d;
}
