#pragma once

#include "reports/ReportPhoto.h"

#include <QList>
#include <QSizeF>
#include <QString>

class QPainter;
class QPaintDevice;

// A document's photo pages: a heading, then the photos in a grid of three columns, each fitted
// into its cell above its caption, as many rows as a page holds.
class PhotoSheet
{
public:
    PhotoSheet(const QList<ReportPhoto>& photos, const QString& heading, const QPaintDevice* device,
               const QSizeF& body);
    int perPage() const { return m_columns * m_rows; }
    int pageCount() const;
    // Paints the page that starts with photo first, its top left corner at the painter's origin.
    void paint(QPainter& painter, int first) const;

private:
    const QList<ReportPhoto>& m_photos;
    QString m_heading;
    QSizeF m_body;
    double m_mm = 1;
    double m_headingHeight = 0;
    double m_cellWidth = 0;
    double m_pictureHeight = 0;
    double m_cellHeight = 0;
    int m_columns = 3;
    int m_rows = 1;
};
