#include "reports/TablePainter.h"

#include "reports/DocumentFonts.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {
const QColor border(0x7a, 0x85, 0x91);
const QColor labelBackground(0xee, 0xf1, 0xf4);
const QColor ink(0x1f, 0x3b, 0x57);

} // namespace

TablePainter::TablePainter(const ReportTable& table, const QPaintDevice* device, double width)
    : m_table(table)
    , m_device(device)
    , m_font(DocumentFonts::font(table.fontPoints))
    , m_headerFont(DocumentFonts::font(table.fontPoints, true))
    , m_headingFont(DocumentFonts::font(10.5, true))
{
    const double mm = device->logicalDpiY() / 25.4;
    m_padX = 1.0 * mm;
    m_padY = 0.55 * mm;
    m_rule = 0.2 * mm;
    const QFontMetricsF metrics(m_font, const_cast<QPaintDevice*>(device));
    const QFontMetricsF headerMetrics(m_headerFont, const_cast<QPaintDevice*>(device));
    m_lineHeight = std::max(metrics.lineSpacing(), headerMetrics.lineSpacing());
    m_ascent = std::max(metrics.ascent(), headerMetrics.ascent());
    if (!table.heading.isEmpty()) {
        const QFontMetricsF headingMetrics(m_headingFont, const_cast<QPaintDevice*>(device));
        m_headingTop = 2.6 * mm;
        m_headingHeight = m_headingTop + headingMetrics.lineSpacing() + 1.2 * mm;
    } else {
        m_headingHeight = table.gapAboveMm * mm; // nothing painted there
    }

    const int total
        = std::max(1, static_cast<int>(std::accumulate(table.widths.cbegin(), table.widths.cend(), 0)));
    double left = 0;
    for (int c = 0; c < table.columnCount(); ++c) {
        m_left.push_back(left);
        left += width * (c < table.widths.size() ? table.widths.at(c) : 10) / total;
    }
    m_left.push_back(std::min(left, width));

    widenUnbroken(metrics);
    if (!table.header.isEmpty()) {
        QHash<QString, double> body;
        body.swap(m_advances); // widths in the bold header font are not those of the rows
        m_header = measure(table.header, m_headerFont, headerMetrics, 1);
        m_advances.swap(body);
    }
    m_rows.reserve(static_cast<size_t>(table.rows.size()));
    for (const QStringList& cells : table.rows)
        m_rows.push_back(measure(cells, m_font, metrics, std::max(1, table.minLines)));
    m_advances.clear();
}

void TablePainter::widenUnbroken(const QFontMetricsF& metrics)
{
    const int columns = static_cast<int>(m_left.size()) - 1;
    std::vector<double> width(static_cast<size_t>(columns));
    std::vector<double> need(static_cast<size_t>(columns), 0.0);
    for (size_t c = 0; c < width.size(); ++c)
        width[c] = m_left[c + 1] - m_left[c];
    double extra = 0;
    for (const int column : m_table.unbroken) {
        if (column < 0 || column >= columns)
            continue;
        const auto c = static_cast<size_t>(column);
        double widest = 0;
        for (const QStringList& cells : m_table.rows) {
            if (column >= cells.size())
                continue;
            const QString text = shown(cells.at(column));
            if (!text.contains(u'\n')) {
                widest = std::max(widest, advance(text, metrics));
                continue;
            }
            for (const QString& line : text.split(u'\n'))
                widest = std::max(widest, advance(line.trimmed(), metrics));
        }
        need[c] = std::max(width[c], std::ceil(widest + 2 * m_padX + m_rule));
        extra += need[c] - width[c];
    }
    if (extra <= 0)
        return;
    // The other columns give the room, each in proportion to its width and never more than half
    // of it; what they cannot give, the unbroken columns do without (their cells then wrap).
    double room = 0;
    for (size_t c = 0; c < width.size(); ++c)
        if (!m_table.unbroken.contains(static_cast<int>(c)))
            room += width[c];
    const double given = std::min(extra, room / 2);
    if (given <= 0)
        return;
    double left = 0;
    for (size_t c = 0; c < width.size(); ++c) {
        m_left[c] = left;
        if (m_table.unbroken.contains(static_cast<int>(c)))
            left += width[c] + (need[c] - width[c]) * given / extra;
        else
            left += width[c] - width[c] * given / room;
    }
    m_left.back() = left;
}

QString TablePainter::shown(const QString& cell) const
{
    const QString trimmed = cell.trimmed();
    return trimmed.isEmpty() && !m_table.blankEmpty ? QStringLiteral("—") : trimmed;
}

double TablePainter::advance(const QString& text, const QFontMetricsF& metrics)
{
    auto it = m_advances.constFind(text);
    if (it == m_advances.cend())
        it = m_advances.insert(text, metrics.horizontalAdvance(text));
    return it.value();
}

TablePainter::Row TablePainter::measure(const QStringList& cells, const QFont& font,
                                        const QFontMetricsF& metrics, int minLines)
{
    Row row;
    int lines = minLines;
    const int columns = static_cast<int>(m_left.size()) - 1;
    for (int c = 0; c < columns && c < cells.size(); ++c) {
        const double room = m_left[static_cast<size_t>(c) + 1] - m_left[static_cast<size_t>(c)] - 2 * m_padX;
        QString text = shown(cells.at(c));
        if (!text.contains(u'\n') && advance(text, metrics) <= room)
            continue;
        text.replace(u'\n', QChar::LineSeparator);
        QTextLayout layout(text, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        Wrapped wrapped {c, text, {}};
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(room);
            wrapped.lines.push_back({line.textStart(), line.textLength()});
        }
        layout.endLayout();
        lines = std::max(lines, static_cast<int>(wrapped.lines.size()));
        row.wrapped.push_back(std::move(wrapped));
    }
    row.height = lines * m_lineHeight + 2 * m_padY;
    return row;
}

double TablePainter::cut(double from, double limit) const
{
    const double lines = std::floor((limit - m_padY) / m_lineHeight);
    const double at = m_padY + lines * m_lineHeight;
    return at > from + 0.5 ? at : limit;
}

void TablePainter::paintHeading(QPainter& painter, double y) const
{
    if (m_table.heading.isEmpty())
        return;
    painter.setPen(ink);
    painter.setFont(m_headingFont);
    const QFontMetricsF metrics(m_headingFont, painter.device());
    painter.drawText(QPointF(0, y + m_headingTop + metrics.ascent()), m_table.heading);
}

void TablePainter::paintHeader(QPainter& painter, double y) const
{
    if (m_table.header.isEmpty())
        return;
    painter.fillRect(QRectF(0, y, m_left.back(), m_header.height), labelBackground);
    paintCells(painter, m_table.header, m_header, m_headerFont, y, 0, m_header.height);
}

void TablePainter::paintRow(QPainter& painter, qsizetype row, double y, double from, double to) const
{
    paintCells(painter, m_table.rows.at(row), m_rows[static_cast<size_t>(row)], m_font, y, from, to);
}

void TablePainter::paintCells(QPainter& painter, const QStringList& cells, const Row& row, const QFont& font,
                              double y, double from, double to) const
{
    const double top = y - from; // where the row's top would be
    const bool sliced = from > 0 || to < row.height;
    for (const int c : m_table.shadedColumns)
        if (c >= 0 && static_cast<size_t>(c) + 1 < m_left.size())
            painter.fillRect(QRectF(m_left[static_cast<size_t>(c)], y,
                                    m_left[static_cast<size_t>(c) + 1] - m_left[static_cast<size_t>(c)],
                                    to - from),
                             labelBackground);
    painter.setFont(font);
    painter.setPen(Qt::black);
    if (sliced) {
        painter.save();
        painter.setClipRect(QRectF(0, y, m_left.back(), to - from));
    }
    const auto visible = [&](int line) {
        const double lineTop = m_padY + line * m_lineHeight;
        return lineTop + m_lineHeight > from && lineTop < to;
    };
    auto wrapped = row.wrapped.cbegin();
    const int columns = static_cast<int>(m_left.size()) - 1;
    for (int c = 0; c < columns && c < cells.size(); ++c) {
        const double x = m_left[static_cast<size_t>(c)] + m_padX;
        if (wrapped != row.wrapped.cend() && wrapped->column == c) {
            for (size_t i = 0; i < wrapped->lines.size(); ++i) {
                if (!visible(static_cast<int>(i)))
                    continue;
                const Line& line = wrapped->lines[i];
                QString text = wrapped->text.mid(line.start, line.length);
                while (!text.isEmpty() && (text.back().isSpace() || text.back() == QChar::LineSeparator))
                    text.chop(1);
                painter.drawText(QPointF(x, top + m_padY + static_cast<double>(i) * m_lineHeight + m_ascent),
                                 text);
            }
            ++wrapped;
        } else if (visible(0)) {
            painter.drawText(QPointF(x, top + m_padY + m_ascent), shown(cells.at(c)));
        }
    }
    if (sliced)
        painter.restore();

    QPen pen(border);
    pen.setWidthF(m_rule);
    painter.setPen(pen);
    const double bottom = y + to - from;
    QList<QLineF> lines;
    lines.reserve(columns + 3);
    lines.append(QLineF(0, y, m_left.back(), y));
    lines.append(QLineF(0, bottom, m_left.back(), bottom));
    for (const double x : m_left)
        lines.append(QLineF(x, y, x, bottom));
    painter.drawLines(lines);
}
