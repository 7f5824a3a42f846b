#include "reports/FieldGrid.h"

ReportTable FieldGrid::make(const QString& heading, const QList<ReportHtml::Field>& fields, int pairsPerRow)
{
    ReportTable grid;
    grid.heading = heading;
    grid.fontPoints = 9;
    const int labelWidth = 20; // the same in grids of one and two pairs, so that stacked grids align
    const int valueWidth = (100 - labelWidth * pairsPerRow) / pairsPerRow;
    for (int k = 0; k < pairsPerRow; ++k) {
        grid.widths << labelWidth << valueWidth;
        grid.shadedColumns << 2 * k;
    }
    for (qsizetype i = 0; i < fields.size(); i += pairsPerRow) {
        QStringList row;
        for (int k = 0; k < pairsPerRow; ++k) {
            if (i + k < fields.size())
                row << fields.at(i + k).first << fields.at(i + k).second;
            else
                row << QString() << QString();
        }
        grid.rows.append(row);
    }
    if (fields.size() % pairsPerRow != 0)
        grid.blankEmpty = true; // the unused pair at the end of the last row stays blank
    return grid;
}
