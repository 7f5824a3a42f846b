#include "loops/SurveyLetterDocument.h"

#include "UserError.h"
#include "loops/LoopSettings.h"
#include "loops/SurveyRepository.h"
#include "reports/DocumentContext.h"
#include "reports/FieldGrid.h"
#include "reports/ReportHtml.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace {
QString para(const QString& html)
{
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:8px; line-height:130%;\">") + html
        + QStringLiteral("</p>");
}

QString line(const QString& html)
{
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:0;\">") + html + QStringLiteral("</p>");
}
} // namespace

SurveyLetterDocument::SurveyLetterDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString SurveyLetterDocument::tr(const char* source, const char* disambiguation, int n) const
{
    return m_context.language().translate("SurveyLetterDocument", source, disambiguation, n);
}

ReportDocument SurveyLetterDocument::build(const Survey& s, const SurveyLetter& l) const
{
    const DocumentContext& x = m_context;
    ReportDocument d = x.document(tr("Customer Satisfaction Survey %1").arg(s.year),
                                  s.number + QLatin1Char('-') + l.customerCode);
    const QDateTime dated = s.createdAt.isValid() ? s.createdAt : x.now();
    d.date = x.date(dated);
    const QString replyBy = x.letterDate(QDateTime(s.replyBy, QTime(12, 0), Qt::UTC));
    QString html = QStringLiteral("<p align=\"right\" style=\"margin-top:6px; margin-bottom:12px;\">%1</p>")
                       .arg(x.letterDate(dated).toHtmlEscaped());
    html += line(QStringLiteral("<b>") + l.customerName.toHtmlEscaped() + QStringLiteral("</b>"));
    if (!l.customerAddress.trimmed().isEmpty())
        html += line(ReportHtml::text(l.customerAddress));
    if (!l.contactName.trimmed().isEmpty())
        html += line(tr("Attn.: %1").arg(l.contactName).toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin:0;\">&nbsp;</p>");
    html += para(QStringLiteral("<b>")
                 + tr("Subject: Customer satisfaction survey %1").arg(s.year).toHtmlEscaped()
                 + QStringLiteral("</b>"));
    html += para(tr("Dear Sir or Madam,").toHtmlEscaped());
    html += para(
        tr("Thank you for choosing our products this year. To serve you better, we would like to know "
           "how satisfied you were in %1 with the quality of our products and with our delivery dates.")
            .arg(s.year)
            .toHtmlEscaped());
    html += para(tr("Please fill in the reply form below and return it to our Sales Department by %1. Every "
                    "answer is read, and what you tell us goes to our Quality Department.")
                     .arg(replyBy)
                     .toHtmlEscaped());
    html += para(tr("Yours faithfully,").toHtmlEscaped());
    html += line(QStringLiteral("<b>") + x.company().name.toHtmlEscaped() + QStringLiteral("</b>"));
    html += line(tr("Sales Department").toHtmlEscaped());
    d.html = html;

    ReportTable scores;
    scores.heading
        = tr("Reply form: please tick one score in each row (1 very dissatisfied, 5 very satisfied)");
    scores.header = QStringList {tr("Question"),      QStringLiteral("1"), QStringLiteral("2"),
                                 QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")};
    scores.widths = {50, 10, 10, 10, 10, 10};
    scores.rows = {{tr("The quality of our products"), {}, {}, {}, {}, {}},
                   {tr("Our delivery dates"), {}, {}, {}, {}, {}}};
    scores.blankEmpty = true;
    scores.minLines = 2;
    scores.fontPoints = 10;
    d.tables.append(scores);
    ReportTable comments = FieldGrid::make({}, {{tr("Your comments and suggestions"), QString()}}, 1);
    comments.blankEmpty = true;
    comments.minLines = 6;
    comments.gapAboveMm = 3;
    d.tables.append(comments);
    ReportTable signed_ = FieldGrid::make({}, {{tr("Filled in by"), QString()}, {tr("Date"), QString()}});
    signed_.blankEmpty = true;
    signed_.minLines = 2;
    signed_.gapAboveMm = 3;
    d.tables.append(signed_);
    d.htmlAfter
        = ReportHtml::note(tr("Survey %1, letter to %2. Please return this page to the Sales Department.")
                               .arg(s.number, l.customerCode));
    return d;
}

QList<ReportDocument> SurveyLetterDocument::ofYear(const QSqlDatabase& db, int year,
                                                   const ReportOptions& options, bool forceLanguage)
{
    const auto s = SurveyRepository(db).ofYear(year);
    if (!s)
        throw UserError(
            QCoreApplication::translate("SurveyService", "There is no satisfaction survey of %1.").arg(year));
    QHash<QString, std::shared_ptr<DocumentContext>> contexts; // one per language
    QList<ReportDocument> letters;
    for (const SurveyLetter& l : s->letters) {
        const QString language = forceLanguage ? options.language : l.language;
        auto& context = contexts[language];
        if (!context) {
            ReportOptions o = options;
            o.language = language;
            context = std::make_shared<DocumentContext>(db, o);
        }
        letters.append(SurveyLetterDocument(*context).build(*s, l));
    }
    return letters;
}
