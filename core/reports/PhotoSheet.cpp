#include "reports/PhotoSheet.h"

#include "reports/DocumentFonts.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>

namespace {
constexpr double gapMm = 5;
constexpr double captionLines = 3;
} // namespace

PhotoSheet::PhotoSheet(const QList<ReportPhoto>& photos, const QString& heading, const QPaintDevice* device,
                       const QSizeF& body)
    : m_photos(photos)
    , m_heading(heading)
    , m_body(body)
    , m_mm(device->logicalDpiY() / 25.4)
{
    const QFontMetricsF heads(DocumentFonts::font(11, true), device);
    const QFontMetricsF captions(DocumentFonts::font(8), device);
    m_headingHeight = heads.height() * 1.6;
    const double gap = gapMm * m_mm;
    m_cellWidth = (body.width() - (m_columns - 1) * gap) / m_columns;
    m_pictureHeight = m_cellWidth * 0.75;
    m_cellHeight = m_pictureHeight + captions.lineSpacing() * captionLines + gap;
    m_rows
        = std::max(1, static_cast<int>(std::floor((body.height() - m_headingHeight + gap) / m_cellHeight)));
}

int PhotoSheet::pageCount() const
{
    return (static_cast<int>(m_photos.size()) + perPage() - 1) / perPage();
}

void PhotoSheet::paint(QPainter& painter, int first) const
{
    painter.save();
    painter.setPen(Qt::black);
    painter.setFont(DocumentFonts::font(11, true));
    painter.drawText(QRectF(0, 0, m_body.width(), m_headingHeight), Qt::AlignLeft | Qt::AlignTop, m_heading);
    const double gap = gapMm * m_mm;
    const int last = std::min(static_cast<int>(m_photos.size()), first + perPage());
    QPen frame(QColor(0xb0, 0xb6, 0xbd));
    frame.setWidthF(0.2 * m_mm);
    for (int i = first; i < last; ++i) {
        const int slot = i - first;
        const QPointF at((slot % m_columns) * (m_cellWidth + gap),
                         m_headingHeight + (slot / m_columns) * m_cellHeight);
        const ReportPhoto& photo = m_photos.at(i);
        const QSizeF fitted
            = QSizeF(photo.image.size()).scaled(m_cellWidth, m_pictureHeight, Qt::KeepAspectRatio);
        const QRectF picture(at.x() + (m_cellWidth - fitted.width()) / 2,
                             at.y() + (m_pictureHeight - fitted.height()) / 2, fitted.width(),
                             fitted.height());
        painter.drawImage(picture, photo.image);
        painter.setPen(frame);
        painter.drawRect(QRectF(at, QSizeF(m_cellWidth, m_pictureHeight)));
        painter.setPen(Qt::black);
        painter.setFont(DocumentFonts::font(8));
        const QRectF caption(at.x(), at.y() + m_pictureHeight + 0.8 * m_mm, m_cellWidth,
                             m_cellHeight - m_pictureHeight - gap);
        painter.drawText(caption, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, photo.caption);
    }
    painter.restore();
}
