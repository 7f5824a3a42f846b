#pragma once

#include "reports/ReportHtml.h"
#include "reports/ReportTable.h"

// Labels and values as a paper form prints them, painted directly (TablePainter): one or two
// label/value pairs a row, the label cells shaded, widths as the rich-text fields had them.
namespace FieldGrid {
ReportTable make(const QString& heading, const QList<ReportHtml::Field>& fields, int pairsPerRow = 2);
} // namespace FieldGrid
