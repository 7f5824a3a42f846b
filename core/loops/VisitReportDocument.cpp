#include "loops/VisitReportDocument.h"

#include "Clock.h"
#include "UserError.h"
#include "loops/VisitService.h"
#include "reports/DocumentContext.h"
#include "reports/FieldGrid.h"
#include "reports/ReportHtml.h"

VisitReportDocument::VisitReportDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString VisitReportDocument::tr(const char* source, const char* disambiguation, int n) const
{
    return m_context.language().translate("VisitReportDocument", source, disambiguation, n);
}

ReportDocument VisitReportDocument::build(const CustomerVisit& v) const
{
    const DocumentContext& x = m_context;
    const bool afterCase = v.kind == CustomerVisitKind::AfterComplaint;
    ReportDocument d = x.document(tr("Customer Visit Report"), v.number);
    d.html = ReportHtml::title(d.title,
                               afterCase ? tr("Manager's visit after case %1").arg(v.caseNumber)
                                         : tr("Return visit, round %1").arg(v.roundNumber));
    QList<ReportHtml::Field> why {{tr("Customer"), v.customerName}, {tr("Due by"), x.date(v.dueAt)}};
    if (afterCase)
        why += {{tr("Case"), v.caseNumber},
                {tr("Case closed"), x.date(v.caseClosedAt)},
                {tr("Symptom"), v.caseSymptom},
                {tr("Problem found"), v.caseProblem},
                {tr("Treatment"), v.caseTreatment}};
    else
        why += {{tr("Round"), v.roundNumber}, {tr("Purpose"), v.roundPurpose}};
    d.tables.append(FieldGrid::make(tr("Why we visit"), why));
    d.tables.append(FieldGrid::make(tr("Plan"),
                                    {{tr("Led by"), v.leaderName},
                                     {tr("Planned for"), v.plannedOn.toString(Qt::ISODate)},
                                     {tr("Who else went"), v.participants},
                                     {tr("Planned by"), v.plannedBy}}));
    QList<ReportHtml::Field> said {{tr("Visited on"), v.visitedOn.toString(Qt::ISODate)},
                                   {tr("Whom we met"), v.customerPeople}};
    d.tables.append(FieldGrid::make(tr("The visit"), said));
    QList<ReportHtml::Field> words;
    if (afterCase)
        words.append({tr("The customer's comments on how the problem was treated"), v.treatmentComments});
    words.append({tr("The customer's opinions of our products and service"), v.opinions});
    words.append({tr("The customer's suggestions"), v.suggestions});
    d.tables.append(FieldGrid::make({}, words, 1));
    if (v.status == CustomerVisitStatus::Waived)
        d.tables.append(FieldGrid::make(tr("No visit needed"),
                                        {{tr("Decided by"), v.waivedBy}, {tr("Reason"), v.waiverReason}}));
    if (!v.recipients.isEmpty()) {
        ReportTable sent;
        sent.heading = tr("Sent to the departments");
        sent.header = QStringList {tr("Department"), tr("Signed for"), tr("Signed by")};
        sent.widths = {40, 30, 30};
        for (const VisitRecipient& r : v.recipients)
            sent.rows.append({x.unitName(r.unitId, r.unitName), x.dateTime(r.receivedAt), r.receivedBy});
        d.tables.append(sent);
    }
    d.htmlAfter = ReportHtml::signatures({tr("Visit leader"), tr("Recorded by")})
        + ReportHtml::note(tr("Filed by the Sales Department; the customer's comments go to the departments "
                              "concerned."));
    return d;
}

ReportDocument VisitReportDocument::ofNumber(const QSqlDatabase& db, const QString& number,
                                             const ReportOptions& options)
{
    const SystemClock clock; // loading a visit asks no time
    const VisitService visits(db, clock);
    const CustomerVisit v = visits.load(visits.idOfNumber(number));
    const DocumentContext context(db, options);
    return VisitReportDocument(context).build(v);
}
