#pragma once

#include "reports/ReportTable.h"

#include <QFont>
#include <QHash>

#include <vector>

class QFontMetricsF;
class QPainter;
class QPaintDevice;

// Measures and paints a ReportTable with QPainter: each cell's text wrapped to its column at
// word boundaries (anywhere in Chinese), rows as tall as their tallest cell, grid lines and a
// shaded header row in the look of the documents' rich-text tables. Distances are in the
// device's pixels; a row is painted at any vertical position, whole or in slices when it is taller
// than a page.
class TablePainter
{
public:
    TablePainter(const ReportTable& table, const QPaintDevice* device, double width);

    double headingHeight() const { return m_headingHeight; }
    double headerHeight() const { return m_header.height; }
    qsizetype rowCount() const { return static_cast<qsizetype>(m_rows.size()); }
    double rowHeight(qsizetype row) const { return m_rows[static_cast<size_t>(row)].height; }
    // Where to end the slice of a row that starts at "from" (from the row's top) on a page with
    // room down to "limit": at the lowest line boundary above limit, or at limit when no line
    // ends between the two.
    double cut(double from, double limit) const;

    void paintHeading(QPainter& painter, double y) const;
    void paintHeader(QPainter& painter, double y) const;
    // The part of a row from "from" to "to" (from the row's top), painted with its top at y.
    void paintRow(QPainter& painter, qsizetype row, double y, double from, double to) const;

private:
    struct Line
    {
        int start;
        int length;
    };
    struct Wrapped // a cell of more than one line
    {
        int column;
        QString text;
        std::vector<Line> lines;
    };
    struct Row
    {
        double height = 0;
        std::vector<Wrapped> wrapped;
    };

    Row measure(const QStringList& cells, const QFont& font, const QFontMetricsF& metrics, int minLines);
    void widenUnbroken(const QFontMetricsF& metrics);
    double advance(const QString& text, const QFontMetricsF& metrics);
    void paintCells(QPainter& painter, const QStringList& cells, const Row& row, const QFont& font, double y,
                    double from, double to) const;
    QString shown(const QString& cell) const;

    const ReportTable& m_table;
    const QPaintDevice* m_device;
    QFont m_font;
    QFont m_headerFont;
    QFont m_headingFont;
    std::vector<double> m_left; // of each column, and the table's right edge last
    double m_padX = 0;
    double m_padY = 0;
    double m_lineHeight = 0;
    double m_ascent = 0;
    double m_headingHeight = 0;
    double m_headingTop = 0;
    double m_rule = 0;
    Row m_header;
    QHash<QString, double> m_advances; // of the texts met, many repeat (names, dates)
    std::vector<Row> m_rows;
};
