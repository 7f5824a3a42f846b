#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A long table of plain text painted row by row (TablePainter) rather than laid out as rich text:
// a thousand rows of QTextDocument table cells take seconds to lay out and paint. Its heading is
// kept with its first rows; its header row is repeated at the top of every page it runs over.
struct ReportTable
{
    QString heading;
    QStringList header;
    QList<int> widths; // in percent of the page's width, one per column
    QList<QStringList> rows; // plain text; "\n" starts a new line; an empty cell shows "—"
    double fontPoints = 8.5;
    bool isEmpty() const { return header.isEmpty(); }
};
