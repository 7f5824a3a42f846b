#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A chart of a printed statistic (issue 13), painted with QPainter by ChartPainter above the
// table it belongs to: bars (grouped or stacked) or lines over categories, and for a Pareto the
// cumulative percentage as a line on a 0-100 % scale at the right.
struct ReportChart
{
    enum class Kind
    {
        Bars,
        Stacked,
        Lines,
        Pareto
    };
    struct Series
    {
        QString name;
        QList<double> values; // one per category; NaN: none
    };
    Kind kind = Kind::Bars;
    QStringList categories;
    QList<Series> series;
    QList<double> cumulative; // Pareto: 0-100 per category
    QString cumulativeName;
    QList<bool> highlighted; // categories drawn in the accent colour (the vital few)
    QString highlightName; // the legend's words for them
    bool percentScale = false;
    double scaleMax = 0; // 0: from the values
    QString valueTitle;
    double heightMm = 70;
};
