#include "reports/FeedbackSheetDocument.h"

#include "reports/CaseBlocks.h"
#include "reports/DocumentContext.h"
#include "reports/ReportHtml.h"

FeedbackSheetDocument::FeedbackSheetDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString FeedbackSheetDocument::tr(const char* source) const
{
    return m_context.translate("FeedbackSheetDocument", source);
}

ReportDocument FeedbackSheetDocument::build(const QualityCase& c) const
{
    const DocumentContext& x = m_context;
    const CaseBlocks blocks(x);
    ReportDocument d = x.document(tr("Information Feedback Sheet"), c.sheet ? c.sheet->number : c.number);
    if (c.sheet)
        d.date = x.date(c.sheet->issuedAt);

    QString html = ReportHtml::title(d.title, tr("Case %1").arg(c.number));
    html += ReportHtml::heading(tr("1. Quality information received"));
    QList<ReportHtml::Field> intake {{tr("Case no."), c.number},
                                     {tr("Received"), x.dateTime(c.receivedAt)},
                                     {tr("Channel"), blocks.channel(c.channel)},
                                     {tr("Objection to quality"), blocks.yesNo(c.isObjection)}};
    intake += blocks.identity(c);
    html += ReportHtml::fields(intake);
    html
        += ReportHtml::fields({{tr("Symptom"), c.symptom}, {tr("Customer's request"), c.customerRequest}}, 1);

    html += ReportHtml::heading(tr("2. Check and analysis by Quality"));
    html += ReportHtml::fields({{tr("Defect category"), x.categoryName(c.defectCategoryId, c.defectCategory)},
                                {tr("Defect cause"), x.causeName(c.defectCauseId, c.defectCause)},
                                {tr("Grade"), x.gradeName(c.gradeId, c.gradeName)},
                                {tr("Processing deadline"), x.dateTime(c.processingDueAt)},
                                {tr("Analysed by"), c.analysedBy},
                                {tr("Analysed"), x.dateTime(c.analysedAt)}});
    html += ReportHtml::fields({{tr("Verification"), c.verification},
                                {tr("Analysis"), c.analysis},
                                {tr("Temporary measures"), c.temporaryMeasures}},
                               1);

    html += ReportHtml::heading(tr("3. Responsible units, tasks and deadlines"));
    QList<QStringList> rows;
    for (const CaseUnit& u : c.units)
        rows.append({x.unitName(u.unitId, u.unitName), u.task, x.dateTime(u.dueAt), x.dateTime(u.receivedAt),
                     u.repliedAt.isValid() ? x.dateTime(u.repliedAt) + u'\n' + u.reply : QString()});
    html += ReportHtml::table({tr("Unit"), tr("Task"), tr("Reply by"), tr("Received"), tr("Reply")}, rows,
                              {15, 29, 18, 18, 20}, false, 8.5);

    html += ReportHtml::heading(tr("4. Issue"));
    html += ReportHtml::fields({{tr("Issued by"), c.sheet ? c.sheet->issuedBy : QString()},
                                {tr("Issued"), c.sheet ? x.dateTime(c.sheet->issuedAt) : QString()}});

    html += ReportHtml::heading(tr("5. Distribution"));
    QList<QStringList> recipients;
    recipients.append({tr("Sales Department"), tr("Organize the processing plan"), QString(), QString()});
    for (const CaseUnit& u : c.units)
        recipients.append({x.unitName(u.unitId, u.unitName), u.task, QString(), QString()});
    recipients.append({tr("Quality Department"), tr("File copy"), QString(), QString()});
    for (QStringList& r : recipients) {
        r[2] = QStringLiteral("&nbsp;");
        r[3] = QStringLiteral("&nbsp;");
        r[0] = ReportHtml::text(r[0]);
        r[1] = ReportHtml::text(r[1]);
    }
    html += ReportHtml::table({tr("Recipient"), tr("For"), tr("Received on"), tr("Signature")}, recipients,
                              {24, 36, 18, 22}, true);
    html += ReportHtml::note(
        tr("Each unit acknowledges receipt and replies with its action by the deadline above "
           "(clause 3.3.2 of the after-sales service system)."));
    d.html = html;
    return d;
}
