#pragma once

#include "cases/CaseFilter.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

// How a statistics table is drawn as a chart: on screen (Qt Charts), in the PDF (ChartPainter)
// and in the workbook (a native Excel chart beside the table).
struct StatsChart
{
    enum class Kind
    {
        None,
        Pareto, // bars of one column, its cumulative percentage as a line on a 0-100 % scale
        Bars, // grouped bars of the value columns
        Stacked, // the value columns stacked
        Lines // a line per value column (shares by month)
    };
    Kind kind = Kind::None;
    QList<int> valueColumns;
    int cumulativeColumn = -1; // Pareto
    bool percentScale = false; // the values are percentages (0-100)
    double scaleMax = 0; // the value axis ends here (marks: 100); 0: from the values
    QString valueTitle; // the value axis
};

// One table of a statistic in a reader's language: the data table on screen, a sheet of the
// workbook, a CSV file and a table of the printed document. Numbers stay numbers: counts and
// money (hundredths) as qint64, percentages (0-100), hours and averages as double.
struct StatsTable
{
    enum class Kind
    {
        Text,
        Count,
        Percent,
        Money, // hundredths of the currency
        Hours,
        Average
    };
    QString title;
    QString sheet; // the worksheet's name (at most 31 characters)
    QStringList header;
    QList<Kind> kinds; // one per column
    QList<QVariantList> rows;
    QList<bool> highlighted; // rows marked (the vital few of a Pareto)
    QString note; // what the figures mean, under the table
    StatsChart chart;
    // The cases behind a cell (row, column): a click on its bar or cell lists exactly the
    // number it shows (counts) or the cases it was computed from (shares, averages).
    QHash<QPair<int, int>, CaseFilter> cellFilters;

    int columnCount() const { return static_cast<int>(header.size()); }
    bool isEmpty() const { return rows.isEmpty(); }
    QString text(int row, int column, const QLocale& locale) const;
    double number(int row, int column) const; // as shown (money in currency units)
    const CaseFilter* filter(int row, int column) const;
};

// A statistic ready to be shown, printed or exported: its title, the period and filters in
// words, and its tables; or, when nothing was counted, the message that says so.
struct StatsReport
{
    QString title;
    QString code; // "pareto-defect", "trend" ... (file names, document numbers)
    QString subtitle; // the period and the filters
    QDate from; // the period
    QDate to;
    QList<StatsTable> tables;
    QString message; // why there is nothing to show, when tables is empty
    bool isEmpty() const { return tables.isEmpty(); }
};
