#include "stats/StatsDocument.h"

#include "reports/DocumentContext.h"
#include "reports/ReportHtml.h"

#include <cmath>

StatsDocument::StatsDocument(const DocumentContext& context)
    : m_context(context)
{
}

QString StatsDocument::tr(const char* source) const
{
    return m_context.language().translate("StatsDocument", source);
}

ReportChart StatsDocument::chart(const StatsTable& table, const QString& highlightName)
{
    ReportChart c;
    switch (table.chart.kind) {
    case StatsChart::Kind::Pareto:
        c.kind = ReportChart::Kind::Pareto;
        break;
    case StatsChart::Kind::Stacked:
        c.kind = ReportChart::Kind::Stacked;
        break;
    case StatsChart::Kind::Lines:
        c.kind = ReportChart::Kind::Lines;
        break;
    case StatsChart::Kind::Bars:
    case StatsChart::Kind::None:
        c.kind = ReportChart::Kind::Bars;
        break;
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        c.categories.append(table.rows.at(row).value(0).toString());
        if (table.chart.cumulativeColumn >= 0)
            c.cumulative.append(table.number(row, table.chart.cumulativeColumn));
    }
    for (const int column : table.chart.valueColumns) {
        ReportChart::Series s;
        s.name = table.header.value(column);
        for (int row = 0; row < table.rows.size(); ++row) {
            const QVariant v = table.rows.at(row).value(column);
            s.values.append(v.isNull() || !v.isValid() ? std::nan("") : table.number(row, column));
        }
        c.series.append(s);
    }
    if (table.chart.cumulativeColumn >= 0)
        c.cumulativeName = table.header.value(table.chart.cumulativeColumn);
    c.highlighted = table.highlighted;
    c.highlightName = highlightName;
    c.percentScale = table.chart.percentScale;
    c.scaleMax = table.chart.scaleMax;
    c.valueTitle = table.chart.valueTitle;
    // Many categories or series need more room.
    c.heightMm = table.rows.size() > 14 || c.series.size() > 4 ? 85 : 70;
    return c;
}

ReportDocument StatsDocument::build(const StatsReport& report) const
{
    const DocumentContext& x = m_context;
    ReportDocument d = x.document(report.title,
                                  QStringLiteral("ST-") + report.code.toUpper() + u'-'
                                      + report.from.toString(QStringLiteral("yyyyMMdd")) + u'-'
                                      + report.to.toString(QStringLiteral("yyyyMMdd")));
    d.landscape = true;
    d.html = ReportHtml::title(report.title, report.subtitle);
    if (report.isEmpty()) {
        d.html += ReportHtml::paragraph(report.message);
        return d;
    }
    const QLocale locale = x.language().locale();
    QStringList notes;
    for (const StatsTable& t : report.tables) {
        ReportTable table;
        table.heading = t.title;
        table.header = t.header;
        table.fontPoints = t.columnCount() > 8 ? 7.5 : 8.5;
        for (int c = 0; c < t.columnCount(); ++c)
            table.widths.append(c == 0 ? 22 : 10);
        table.unbroken = {0};
        for (int row = 0; row < t.rows.size(); ++row) {
            QStringList cells;
            for (int c = 0; c < t.columnCount(); ++c)
                cells.append(t.text(row, c, locale));
            table.rows.append(cells);
        }
        if (t.chart.kind != StatsChart::Kind::None)
            table.chart = std::make_shared<const ReportChart>(chart(t, tr("Vital few (up to 80 %)")));
        d.tables.append(table);
        if (!t.note.isEmpty())
            notes.append(t.title + QStringLiteral(": ") + t.note);
    }
    QString after;
    for (const QString& note : std::as_const(notes))
        after += ReportHtml::note(note);
    d.htmlAfter = after;
    return d;
}
