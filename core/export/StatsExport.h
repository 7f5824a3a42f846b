#pragma once

#include "stats/StatsTable.h"

#include <QCoreApplication>

// A statistic out of the window (issue 13): an Excel workbook with one sheet per table and a
// native chart beside each (libxlsxwriter: a Pareto's cumulative percentage gets a chart of its
// own under the bars, as 1.1.4 draws no combined charts), or one table as CSV (UTF-8).
// Files are written under a temporary name and renamed when complete. Returns an error in the
// reader's words, empty on success.
class StatsExport
{
    Q_DECLARE_TR_FUNCTIONS(StatsExport)
public:
    // The sheets start with the title and the period (rows 1-2); the header is row 4, the data
    // from row 5 (1-based, as Excel numbers them).
    static constexpr int headerRow = 3; // 0-based
    static QString writeXlsx(const StatsReport& report, const QString& path);
    // The table's columns (all, or the first "columns"), numbers as numbers: percentages 0-100
    // and money in currency units, with two decimals.
    static QString writeCsv(const StatsTable& table, const QString& path, int columns = -1);
    // "name.xlsx" -> xlsx, "name.csv" -> csv, else empty.
    static QString formatOf(const QString& path);
};
