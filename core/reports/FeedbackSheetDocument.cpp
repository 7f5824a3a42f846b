#include "reports/FeedbackSheetDocument.h"

#include "reports/CaseBlocks.h"
#include "reports/DocumentContext.h"
#include "reports/FieldGrid.h"
#include "reports/ReportHtml.h"

FeedbackSheetDocument::FeedbackSheetDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString FeedbackSheetDocument::tr(const char* source, const char* disambiguation) const
{
    return m_context.language().translate("FeedbackSheetDocument", source, disambiguation);
}

ReportDocument FeedbackSheetDocument::build(const QualityCase& c) const
{
    const DocumentContext& x = m_context;
    const CaseBlocks blocks(x);
    ReportDocument d = x.document(tr("Information Feedback Sheet"), c.sheet ? c.sheet->number : c.number);
    if (c.sheet)
        d.date = x.date(c.sheet->issuedAt);

    // A controlled form: its code from the company's quality system above the title. The title as
    // rich text; the sections as tables painted directly: a sheet is printed often, and laying
    // out its dozen tables as rich text took most of its time.
    const QString formCode = x.company().feedbackSheetFormCode;
    if (!formCode.isEmpty())
        d.html = QStringLiteral("<p style=\"margin:0; font-size:8pt; color:#444;\">%1</p>")
                     .arg(tr("Form code: %1").arg(formCode).toHtmlEscaped());
    d.html += ReportHtml::title(d.title, tr("Case %1").arg(c.number));
    QList<ReportHtml::Field> intake {
        {tr("Case no."), c.number},
        {tr("Received", "when the customer's information came in"), x.dateTime(c.receivedAt)},
        {tr("Channel"), blocks.channel(c.channel)},
        {tr("Objection to quality"), blocks.yesNo(c.isObjection)}};
    intake += blocks.identity(c);
    d.tables.append(FieldGrid::make(tr("1. Quality information received"), intake));
    d.tables.append(
        FieldGrid::make({}, {{tr("Symptom"), c.symptom}, {tr("Customer's request"), c.customerRequest}}, 1));

    d.tables.append(
        FieldGrid::make(tr("2. Check and analysis by Quality"),
                        {{tr("Defect category"), x.categoryName(c.defectCategoryId, c.defectCategory)},
                         {tr("Defect cause"), x.causeName(c.defectCauseId, c.defectCause)},
                         {tr("Grade"), x.gradeName(c.gradeId, c.gradeName)},
                         {tr("Processing deadline"), x.dateTime(c.processingDueAt)},
                         {tr("Analysed by"), c.analysedBy},
                         {tr("Analysed"), x.dateTime(c.analysedAt)}}));
    d.tables.append(FieldGrid::make({},
                                    {{tr("Verification"), c.verification},
                                     {tr("Analysis"), c.analysis},
                                     {tr("Temporary measures"), c.temporaryMeasures}},
                                    1));

    ReportTable units;
    units.heading = tr("3. Responsible units, tasks and deadlines");
    units.header = QStringList {tr("Unit"), tr("Task"), tr("Reply by"),
                                tr("Received", "when the unit signed for the sheet"), tr("Reply")};
    units.widths = {15, 29, 18, 18, 20};
    units.unbroken = {2, 3};
    for (const CaseUnit& u : c.units)
        units.rows.append({x.unitName(u.unitId, u.unitName), u.task, x.dateTime(u.dueAt),
                           x.dateTime(u.receivedAt),
                           u.repliedAt.isValid() ? x.dateTime(u.repliedAt) + u'\n' + u.reply : QString()});
    d.tables.append(units);

    d.tables.append(FieldGrid::make(tr("4. Issue"),
                                    {{tr("Issued by"), c.sheet ? c.sheet->issuedBy : QString()},
                                     {tr("Issued on"), c.sheet ? x.date(c.sheet->issuedAt) : QString()}}));

    ReportTable distribution;
    distribution.heading = tr("5. Distribution");
    distribution.header = QStringList {tr("Recipient"), tr("For"), tr("Received on"), tr("Signature")};
    distribution.widths = {22, 40, 19, 19};
    distribution.fontPoints = 9;
    distribution.blankEmpty = true; // room to sign
    distribution.minLines = 2;
    distribution.rows.append(
        {tr("Sales Department"), tr("Organize the processing plan"), QString(), QString()});
    for (const CaseUnit& u : c.units)
        distribution.rows.append({x.unitName(u.unitId, u.unitName), u.task, QString(), QString()});
    distribution.rows.append({tr("Quality Department"), tr("File copy"), QString(), QString()});
    d.tables.append(distribution);

    // Prepared, checked and approved, as every controlled form of the quality system is signed.
    ReportTable signOff;
    signOff.fontPoints = 9;
    signOff.widths = {14, 19, 14, 20, 14, 19};
    signOff.shadedColumns = {0, 2, 4};
    signOff.blankEmpty = true;
    signOff.minLines = 2;
    signOff.gapAboveMm = 2.5;
    signOff.rows.append(
        {tr("Prepared by"), c.analysedBy, tr("Checked by"), QString(), tr("Approved by"), QString()});
    d.tables.append(signOff);

    d.htmlAfter = ReportHtml::note(
        tr("Each unit acknowledges receipt and replies with its action by the deadline above "
           "(clause 3.3.2 of the after-sales service system)."));
    return d;
}
