#include "reports/ReportHtml.h"

namespace {
const char* const cellStyle = "padding: 3px 5px;";
const QString border = QStringLiteral("#7a8591");
const QString labelBackground = QStringLiteral("#eef1f4");
} // namespace

QString ReportHtml::text(const QString& plain)
{
    const QString trimmed = plain.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("—");
    QString html = trimmed.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br/>"));
    return html;
}

QString ReportHtml::title(const QString& title, const QString& subtitle)
{
    QString html
        = QStringLiteral("<p align=\"center\" style=\"margin-top:0; margin-bottom:2px; font-size:15pt; "
                         "font-weight:bold;\">%1</p>")
              .arg(title.toHtmlEscaped());
    if (!subtitle.isEmpty())
        html += QStringLiteral(
                    "<p align=\"center\" style=\"margin-top:0; margin-bottom:0; color:#444;\">%1</p>")
                    .arg(subtitle.toHtmlEscaped());
    return html + QStringLiteral("<p style=\"margin:0; font-size:4pt;\">&nbsp;</p>");
}

QString ReportHtml::heading(const QString& text)
{
    return QStringLiteral(
               "<p style=\"margin-top:10px; margin-bottom:4px; font-size:10.5pt; font-weight:bold; "
               "color:#1f3b57;\">%1</p>")
        .arg(text.toHtmlEscaped());
}

QString ReportHtml::paragraph(const QString& plain)
{
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:8px;\">%1</p>").arg(text(plain));
}

QString ReportHtml::note(const QString& plain)
{
    return QStringLiteral("<p style=\"margin-top:4px; margin-bottom:4px; font-size:8pt; color:#555;\">%1</p>")
        .arg(text(plain));
}

QString ReportHtml::fields(const QList<Field>& fields, int pairsPerRow)
{
    const int labelWidth = 20; // the same in grids of one and two pairs, so that stacked grids align
    const int valueWidth = (100 - labelWidth * pairsPerRow) / pairsPerRow;
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                  "style=\"border-collapse:collapse; border-color:%1; border-style:solid;\">")
                       .arg(border);
    for (qsizetype i = 0; i < fields.size(); i += pairsPerRow) {
        html += QStringLiteral("<tr>");
        for (int k = 0; k < pairsPerRow; ++k) {
            const bool present = i + k < fields.size();
            const Field f = present ? fields.at(i + k) : Field();
            html += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\" style=\"%3\">%4</td>"
                                   "<td width=\"%5%\" style=\"%3\">%6</td>")
                        .arg(labelWidth)
                        .arg(labelBackground, QString::fromLatin1(cellStyle), f.first.toHtmlEscaped())
                        .arg(valueWidth)
                        .arg(present ? text(f.second) : QString());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

namespace {
QString cellStyleFor(double fontPoints)
{
    return fontPoints > 0 ? QStringLiteral("padding: 2px 4px; font-size:%1pt;").arg(fontPoints)
                          : QString::fromLatin1(cellStyle);
}
} // namespace

QString ReportHtml::tableHead(const QStringList& header, const QList<int>& widths, double fontPoints)
{
    const QString style = cellStyleFor(fontPoints);
    QString html = QStringLiteral(
                       "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                       "style=\"border-collapse:collapse; border-color:%1; border-style:solid;\"><thead><tr>")
                       .arg(border);
    for (qsizetype c = 0; c < header.size(); ++c)
        html += QStringLiteral("<th width=\"%1%\" bgcolor=\"%2\" align=\"left\" style=\"%3\">%4</th>")
                    .arg(c < widths.size() ? widths.at(c) : 10)
                    .arg(labelBackground, style, header.at(c).toHtmlEscaped());
    return html + QStringLiteral("</tr></thead>");
}

QStringList ReportHtml::tableRows(const QList<QStringList>& rows, bool rich, double fontPoints)
{
    const QString cellOpen
        = QStringLiteral("<td style=\"") + cellStyleFor(fontPoints) + QStringLiteral("\">");
    QStringList html;
    html.reserve(rows.size());
    for (const QStringList& row : rows) {
        QString line = QStringLiteral("<tr>");
        for (const QString& cell : row)
            line += cellOpen + (rich ? cell : text(cell)) + QStringLiteral("</td>");
        html.append(line + QStringLiteral("</tr>"));
    }
    return html;
}

QString ReportHtml::table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths,
                          bool rich, double fontPoints)
{
    return tableHead(header, widths, fontPoints) + tableRows(rows, rich, fontPoints).join(QString())
        + QStringLiteral("</table>");
}

QString ReportHtml::signatures(const QStringList& labels)
{
    QString html = QStringLiteral("<p style=\"margin:0;\">&nbsp;</p><table width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"0\" border=\"0\"><tr>");
    const int width = labels.isEmpty() ? 100 : 100 / static_cast<int>(labels.size());
    for (const QString& label : labels)
        html += QStringLiteral(
                    "<td width=\"%1%\" style=\"padding-right:18px;\"><p style=\"margin-top:0;\">%2</p>"
                    "<p style=\"margin-top:26px; margin-bottom:0;\">______________________________</p>"
                    "</td>")
                    .arg(width)
                    .arg(label.toHtmlEscaped());
    return html + QStringLiteral("</tr></table>");
}
