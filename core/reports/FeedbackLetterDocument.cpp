#include "reports/FeedbackLetterDocument.h"

#include "reports/CaseBlocks.h"
#include "reports/DocumentContext.h"
#include "reports/ReportHtml.h"

FeedbackLetterDocument::FeedbackLetterDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString FeedbackLetterDocument::tr(const char* source) const
{
    return m_context.translate("FeedbackLetterDocument", source);
}

ReportDocument FeedbackLetterDocument::build(const QualityCase& c, const QString& customerAddress) const
{
    const DocumentContext& x = m_context;
    const CaseBlocks blocks(x);
    ReportDocument d = x.document(tr("Written Feedback"), QStringLiteral("FL-") + c.number);
    const QDateTime dated = c.closedAt.isValid() ? c.closedAt : x.now();
    d.date = x.date(dated);
    const auto line = [](const QString& html) -> QString {
        return QStringLiteral("<p style=\"margin-top:0; margin-bottom:0;\">") + html + QStringLiteral("</p>");
    };
    const auto para = [](const QString& html) -> QString {
        return QStringLiteral("<p style=\"margin-top:0; margin-bottom:10px; line-height:130%;\">") + html
            + QStringLiteral("</p>");
    };

    QString html = QStringLiteral("<p align=\"right\" style=\"margin-top:6px; margin-bottom:16px;\">%1</p>")
                       .arg(x.letterDate(dated).toHtmlEscaped());
    html += line(QStringLiteral("<b>") + c.customerName.toHtmlEscaped() + QStringLiteral("</b>"));
    if (!customerAddress.trimmed().isEmpty())
        html += line(ReportHtml::text(customerAddress));
    if (!c.contactName.isEmpty())
        html += line(tr("Attn.: %1").arg(c.contactName).toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin:0;\">&nbsp;</p>");
    html += para(QStringLiteral("<b>")
                 + tr("Subject: Our reply to your quality feedback (%1)").arg(c.number).toHtmlEscaped()
                 + QStringLiteral("</b>"));
    const QString name = c.contactName.isEmpty() ? c.customerName : c.contactName;
    html += para(tr("Dear %1,").arg(name).toHtmlEscaped());
    html += para(tr("Thank you for telling us on %1 about a problem with our product. We have looked into it "
                    "and write to tell you what we found and what we have done.")
                     .arg(x.letterDate(c.receivedAt))
                     .toHtmlEscaped());
    html += ReportHtml::fields({{tr("Product"), blocks.product(c)},
                                {tr("Serial no."), c.serialNo},
                                {tr("Batch no."), c.batchNo},
                                {tr("Quantity affected"), x.language().locale().toString(c.quantity)},
                                {tr("What you reported"), c.symptom},
                                {tr("The problem"), c.problemSummary},
                                {tr("Cause"), x.causeName(c.defectCauseId, c.defectCause)},
                                {tr("What we did"), c.treatmentResult}},
                               1);
    html += QStringLiteral("<p style=\"margin:0;\">&nbsp;</p>");
    if (!c.writtenFeedback.trimmed().isEmpty())
        html += para(ReportHtml::text(c.writtenFeedback));
    html
        += para(tr("If the product gives you any further trouble, please call our Sales Department and quote "
                   "the case number above. Thank you for your trust.")
                    .toHtmlEscaped());
    html += para(ReportHtml::text(tr("Yours faithfully,")));
    html += QStringLiteral("<p style=\"margin:0;\">&nbsp;</p><p style=\"margin:0;\">&nbsp;</p>");
    html += line(QStringLiteral("<b>") + x.company().name.toHtmlEscaped() + QStringLiteral("</b>"));
    html += line(tr("Quality Department").toHtmlEscaped());
    if (!c.closedBy.isEmpty())
        html += line(c.closedBy.toHtmlEscaped());
    d.html = html;
    return d;
}
