#include "stats/StatsChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace {
const QColor barColour(0x2F, 0x6F, 0xB0);
const QColor accentColour(0xC0, 0x50, 0x2A);
const QColor lineColour(0x1F, 0x3B, 0x57);

// A category's name as its axis label: wrapped into short lines (a Chinese character counts
// twice a Latin letter's width) after a space or a slash where there is one, so that a long
// name is read whole under its bar instead of cut to "…"; only a name longer than three lines
// (what Qt Charts draws of a label at most) is shortened. The labels are rich text (Qt Charts
// draws them so): lines joined by <br>, escaped.
QString wrapped(const QString& name)
{
    constexpr int lineUnits = 13;
    constexpr int maxLines = 3;
    const auto units = [](QChar c) { return c.unicode() >= 0x2E80 ? 2 : 1; };
    QStringList lines;
    QString line;
    int width = 0;
    int lastBreak = -1; // where the line may end: after a slash, or at a space (dropped)
    for (const QChar c : name) {
        if (width + units(c) > lineUnits && !line.isEmpty()) {
            if (lastBreak > 0) { // the word begun after the break goes on to the next line
                const QString rest = line.mid(lastBreak).trimmed();
                lines.append(line.left(lastBreak).trimmed());
                line = rest;
            } else {
                lines.append(line);
                line.clear();
            }
            width = 0;
            for (const QChar d : line)
                width += units(d);
            lastBreak = -1;
        }
        if (c == u' ' && line.isEmpty())
            continue;
        if (c == u' ')
            lastBreak = static_cast<int>(line.size());
        line += c;
        width += units(c);
        if (c == u'/')
            lastBreak = static_cast<int>(line.size());
    }
    if (!line.isEmpty())
        lines.append(line);
    if (lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        lines.last() = lines.last().left(lines.last().size() - 1) + QStringLiteral("…");
    }
    for (QString& l : lines)
        l = l.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QStringList categories(const StatsTable& t)
{
    QStringList list;
    for (const QVariantList& row : t.rows) {
        QString label = wrapped(row.value(0).toString());
        while (list.contains(label)) // the axis keeps one of equal names
            label += QStringLiteral("&#8203;");
        list.append(label);
    }
    return list;
}

QValueAxis* valueAxis(const StatsTable& t, double maximum)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(t.chart.valueTitle);
    axis->setMin(0);
    if (t.chart.percentScale)
        axis->setMax(100);
    else if (t.chart.scaleMax > 0)
        axis->setMax(t.chart.scaleMax);
    else
        axis->setMax(std::max(1.0, maximum * 1.1));
    axis->setLabelFormat(t.chart.percentScale ? QStringLiteral("%.0f%%") : QStringLiteral("%.0f"));
    return axis;
}

double number(const StatsTable& t, int row, int column)
{
    const QVariant v = t.rows.at(row).value(column);
    return v.isValid() && !v.isNull() ? t.number(row, column) : 0;
}
} // namespace

StatsChartView::StatsChartView(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setMinimumHeight(260);
}

void StatsChartView::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes())
        chart()->removeAxis(axis);
    m_sets.clear();
    chart()->setTitle(QString());
}

int StatsChartView::barSetCount() const
{
    return static_cast<int>(m_sets.size());
}

double StatsChartView::barValue(int set, int row) const
{
    return m_sets.at(set)->at(row);
}

void StatsChartView::show(const StatsTable& table, const QString& vitalName, const QString& otherName)
{
    clear();
    if (table.isEmpty() || table.chart.kind == StatsChart::Kind::None)
        return;
    chart()->setTitle(table.title);
    switch (table.chart.kind) {
    case StatsChart::Kind::Pareto:
        showPareto(table, vitalName, otherName);
        break;
    case StatsChart::Kind::Bars:
    case StatsChart::Kind::Stacked:
        showBars(table);
        break;
    case StatsChart::Kind::Lines:
        showLines(table);
        break;
    case StatsChart::Kind::None:
        break;
    }
}

void StatsChartView::showPareto(const StatsTable& t, const QString& vitalName, const QString& otherName)
{
    // Two sets stacked, each bar in one of them: the vital few in the accent colour.
    const int column = t.chart.valueColumns.value(0, 1);
    auto* vital = new QBarSet(vitalName);
    auto* rest = new QBarSet(otherName);
    vital->setColor(accentColour);
    rest->setColor(barColour);
    double maximum = 0;
    for (int row = 0; row < t.rows.size(); ++row) {
        const double v = number(t, row, column);
        maximum = std::max(maximum, v);
        *vital << (t.highlighted.value(row) ? v : 0);
        *rest << (t.highlighted.value(row) ? 0 : v);
    }
    auto* bars = new QStackedBarSeries;
    bars->append(vital);
    bars->append(rest);
    m_sets = {vital, rest};
    chart()->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(categories(t));
    chart()->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    QValueAxis* y = valueAxis(t, maximum);
    chart()->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    connect(bars, &QStackedBarSeries::clicked, this,
            [this, column](int index, QBarSet*) { emit cellClicked(index, column); });
    // The whole name and the figure when the pointer rests on a bar (the table has them too).
    connect(bars, &QStackedBarSeries::hovered, this, [this, t, column](bool on, int index, QBarSet*) {
        if (on && index >= 0 && index < t.rows.size())
            QToolTip::showText(QCursor::pos(),
                               t.rows.at(index).value(0).toString() + QStringLiteral(": ")
                                   + QLocale().toString(number(t, index, column)),
                               this);
        else
            QToolTip::hideText();
    });

    auto* cumulative = new QLineSeries;
    cumulative->setName(t.header.value(t.chart.cumulativeColumn));
    cumulative->setPen(QPen(lineColour, 2.5));
    cumulative->setPointsVisible(true);
    for (int row = 0; row < t.rows.size(); ++row)
        cumulative->append(row, number(t, row, t.chart.cumulativeColumn));
    chart()->addSeries(cumulative);
    cumulative->attachAxis(x);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%.0f%%"));
    percent->setTitleText(t.header.value(t.chart.cumulativeColumn));
    chart()->addAxis(percent, Qt::AlignRight);
    cumulative->attachAxis(percent);
    // The 80 % line.
    auto* cut = new QLineSeries;
    cut->setName(QStringLiteral("80%"));
    cut->setPen(QPen(accentColour, 1, Qt::DashLine));
    cut->append(-0.5, 80);
    cut->append(static_cast<double>(t.rows.size()) - 0.5, 80);
    chart()->addSeries(cut);
    cut->attachAxis(x);
    cut->attachAxis(percent);
}

void StatsChartView::showBars(const StatsTable& t)
{
    QAbstractBarSeries* bars = nullptr;
    if (t.chart.kind == StatsChart::Kind::Stacked)
        bars = new QStackedBarSeries;
    else
        bars = new QBarSeries;
    double maximum = 0;
    QList<double> stacked(t.rows.size(), 0);
    for (const int column : t.chart.valueColumns) {
        auto* set = new QBarSet(t.header.value(column));
        for (int row = 0; row < t.rows.size(); ++row) {
            const double v = number(t, row, column);
            *set << v;
            stacked[row] += v;
            maximum = std::max(maximum, v);
        }
        bars->append(set);
        m_sets.append(set);
    }
    if (t.chart.kind == StatsChart::Kind::Stacked)
        for (const double v : std::as_const(stacked))
            maximum = std::max(maximum, v);
    chart()->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(categories(t));
    chart()->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    QValueAxis* y = valueAxis(t, maximum);
    chart()->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    const QList<int> columns = t.chart.valueColumns;
    connect(bars, &QAbstractBarSeries::clicked, this, [this, columns](int index, QBarSet* set) {
        const qsizetype s = m_sets.indexOf(set);
        if (s >= 0)
            emit cellClicked(index, columns.value(static_cast<int>(s)));
    });
}

void StatsChartView::showLines(const StatsTable& t)
{
    auto* x = new QBarCategoryAxis;
    x->append(categories(t));
    chart()->addAxis(x, Qt::AlignBottom);
    QValueAxis* y = valueAxis(t, 100);
    chart()->addAxis(y, Qt::AlignLeft);
    for (const int column : t.chart.valueColumns) {
        auto* line = new QLineSeries;
        line->setName(t.header.value(column));
        line->setPointsVisible(true);
        for (int row = 0; row < t.rows.size(); ++row) {
            const QVariant v = t.rows.at(row).value(column);
            if (v.isValid() && !v.isNull())
                line->append(row, t.number(row, column));
        }
        chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        connect(line, &QLineSeries::clicked, this, [this, column](const QPointF& p) {
            emit cellClicked(static_cast<int>(std::lround(p.x())), column);
        });
    }
}
