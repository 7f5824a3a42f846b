#pragma once

#include "stats/StatsTable.h"

#include <QChartView>

// The chart of one statistics table (Qt Charts): a Pareto's bars with the vital few in the
// accent colour and the cumulative percentage as a line on a 0-100 % axis at the right;
// grouped or stacked bars; a line per series. A click on a bar or a point says which cell of
// the table it shows, so the window can list the cases behind it.
class StatsChartView : public QChartView
{
    Q_OBJECT
public:
    explicit StatsChartView(QWidget* parent = nullptr);
    // vitalName, otherName: the legend's words for the vital few and the rest of a Pareto.
    void show(const StatsTable& table, const QString& vitalName, const QString& otherName);
    void clear();
    // The bars drawn (per series), for tests: the value of row "row" in series "set".
    int barSetCount() const;
    double barValue(int set, int row) const;

signals:
    void cellClicked(int row, int column);

private:
    void showPareto(const StatsTable& table, const QString& vitalName, const QString& otherName);
    void showBars(const StatsTable& table);
    void showLines(const StatsTable& table);
    QList<class QBarSet*> m_sets;
};
