#include "reports/ReturnVisitReportDocument.h"

#include "reports/DocumentContext.h"
#include "reports/ReportHtml.h"

#include <QHash>
#include <QMap>

ReturnVisitReportDocument::ReturnVisitReportDocument(const DocumentContext& context,
                                                     const DeadlineRules& rules)
    : m_context(context)
    , m_rules(rules)
{
}

QString ReturnVisitReportDocument::tr(const char* source, const char* disambiguation, int n) const
{
    return m_context.language().translate("ReturnVisitReportDocument", source, disambiguation, n);
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

QStringList ReturnVisitReportDocument::tallyCells(const QString& name, const VisitTally& t) const
{
    const QLocale locale = m_context.language().locale();
    return {name, locale.toString(t.visits), locale.toString(t.marked),
            t.marked > 0 ? m_context.number(double(t.marks) / t.marked, 1) : QStringLiteral("—"),
            m_context.percent(t.onTime, t.withDue)};
}

QString ReturnVisitReportDocument::averages(const QString& heading, const QString& column,
                                            const QMap<QString, VisitTally>& groups) const
{
    QList<QStringList> rows;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        rows.append(
            tallyCells(it.key().trimmed().isEmpty() ? tr("(no on-site service)") : it.key(), it.value()));
    return ReportHtml::heading(heading)
        + ReportHtml::table({column, tr("Visits"), tr("Visits with marks"), tr("Average marks"),
                             tr("On time", "share of the visits made by their deadline")},
                            rows, {40, 12, 16, 16, 16});
}

ReportDocument ReturnVisitReportDocument::build(const QDate& from, const QDate& to,
                                                const VisitSummary& summary,
                                                const QList<VisitReportRow>& visits,
                                                const QList<TransferRow>& transfers) const
{
    const DocumentContext& x = m_context;
    const QLocale locale = x.language().locale();
    const QString period = from.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" – ")
        + to.toString(QStringLiteral("yyyy-MM-dd"));
    ReportDocument d = x.document(tr("Return-visit Report"),
                                  QStringLiteral("RVR-") + from.toString(QStringLiteral("yyyyMMdd")) + u'-'
                                      + to.toString(QStringLiteral("yyyyMMdd")));
    d.landscape = true;

    const VisitTally& all = summary.all;
    QString html = ReportHtml::title(d.title, tr("Period %1").arg(period));
    html += ReportHtml::heading(tr("Summary"));
    html += ReportHtml::fields(
        {{tr("Return visits"), locale.toString(all.visits)},
         {tr("First / second / resupply"),
          QStringLiteral("%1 / %2 / %3")
              .arg(locale.toString(summary.first), locale.toString(summary.second),
                   locale.toString(summary.resupply))},
         {tr("Average marks"), all.marked > 0 ? x.number(double(all.marks) / all.marked, 1) : QString()},
         {tr("Made on time"),
          tr("%1 (%2 of %3 visits with a deadline)")
              .arg(x.percent(all.onTime, all.withDue), locale.toString(all.onTime),
                   locale.toString(all.withDue))}});
    html += averages(tr("By technician"), tr("Technician"), summary.byTechnician);
    html += averages(tr("By product"), tr("Product"), summary.byProduct);
    d.html = html;

    d.tables.append(ReportTable());
    ReportTable& table = d.tables.last();
    table.heading = x.options().allVisits
        ? tr("All return visits in the period")
        : tr("Return visits with a problem: %1 of %2")
              .arg(locale.toString(visits.size()), locale.toString(all.visits));
    table.header = QStringList {tr("Made"),    tr("Case"),       tr("Customer"),
                                tr("Product"), tr("Technician"), tr("Visit / by"),
                                tr("Marks"),   tr("On time"),    tr("Problems raised and remarks")};
    table.widths = {9, 11, 17, 11, 9, 10, 5, 6, 22};
    table.unbroken = {0, 1, 3}; // the date, the case number and the model code
    const QString yes = tr("Yes");
    const QString no = tr("No");
    const QString notApplicable = tr("n/a");
    const QString kinds[]
        = {kindText(VisitKind::First), kindText(VisitKind::Second), kindText(VisitKind::Resupply)};
    // Tens of thousands of rows name a few hundred days, marks and people: each text made once.
    QHash<qint64, QString> days;
    QHash<int, QString> marks;
    QHash<QString, QString> kindsBy[3];
    const QString dash = QStringLiteral("—");
    table.rows.reserve(visits.size());
    for (const VisitReportRow& v : visits) {
        QString day;
        if (v.visitedDay.isValid()) {
            QString& text = days[v.visitedDay.toJulianDay()];
            if (text.isEmpty())
                text = v.visitedDay.toString(QStringLiteral("yyyy-MM-dd"));
            day = text;
        } else {
            day = x.date(v.visitedAt);
        }
        QString& kindBy = kindsBy[static_cast<int>(v.kind)][v.visitedBy];
        if (kindBy.isEmpty())
            kindBy = kinds[static_cast<int>(v.kind)] + u'\n' + v.visitedBy;
        QString mark;
        if (v.marks >= 0) {
            QString& text = marks[v.marks];
            if (text.isEmpty())
                text = locale.toString(v.marks);
            mark = text;
        }
        table.rows.append({day, v.caseNumber, v.customer, v.productCode,
                           v.technician.isEmpty() ? dash : v.technician, kindBy, mark,
                           v.hasDue() ? (v.onTime() ? yes : no) : notApplicable, v.problems});
    }
    if (!transfers.isEmpty()) {
        d.tables.append(ReportTable());
        ReportTable& moved = d.tables.last();
        moved.heading = tr("Transferred at the second return visit");
        moved.header = QStringList {tr("Case"), tr("Problem to settle"), tr("Transferred to"), tr("Due"),
                                    tr("Still open")};
        moved.widths = {12, 40, 18, 15, 15};
        moved.unbroken = {0, 3};
        for (const TransferRow& t : transfers) {
            const QString state = t.doneAt.isValid() ? tr("No, settled %1").arg(x.date(t.doneAt))
                : t.dueAt < x.now()                  ? tr("Yes, overdue")
                                                     : tr("Yes");
            moved.rows.append(
                {t.caseNumber, t.task, x.unitName(t.unitId, t.unitName), x.dateTime(t.dueAt), state});
        }
    }
    d.htmlAfter = ReportHtml::note(
        tr("On time: first visit within %1 and second visit within %2 of the on-site service, as the "
           "deadline settings say. Marks are given by the customer for the whole on-site service.")
            .arg(tr("%n day(s)", nullptr, m_rules.firstVisitDays),
                 tr("%n day(s)", nullptr, m_rules.secondVisitDays)));
    return d;
}
