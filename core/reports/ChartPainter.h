#pragma once

#include "reports/ReportChart.h"

#include <QRectF>

class QPainter;

// Paints a ReportChart into a rectangle of a page (device pixels): the value axis with round
// steps at the left, the categories below (slanted when they do not fit), the legend at the
// foot, for a Pareto the 0-100 % scale at the right; labels in the documents' font.
class ChartPainter
{
public:
    static void paint(QPainter& painter, const QRectF& area, const ReportChart& chart);
    // A round step for an axis from 0 to max with about this many steps.
    static double niceStep(double max, int steps);
};
