#include "loops/SurveySummaryDocument.h"

#include "UserError.h"
#include "loops/SurveyRepository.h"
#include "reports/DocumentContext.h"
#include "reports/ReportHtml.h"

#include <QCoreApplication>

SurveySummaryDocument::SurveySummaryDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString SurveySummaryDocument::tr(const char* source, const char* disambiguation, int n) const
{
    return m_context.language().translate("SurveySummaryDocument", source, disambiguation, n);
}

ReportDocument SurveySummaryDocument::build(const Survey& s, const SurveyYearFigures& now,
                                            const SurveyYearFigures& before) const
{
    const DocumentContext& x = m_context;
    ReportDocument d = x.document(tr("Customer Satisfaction Survey Summary"), s.number);
    d.html = ReportHtml::title(d.title, tr("Year %1, for the Quality Department").arg(s.year));
    const QString none = QStringLiteral("—");
    const auto average = [&](const SurveyYearFigures& f, double value) {
        return f.exists && f.answered > 0 ? x.number(value, 2) : none;
    };
    const auto count
        = [&](const SurveyYearFigures& f, int value) { return f.exists ? QString::number(value) : none; };
    const auto change = [&](double a, double b) -> QString {
        if (!now.exists || !before.exists || now.answered == 0 || before.answered == 0)
            return none;
        const double delta = a - b;
        return (delta > 0 ? QStringLiteral("+") : QString()) + x.number(delta, 2);
    };

    ReportTable figures;
    figures.heading = tr("Answers and average scores (1 very dissatisfied, 5 very satisfied)");
    figures.header
        = QStringList {QString(), QString::number(now.year), QString::number(before.year), tr("Change")};
    figures.widths = {46, 18, 18, 18};
    figures.rows = {
        {tr("Letters sent"), count(now, now.letters), count(before, before.letters), none},
        {tr("Answers received"), count(now, now.answered), count(before, before.answered), none},
        {tr("Answered"), x.percent(now.answered, now.letters),
         before.exists ? x.percent(before.answered, before.letters) : none, none},
        {tr("Average score for quality"), average(now, now.quality), average(before, before.quality),
         change(now.quality, before.quality)},
        {tr("Average score for delivery dates"), average(now, now.delivery), average(before, before.delivery),
         change(now.delivery, before.delivery)},
    };
    d.tables.append(figures);

    ReportTable spread;
    spread.heading = tr("How the scores were spread (number of answers)");
    spread.header
        = QStringList {tr("Score"), tr("Quality %1").arg(now.year), tr("Quality %1").arg(before.year),
                       tr("Delivery dates %1").arg(now.year), tr("Delivery dates %1").arg(before.year)};
    spread.widths = {20, 20, 20, 20, 20};
    for (int score = 5; score >= 1; --score)
        spread.rows.append({QString::number(score), count(now, now.qualityCounts[score - 1]),
                            count(before, before.qualityCounts[score - 1]),
                            count(now, now.deliveryCounts[score - 1]),
                            count(before, before.deliveryCounts[score - 1])});
    spread.gapAboveMm = 2;
    d.tables.append(spread);

    ReportTable comments;
    comments.heading = tr("The customers' answers and comments");
    comments.header = QStringList {tr("Customer"), tr("Answered on"), tr("Quality"), tr("Delivery dates"),
                                   tr("Comments")};
    comments.widths = {26, 14, 10, 12, 38};
    comments.unbroken = {1};
    for (const SurveyLetter& l : s.letters)
        if (l.answered())
            comments.rows.append({l.customerName, l.answeredOn.toString(Qt::ISODate),
                                  QString::number(l.qualityScore), QString::number(l.deliveryScore),
                                  l.comments});
    if (comments.rows.isEmpty())
        comments.rows.append({tr("No answer has come back yet."), {}, {}, {}, {}});
    d.tables.append(comments);

    QString after = ReportHtml::heading(tr("Analysis by the Sales Department"));
    after += ReportHtml::paragraph(s.analysis.trimmed().isEmpty() ? tr("Not written yet.") : s.analysis);
    if (!s.findings.isEmpty()) {
        QList<QStringList> rows;
        for (const SurveyFinding& f : s.findings)
            rows.append({f.finding, x.unitName(f.ownerUnitId, f.ownerUnit), f.dueOn.toString(Qt::ISODate),
                         f.actionRaised ? f.actionNumber : tr("Requested")});
        after += ReportHtml::heading(tr("Improvement opportunities found by the Quality Department"));
        after += ReportHtml::table({tr("Opportunity"), tr("Owner"), tr("Due by"), tr("Corrective action")},
                                   rows, {46, 20, 14, 20});
    }
    if (s.status() == SurveyStatus::Reviewed) {
        after += ReportHtml::heading(tr("Review by the Quality Department"));
        after += ReportHtml::paragraph(s.reviewNote);
        after += ReportHtml::paragraph(
            tr("Review closed by %1 on %2.").arg(s.reviewedBy, x.date(s.reviewedAt)));
    }
    after += ReportHtml::signatures({tr("Prepared by (Sales)"), tr("Received by (Quality)")});
    d.htmlAfter = after;
    return d;
}

ReportDocument SurveySummaryDocument::ofYear(const QSqlDatabase& db, int year, const ReportOptions& options)
{
    const SurveyRepository surveys(db);
    const auto s = surveys.ofYear(year);
    if (!s)
        throw UserError(
            QCoreApplication::translate("SurveyService", "There is no satisfaction survey of %1.").arg(year));
    const DocumentContext context(db, options);
    return SurveySummaryDocument(context).build(*s, surveys.figures(year), surveys.figures(year - 1));
}
