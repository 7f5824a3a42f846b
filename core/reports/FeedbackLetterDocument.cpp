#include "reports/FeedbackLetterDocument.h"

#include "reports/CaseBlocks.h"
#include "reports/DocumentContext.h"
#include "reports/ReportHtml.h"

namespace {
QString line(const QString& html, const QString& style = {})
{
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:0;%1\">%2</p>").arg(style, html);
}

QString blankLine()
{
    return QStringLiteral("<p style=\"margin:0;\">&nbsp;</p>");
}

QString bold(const QString& plain)
{
    return QStringLiteral("<b>") + plain.toHtmlEscaped() + QStringLiteral("</b>");
}
} // namespace

FeedbackLetterDocument::FeedbackLetterDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString FeedbackLetterDocument::tr(const char* source, const char* disambiguation) const
{
    return m_context.language().translate("FeedbackLetterDocument", source, disambiguation);
}

FeedbackLetterDocument::Points FeedbackLetterDocument::traced(const std::optional<Tracing>& tracing) const
{
    if (!tracing)
        return {};
    const auto signedText = [&](int step) {
        for (const TracingStep& s : tracing->steps)
            if (s.step == step && s.isSigned())
                return s.text.trimmed();
        return QString();
    };
    // The correction as implemented (D6) once it is, else as chosen (D5).
    const QString correction = signedText(6).isEmpty() ? signedText(5) : signedText(6);
    Points points;
    for (const auto& [label, value] : Points {{tr("Root cause"), signedText(4)},
                                              {tr("Permanent correction"), correction},
                                              {tr("Preventing recurrence"), signedText(7)}})
        if (!value.isEmpty())
            points.append({label, value});
    if (!points.isEmpty())
        points.prepend({tr("Our 8D analysis"), tracing->number});
    return points;
}

ReportDocument FeedbackLetterDocument::build(const QualityCase& c, const QString& customerAddress,
                                             const std::optional<Tracing>& tracing) const
{
    ReportDocument d = m_context.document(tr("Written Feedback"), QStringLiteral("FL-") + c.number);
    const QDateTime dated = c.closedAt.isValid() ? c.closedAt : m_context.now();
    d.date = m_context.date(dated);
    // The layout differs by language, not only the words: a Chinese 复函 has a title and a
    // subject, addresses the company, closes with 此致 / 敬礼 and is signed and dated at the
    // right with the seal; an English letter is dated at the top and addressed to the reader.
    const Points found = traced(tracing);
    d.html = m_context.language().isChinese() ? chinese(c, dated, found)
                                              : english(c, customerAddress, dated, found);
    return d;
}

QString FeedbackLetterDocument::english(const QualityCase& c, const QString& customerAddress,
                                        const QDateTime& dated, const Points& found) const
{
    const DocumentContext& x = m_context;
    const CaseBlocks blocks(x);
    const auto para = [](const QString& html) -> QString {
        return QStringLiteral("<p style=\"margin-top:0; margin-bottom:10px; line-height:130%;\">") + html
            + QStringLiteral("</p>");
    };
    QString html = QStringLiteral("<p align=\"right\" style=\"margin-top:6px; margin-bottom:16px;\">%1</p>")
                       .arg(x.letterDate(dated).toHtmlEscaped());
    html += line(bold(c.customerName));
    if (!customerAddress.trimmed().isEmpty())
        html += line(ReportHtml::text(customerAddress));
    if (!c.contactName.isEmpty())
        html += line(tr("Attn.: %1").arg(c.contactName).toHtmlEscaped());
    html += blankLine();
    html += para(bold(tr("Subject: Our reply to your quality feedback (%1)").arg(c.number)));
    html += para(tr("Dear Sir or Madam,").toHtmlEscaped());
    html += para(tr("Thank you for telling us on %1 about a problem with our product. We have looked into it "
                    "and write to tell you what we found and what we have done.")
                     .arg(x.letterDate(c.receivedAt))
                     .toHtmlEscaped());
    html += ReportHtml::fields(Points {{tr("Product"), blocks.product(c)},
                                       {tr("Serial no."), c.serialNo},
                                       {tr("Batch no."), c.batchNo},
                                       {tr("Quantity affected"), x.language().locale().toString(c.quantity)},
                                       {tr("What you reported"), c.symptom},
                                       {tr("The problem"), c.problemSummary},
                                       {tr("Cause"), x.causeName(c.defectCauseId, c.defectCause)},
                                       {tr("What we did"), c.treatmentResult}}
                                   + found,
                               1);
    html += blankLine();
    if (!c.writtenFeedback.trimmed().isEmpty())
        html += para(ReportHtml::text(c.writtenFeedback));
    html
        += para(tr("If the product gives you any further trouble, please call our Sales Department and quote "
                   "the case number above. Thank you for your trust.")
                    .toHtmlEscaped());
    html += para(ReportHtml::text(tr("Yours faithfully,")));
    html += blankLine() + blankLine();
    html += line(bold(x.company().name));
    html += line(tr("Quality Department").toHtmlEscaped());
    if (!c.closedBy.isEmpty())
        html += line(c.closedBy.toHtmlEscaped());
    return html;
}

QString FeedbackLetterDocument::chinese(const QualityCase& c, const QDateTime& dated,
                                        const Points& found) const
{
    const DocumentContext& x = m_context;
    const CaseBlocks blocks(x);
    // The paragraphs keep their spaces: a Chinese paragraph starts two ideographic spaces in.
    const QString size = QStringLiteral(" font-size:11pt; white-space:pre-wrap;");
    const QString indent(2, QChar(0x3000)); // a paragraph starts two characters in
    const auto para = [&](const QString& html) -> QString {
        return QStringLiteral("<p style=\"margin-top:0; margin-bottom:4px; line-height:150%;%1\">%2</p>")
            .arg(size, html);
    };
    const auto labelled = [&](const QString& label, const QString& value) {
        return tr("%1: %2", "a label and its value in the text of the Chinese letter").arg(label, value);
    };

    QString html = QStringLiteral("<p align=\"center\" style=\"margin-top:8px; margin-bottom:6px; "
                                  "font-size:18pt; font-weight:bold;\">%1</p>")
                       .arg(tr("Written Feedback").toHtmlEscaped());
    const QString subject = c.modelCode.isEmpty()
        ? tr("Concerning the quality problem your company reported (case %1)",
             "subject line of the Chinese letter (关于……的复函)")
              .arg(c.number)
        : tr("Concerning the quality problem of %1 your company reported (case %2)",
             "subject line of the Chinese letter (关于……的复函); %1 is the product model")
              .arg(c.modelCode, c.number);
    html += QStringLiteral("<p align=\"center\" style=\"margin-top:0; margin-bottom:18px; font-size:12pt; "
                           "font-weight:bold;\">%1</p>")
                .arg(subject.toHtmlEscaped());
    html += para(tr("To %1:", "greeting of the Chinese letter: the customer company")
                     .arg(c.customerName)
                     .toHtmlEscaped());
    html += para(
        indent
        + tr("Thank you for telling us on %1 about a problem with our product. We have looked into it "
             "and write to tell you what we found and what we have done.")
              .arg(x.letterDate(c.receivedAt))
              .toHtmlEscaped());

    // What was found and done, as numbered points (一、二、…) rather than a table.
    QStringList product {blocks.product(c)};
    if (!c.serialNo.isEmpty())
        product << labelled(tr("Serial no."), c.serialNo);
    if (!c.batchNo.isEmpty())
        product << labelled(tr("Batch no."), c.batchNo);
    product << labelled(tr("Quantity affected"), x.language().locale().toString(c.quantity));
    const Points points
        = Points {{tr("Product"),
                   product.join(tr("; ", "between the facts of one point in the Chinese letter"))},
                  {tr("What you reported"), c.symptom.trimmed()},
                  {tr("The problem"), c.problemSummary.trimmed()},
                  {tr("Cause"), x.causeName(c.defectCauseId, c.defectCause)},
                  {tr("What we did"), c.treatmentResult.trimmed()}}
        + found;
    const QString numerals = QStringLiteral("一二三四五六七八九十");
    int n = 0;
    for (const auto& [label, value] : points) {
        if (value.isEmpty())
            continue;
        html += para(
            indent
            + QString(numerals.at(n++) + QStringLiteral("、") + labelled(label, value)).toHtmlEscaped());
    }
    if (!c.writtenFeedback.trimmed().isEmpty())
        html += para(indent + ReportHtml::text(c.writtenFeedback));
    html += para(indent
                 + tr("If the product gives you any further trouble, please call our Sales Department and "
                      "quote the case number above. Thank you for your trust.")
                       .toHtmlEscaped());
    html += para(
        indent
        + tr("Herewith our answer.", "closing sentence of the Chinese letter (特此函复)").toHtmlEscaped());
    // The complimentary close: its first line two characters in, the next at the margin (此致 / 敬礼！).
    const QStringList close = tr("Yours faithfully,").split(u'\n');
    for (qsizetype i = 0; i < close.size(); ++i)
        html += para((i == 0 ? indent : QString()) + close.at(i).trimmed().toHtmlEscaped());

    // Signed at the right: the company, the department with room for the seal beside it, and
    // the date under the signature.
    const QString signature
        = QStringLiteral("<p align=\"center\" style=\"margin:0; line-height:150%;%1\">%2</p>");
    QString block = signature.arg(size, QStringLiteral("&nbsp;"));
    if (!x.company().name.isEmpty())
        block += signature.arg(size, x.company().name.toHtmlEscaped());
    block += signature.arg(size,
                           tr("%1 (seal)", "the signing department, with room for the company seal")
                               .arg(tr("Quality Department"))
                               .toHtmlEscaped());
    block += signature.arg(size, QStringLiteral("&nbsp;"));
    block += signature.arg(size, x.letterDate(dated).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\"><tr>"
                           "<td width=\"50%\"></td><td width=\"50%\">%1</td></tr></table>")
                .arg(block);
    if (!c.closedBy.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:18px; font-size:9pt;\">%1</p>")
                    .arg(tr("Contact: %1").arg(c.closedBy).toHtmlEscaped());
    return html;
}
