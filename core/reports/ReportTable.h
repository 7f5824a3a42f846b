#pragma once

#include "reports/ReportChart.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>

// A table of plain text painted row by row (TablePainter) rather than laid out as rich text: a
// thousand rows of QTextDocument table cells take seconds to lay out and paint, and even a
// one-page sheet's dozen small tables take most of its time. Its heading is kept with its first
// rows; its header row (if any) is repeated at the top of every page it runs over. Without a
// header it is a grid of labels and values: the label columns shaded, as on a paper form.
struct ReportTable
{
    QString heading;
    QStringList header;
    QList<int> widths; // in percent of the page's width, one per column
    QList<QStringList> rows; // plain text; "\n" starts a new line; an empty cell shows "—"
    double fontPoints = 8.5;
    QList<int> shadedColumns; // label columns of a grid, shaded like the header
    bool blankEmpty = false; // an empty cell stays empty (room to write in) instead of "—"
    // Columns whose cells are never broken across lines (case numbers, serials, model codes,
    // dates): such a column is widened to its longest cell, the room taken from the others.
    QList<int> unbroken;
    int minLines = 1; // every body row at least this many lines tall (room to write or sign)
    double gapAboveMm = 0; // air above a table without a heading, apart from the one before it
    std::shared_ptr<const ReportChart> chart; // drawn between the heading and the table (statistics)
    bool isEmpty() const { return header.isEmpty() && rows.isEmpty(); }
    int columnCount() const { return static_cast<int>(std::max(header.size(), widths.size())); }
};
