#include "reports/ReturnVisitRecordDocument.h"

#include "reports/CaseBlocks.h"
#include "reports/DocumentContext.h"
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

QString ReturnVisitRecordDocument::visitFields(const ReturnVisit* v, const QDateTime& due) const
{
    const CaseBlocks blocks(m_context);
    return ReportHtml::fields({{tr("Due by"), m_context.dateTime(due)},
                               {tr("Made"), v ? m_context.dateTime(v->visitedAt) : QString()},
                               {tr("Visited by"), v ? v->visitedBy : QString()},
                               {tr("On time"), blocks.onTime(v ? v->visitedAt : QDateTime(), due)}});
}

ReportDocument ReturnVisitRecordDocument::build(const QualityCase& c) const
{
    const DocumentContext& x = m_context;
    const CaseBlocks blocks(x);
    ReportDocument d = x.document(tr("Return-visit Record"), QStringLiteral("RV-") + c.number);
    QString html = ReportHtml::title(d.title, tr("Case %1").arg(c.number));
    html += ReportHtml::heading(tr("Customer, product and service"));
    QList<ReportHtml::Field> identity = blocks.identity(c);
    identity.removeLast(); // the site address is on the service report
    identity.append({tr("Technician"), c.service ? c.service->technicianName : QString()});
    identity.append({tr("Service finished"), c.service ? x.dateTime(c.service->finishedAt) : QString()});
    identity.append({tr("Processing"), c.plan ? blocks.planKind(c.plan->kind) : QString()});
    html += ReportHtml::fields(identity);

    const QDateTime done = c.service ? c.service->finishedAt : QDateTime();
    if (c.service) {
        const ReturnVisit* first = c.visit(VisitKind::First);
        html += ReportHtml::heading(tr("First return visit by telephone (within %n day(s))", nullptr,
                                       m_deadlines.rules().firstVisitDays));
        html += visitFields(first, m_deadlines.firstVisitDue(done));
        QList<QStringList> items;
        if (first)
            for (const VisitItem& i : first->items)
                items.append({i.requirement, blocks.yesNo(i.confirmed), i.note});
        if (!items.isEmpty())
            html += ReportHtml::table({tr("On-site service requirement"), tr("Confirmed"), tr("Note")}, items,
                                      {55, 13, 32});
        html += ReportHtml::fields(
            {{tr("Customer's marks (0-100)"),
              first && first->marks >= 0 ? x.language().locale().toString(first->marks) : QString()},
             {tr("Remarks"), first ? first->remarks : QString()}},
            1);

        const ReturnVisit* second = c.visit(VisitKind::Second);
        html += ReportHtml::heading(tr("Second return visit by telephone (within %n day(s))", nullptr,
                                       m_deadlines.rules().secondVisitDays));
        html += visitFields(second, m_deadlines.secondVisitDue(done));
        html += ReportHtml::fields({{tr("Use of the product since"), second ? second->productUse : QString()},
                                    {tr("Customer's feedback"), second ? second->feedback : QString()}},
                                   1);
    }
    if (!c.followUps.isEmpty()) {
        html += ReportHtml::heading(tr("Problems transferred to technical support"));
        QList<QStringList> rows;
        for (const FollowUp& f : c.followUps)
            rows.append({f.task, x.unitName(f.ownerUnitId, f.ownerUnitName), x.dateTime(f.dueAt),
                         x.dateTime(f.doneAt), f.result});
        html += ReportHtml::table({tr("Task"), tr("Owner"), tr("Due"), tr("Done"), tr("Result")}, rows,
                                  {30, 16, 15, 15, 24});
    }
    if (const ReturnVisit* resupply = c.visit(VisitKind::Resupply)) {
        html += ReportHtml::heading(tr("Follow-up of the resupplied product"));
        html
            += ReportHtml::fields({{tr("Made"), x.dateTime(resupply->visitedAt)},
                                   {tr("Visited by"), resupply->visitedBy},
                                   {tr("Forwarded to Quality"), blocks.yesNo(resupply->forwardedToQuality)}});
        html += ReportHtml::fields({{tr("Customer's feedback"), resupply->feedback}}, 1);
    }
    html += ReportHtml::signatures({tr("Recorded by"), tr("Checked by (Quality)")});
    html += ReportHtml::note(tr("Filed by the Marketing Department and sent to the departments concerned "
                                "(clause 3.4.4)."));
    d.html = html;
    return d;
}
