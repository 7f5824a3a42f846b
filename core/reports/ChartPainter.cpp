#include "reports/ChartPainter.h"

#include "reports/DocumentFonts.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {
const QColor axisInk(0x55, 0x5d, 0x66);
const QColor gridInk(0xdd, 0xe2, 0xe8);
const QColor accent(0xc0, 0x50, 0x2a); // the vital few
const QColor lineInk(0x1f, 0x3b, 0x57);
// Series colours: this year's figures strong, the year before's (series 3..5) paler.
const QColor palette[] = {QColor(0x2f, 0x6f, 0xb0), QColor(0x6a, 0xa8, 0x4f), QColor(0xd9, 0x8c, 0x2b),
                          QColor(0x9c, 0xbc, 0xe0), QColor(0xb8, 0xd9, 0xa8), QColor(0xf0, 0xc9, 0x94),
                          QColor(0x8e, 0x5c, 0xa8), QColor(0x3d, 0x9d, 0x9b), QColor(0xc2, 0x4b, 0x6a)};

QColor colour(int series)
{
    return palette[series % static_cast<int>(std::size(palette))];
}

bool isNumber(double v)
{
    return !std::isnan(v);
}
} // namespace

double ChartPainter::niceStep(double max, int steps)
{
    if (max <= 0)
        return 1;
    const double raw = max / std::max(1, steps);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * power)
            return m * power;
    return 10 * power;
}

void ChartPainter::paint(QPainter& painter, const QRectF& area, const ReportChart& chart)
{
    painter.save();
    const double mm = painter.device()->logicalDpiY() / 25.4;
    const QFont font = DocumentFonts::font(7);
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    const int n = static_cast<int>(chart.categories.size());
    const bool pareto = chart.kind == ReportChart::Kind::Pareto;

    // The value scale.
    double max = chart.scaleMax > 0 ? chart.scaleMax : (chart.percentScale ? 100 : 0);
    if (max <= 0) {
        for (int c = 0; c < n; ++c) {
            double stack = 0;
            for (const ReportChart::Series& s : chart.series) {
                const double v = s.values.value(c, 0);
                if (!isNumber(v))
                    continue;
                stack = chart.kind == ReportChart::Kind::Stacked ? stack + v : std::max(stack, v);
            }
            max = std::max(max, stack);
        }
    }
    const double step = niceStep(max, 5);
    max = std::max(step, std::ceil(max / step) * step);
    const auto label = [&](double v) -> QString {
        const int decimals = step < 1 ? 1 : 0;
        return QString::number(v, 'f', decimals) + (chart.percentScale ? QStringLiteral("%") : QString());
    };

    // Room for the axes' labels, the legend and the category names.
    const double legendHeight = fm.lineSpacing() * 1.6;
    double leftWidth = fm.horizontalAdvance(label(max)) + 2 * mm;
    if (!chart.valueTitle.isEmpty())
        leftWidth += fm.lineSpacing();
    const double rightWidth = pareto ? fm.horizontalAdvance(QStringLiteral("100%")) + 2 * mm : 2 * mm;
    const double plotWidth = std::max(10.0, area.width() - leftWidth - rightWidth);
    const double slot = n > 0 ? plotWidth / n : plotWidth;
    double widest = 0;
    for (const QString& c : chart.categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    const bool slanted = widest > slot * 0.95;
    const double maxLabel = area.height() * 0.3;
    const double labelHeight
        = slanted ? std::min(maxLabel, widest * 0.72 + fm.height()) : fm.lineSpacing() * 1.3;
    const QRectF plot(area.left() + leftWidth, area.top() + fm.lineSpacing() * 0.6, plotWidth,
                      std::max(10.0, area.height() - labelHeight - legendHeight - fm.lineSpacing() * 0.6));
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v / max, 0.0, 1.0); };

    // Grid and value axis.
    QPen grid(gridInk);
    grid.setWidthF(0.15 * mm);
    QPen axis(axisInk);
    axis.setWidthF(0.2 * mm);
    for (double v = 0; v <= max + step / 2; v += step) {
        const double y = yOf(v);
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(axisInk);
        painter.drawText(QRectF(area.left(), y - fm.height() / 2, leftWidth - 1.5 * mm, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label(v));
    }
    if (!chart.valueTitle.isEmpty()) {
        painter.save();
        painter.translate(area.left() + fm.ascent(), plot.center().y());
        painter.rotate(-90);
        painter.drawText(QRectF(-plot.height() / 2, -fm.ascent(), plot.height(), fm.height()),
                         Qt::AlignCenter, fm.elidedText(chart.valueTitle, Qt::ElideRight, plot.height()));
        painter.restore();
    }
    if (pareto) {
        for (int p = 0; p <= 100; p += 20) {
            const double y = plot.bottom() - plot.height() * p / 100.0;
            painter.drawText(QRectF(plot.right() + 1.5 * mm, y - fm.height() / 2, rightWidth, fm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, QString::number(p) + u'%');
        }
    }

    // Bars or lines.
    const int seriesCount = static_cast<int>(chart.series.size());
    const bool lines = chart.kind == ReportChart::Kind::Lines;
    const bool stacked = chart.kind == ReportChart::Kind::Stacked;
    const int barsPerSlot = stacked || lines ? 1 : std::max(1, seriesCount);
    const double barWidth = slot * 0.78 / barsPerSlot;
    for (int c = 0; c < n && !lines; ++c) {
        double base = 0;
        for (int s = 0; s < seriesCount; ++s) {
            const double v = chart.series.at(s).values.value(c, 0);
            if (!isNumber(v) || v <= 0)
                continue;
            const double x = plot.left() + slot * c + slot * 0.11 + (stacked ? 0 : barWidth * s);
            const double top = yOf(base + v);
            const double bottom = yOf(base);
            QColor fill = colour(s);
            if (pareto && chart.highlighted.value(c))
                fill = accent;
            painter.fillRect(QRectF(x, top, barWidth, bottom - top), fill);
            if (stacked)
                base += v;
        }
    }
    if (lines) {
        for (int s = 0; s < seriesCount; ++s) {
            QPen pen(colour(s));
            pen.setWidthF(0.45 * mm);
            painter.setPen(pen);
            QPainterPath path;
            bool started = false;
            for (int c = 0; c < n; ++c) {
                const double v = chart.series.at(s).values.value(c, std::nan(""));
                if (!isNumber(v)) {
                    started = false;
                    continue;
                }
                const QPointF point(plot.left() + slot * (c + 0.5), yOf(v));
                started ? path.lineTo(point) : path.moveTo(point);
                started = true;
                painter.drawEllipse(point, 0.5 * mm, 0.5 * mm);
            }
            painter.drawPath(path);
        }
    }
    if (pareto && !chart.cumulative.isEmpty()) {
        QPen pen(lineInk);
        pen.setWidthF(0.45 * mm);
        painter.setPen(pen);
        QPolygonF line;
        for (int c = 0; c < n; ++c)
            line.append(QPointF(
                plot.left() + slot * (c + 0.5),
                plot.bottom() - plot.height() * std::clamp(chart.cumulative.value(c), 0.0, 100.0) / 100.0));
        painter.drawPolyline(line);
        for (const QPointF& p : std::as_const(line))
            painter.drawEllipse(p, 0.55 * mm, 0.55 * mm);
        // The 80 % mark of the vital few.
        QPen dashed(accent);
        dashed.setWidthF(0.2 * mm);
        dashed.setStyle(Qt::DashLine);
        painter.setPen(dashed);
        const double y80 = plot.bottom() - plot.height() * 0.8;
        painter.drawLine(QPointF(plot.left(), y80), QPointF(plot.right(), y80));
    }
    painter.setPen(axis);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    if (pareto)
        painter.drawLine(plot.bottomRight(), plot.topRight());

    // Category names under their slots.
    painter.setPen(Qt::black);
    for (int c = 0; c < n; ++c) {
        const double centre = plot.left() + slot * (c + 0.5);
        if (!slanted) {
            painter.drawText(QRectF(centre - slot / 2, plot.bottom() + 0.8 * mm, slot, fm.lineSpacing()),
                             Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(c));
            continue;
        }
        painter.save();
        painter.translate(centre, plot.bottom() + 1 * mm);
        painter.rotate(-40);
        const double room = (labelHeight - fm.height()) / 0.65;
        const QString text = fm.elidedText(chart.categories.at(c), Qt::ElideRight, room);
        painter.drawText(QPointF(-fm.horizontalAdvance(text), fm.ascent()), text);
        painter.restore();
    }

    // Legend.
    double x = plot.left();
    const double y = area.bottom() - legendHeight + fm.lineSpacing() * 0.3;
    const auto entry = [&](const QString& name, const QColor& c, bool isLine) {
        if (isLine) {
            QPen pen(c);
            pen.setWidthF(0.45 * mm);
            painter.setPen(pen);
            painter.drawLine(QPointF(x, y + fm.height() / 2), QPointF(x + 4 * mm, y + fm.height() / 2));
        } else {
            painter.fillRect(QRectF(x, y + fm.height() * 0.2, 3 * mm, fm.height() * 0.6), c);
        }
        painter.setPen(Qt::black);
        x += 5 * mm;
        painter.drawText(QPointF(x, y + fm.ascent()), name);
        x += fm.horizontalAdvance(name) + 4 * mm;
    };
    for (int s = 0; s < seriesCount; ++s)
        entry(chart.series.at(s).name, colour(s), lines);
    if (pareto) {
        entry(chart.cumulativeName, lineInk, true);
        if (chart.highlighted.contains(true))
            entry(chart.highlightName, accent, false);
    }
    painter.restore();
}
