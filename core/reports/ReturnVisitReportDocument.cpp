#include "reports/ReturnVisitReportDocument.h"

#include "reports/DocumentContext.h"
#include "reports/ReportHtml.h"

#include <QMap>

ReturnVisitReportDocument::ReturnVisitReportDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString ReturnVisitReportDocument::tr(const char* source) const
{
    return m_context.translate("ReturnVisitReportDocument", source);
}

void ReturnVisitReportDocument::Tally::add(const VisitReportRow& row)
{
    ++visits;
    if (row.marks >= 0) {
        ++marked;
        marks += row.marks;
    }
    if (row.hasDue()) {
        ++withDue;
        if (row.onTime())
            ++onTime;
    }
}

QString ReturnVisitReportDocument::kindText(VisitKind kind) const
{
    switch (kind) {
    case VisitKind::First:
        return tr("First");
    case VisitKind::Second:
        return tr("Second");
    case VisitKind::Resupply:
        return tr("Resupply");
    }
    return {};
}

QStringList ReturnVisitReportDocument::tallyCells(const QString& name, const Tally& t) const
{
    const QLocale locale = m_context.language().locale();
    return {name, locale.toString(t.visits), locale.toString(t.marked),
            t.marked > 0 ? m_context.number(double(t.marks) / t.marked, 1) : QStringLiteral("—"),
            m_context.percent(t.onTime, t.withDue)};
}

QString ReturnVisitReportDocument::averages(const QString& heading, const QString& column,
                                            const QMap<QString, Tally>& groups) const
{
    QList<QStringList> rows;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        rows.append(
            tallyCells(it.key().trimmed().isEmpty() ? tr("(no on-site service)") : it.key(), it.value()));
    return ReportHtml::heading(heading)
        + ReportHtml::table(
               {column, tr("Visits"), tr("Visits with marks"), tr("Average marks"), tr("On time")}, rows,
               {40, 12, 16, 16, 16});
}

ReportDocument ReturnVisitReportDocument::build(const QDate& from, const QDate& to,
                                                const QList<VisitReportRow>& visits) const
{
    const DocumentContext& x = m_context;
    const QLocale locale = x.language().locale();
    const QString period = from.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" – ")
        + to.toString(QStringLiteral("yyyy-MM-dd"));
    ReportDocument d = x.document(tr("Return-visit Report"),
                                  QStringLiteral("RVR-") + from.toString(QStringLiteral("yyyyMMdd")) + u'-'
                                      + to.toString(QStringLiteral("yyyyMMdd")));
    d.landscape = true;

    Tally all;
    QMap<QString, Tally> byTechnician;
    QMap<QString, Tally> byProduct;
    int kinds[3] = {0, 0, 0};
    QList<QStringList> rows;
    rows.reserve(visits.size());
    for (const VisitReportRow& v : visits) {
        all.add(v);
        byTechnician[v.technician].add(v);
        byProduct[v.productCode + QStringLiteral(" ") + v.productName].add(v);
        ++kinds[static_cast<int>(v.kind)];
        rows.append({x.date(v.visitedAt), v.caseNumber, v.customer, v.productCode,
                     v.technician.isEmpty() ? QStringLiteral("—") : v.technician,
                     kindText(v.kind) + u'\n' + v.visitedBy,
                     v.marks >= 0 ? locale.toString(v.marks) : QString(),
                     v.hasDue() ? (v.onTime() ? tr("Yes") : tr("No")) : tr("n/a"), v.problems});
    }

    QString html = ReportHtml::title(d.title, tr("Period") + QStringLiteral(" ") + period);
    html += ReportHtml::heading(tr("Summary"));
    html += ReportHtml::fields(
        {{tr("Return visits"), locale.toString(all.visits)},
         {tr("First / second / resupply"),
          QStringLiteral("%1 / %2 / %3")
              .arg(locale.toString(kinds[0]), locale.toString(kinds[1]), locale.toString(kinds[2]))},
         {tr("Average marks"), all.marked > 0 ? x.number(double(all.marks) / all.marked, 1) : QString()},
         {tr("Made on time"),
          x.percent(all.onTime, all.withDue) + QStringLiteral(" (")
              + tr("%1 of %2 visits with a deadline")
                    .arg(locale.toString(all.onTime), locale.toString(all.withDue))
              + u')'}});
    html += averages(tr("By technician"), tr("Technician"), byTechnician);
    html += averages(tr("By product"), tr("Product"), byProduct);
    html += ReportHtml::heading(tr("All return visits in the period"));
    d.longTableHead = ReportHtml::tableHead({tr("Made"), tr("Case"), tr("Customer"), tr("Product"),
                                             tr("Technician"), tr("Visit / by"), tr("Marks"), tr("On time"),
                                             tr("Problems raised and remarks")},
                                            {9, 11, 17, 11, 9, 10, 5, 6, 22}, 8.5);
    d.longTableRows = ReportHtml::tableRows(rows, false, 8.5);
    d.htmlAfter = ReportHtml::note(
        tr("On time: first visit within 3 days and second visit within 3 weeks of the "
           "on-site service, as the deadline settings say. Marks are given by the customer "
           "for the whole on-site service."));
    d.html = html;
    return d;
}
