#include "reports/DocumentPainter.h"

#include "reports/DocumentFonts.h"
#include "reports/DocumentPages.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {
constexpr double headMm = 17.0;
constexpr double footMm = 9.0;
constexpr double gapMm = 3.5;
const QColor ink(0x1f, 0x3b, 0x57);
const QColor grey(0x55, 0x5d, 0x66);

double mm(const QPagedPaintDevice* device, double millimetres)
{
    return millimetres * device->logicalDpiY() / 25.4;
}

} // namespace

void DocumentPainter::paint(const QList<ReportDocument>& documents, QPagedPaintDevice* device, bool setPaper)
{
    if (documents.isEmpty())
        return;
    if (setPaper) {
        device->setPageSize(QPageSize(documents.first().pageSize));
        device->setPageOrientation(documents.first().landscape ? QPageLayout::Landscape
                                                               : QPageLayout::Portrait);
    }
    device->setPageMargins(QMarginsF(16, 12, 16, 10), QPageLayout::Millimeter);
    QPainter painter(device);
    bool first = true;
    for (const ReportDocument& document : documents) {
        paintOne(document, device, painter, first);
        first = false;
    }
}

QString DocumentPainter::writePdf(const QList<ReportDocument>& documents, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("DocumentPainter", "Cannot write “%1”: %2")
            .arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("QualityLoop"));
        if (!documents.isEmpty())
            writer.setTitle(documents.first().title + QStringLiteral(" ") + documents.first().number);
        paint(documents, &writer, true);
    }
    if (!file.commit())
        return QCoreApplication::translate("DocumentPainter", "Cannot write “%1”: %2")
            .arg(path, file.errorString());
    return {};
}

void DocumentPainter::paintOne(const ReportDocument& document, QPagedPaintDevice* device, QPainter& painter,
                               bool firstOfRun)
{
    const QRect paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const double width = paintRect.width();
    const double height = paintRect.height();
    const double head = mm(device, headMm);
    const double foot = mm(device, footMm);
    const double gap = mm(device, gapMm);
    const QRectF body(0, head + gap, width, height - head - foot - 2 * gap);

    const DocumentPages pages(document, device, body.size());
    for (int page = 0; page < pages.count(); ++page) {
        if (!(firstOfRun && page == 0))
            device->newPage();
        paintHead(document, painter, QRectF(0, 0, width, head));
        paintFoot(document, painter, QRectF(0, height - foot, width, foot), page + 1, pages.count());
        painter.save();
        painter.translate(body.topLeft());
        pages.paint(painter, page);
        painter.restore();
    }
}

void DocumentPainter::paintHead(const ReportDocument& document, QPainter& painter, const QRectF& area)
{
    painter.save();
    double left = area.left();
    if (!document.company.logo.isNull()) {
        const double h = area.height() * 0.8;
        const QSizeF logo
            = QSizeF(document.company.logo.size()).scaled(QSizeF(h * 3, h), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(left,
                                 area.top() + (area.height() - logo.height()) / 2 - area.height() * 0.05,
                                 logo.width(), logo.height()),
                          document.company.logo);
        left += logo.width() + area.height() * 0.25;
    }
    const double rightWidth = area.width() * 0.34;
    const QRectF companyArea(left, area.top(), area.right() - rightWidth - left, area.height() * 0.9);
    painter.setPen(ink);
    painter.setFont(DocumentFonts::font(13, true));
    const QFontMetricsF nameMetrics(painter.font(), painter.device());
    painter.drawText(companyArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                     nameMetrics.elidedText(document.company.name, Qt::ElideRight, companyArea.width()));
    painter.setPen(grey);
    painter.setFont(DocumentFonts::font(8));
    const QRectF addressArea = companyArea.adjusted(0, nameMetrics.height() * 1.1, 0, 0);
    painter.drawText(addressArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, document.company.address);

    const QRectF right(area.right() - rightWidth, area.top(), rightWidth, area.height() * 0.9);
    painter.setPen(ink);
    painter.setFont(DocumentFonts::font(10, true));
    const QFontMetricsF titleMetrics(painter.font(), painter.device());
    painter.drawText(right, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine,
                     titleMetrics.elidedText(document.title, Qt::ElideRight, right.width()));
    painter.setPen(Qt::black);
    painter.setFont(DocumentFonts::font(8.5));
    const QString lines = document.numberLabel + QStringLiteral(" ") + document.number + u'\n'
        + document.dateLabel + QStringLiteral(" ") + document.date;
    painter.drawText(right.adjusted(0, titleMetrics.height() * 1.15, 0, 0), Qt::AlignRight | Qt::AlignTop,
                     lines);

    QPen rule(ink);
    rule.setWidthF(painter.device()->logicalDpiY() / 25.4 * 0.4);
    painter.setPen(rule);
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    painter.restore();
}

void DocumentPainter::paintFoot(const ReportDocument& document, QPainter& painter, const QRectF& area,
                                int page, int pages)
{
    painter.save();
    QPen rule(grey);
    rule.setWidthF(painter.device()->logicalDpiY() / 25.4 * 0.2);
    painter.setPen(rule);
    painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.right(), area.top()));
    painter.setPen(grey);
    painter.setFont(DocumentFonts::font(8));
    const QRectF line = area.adjusted(0, area.height() * 0.2, 0, 0);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     document.company.name + QStringLiteral(" · ") + document.title + QStringLiteral(" ")
                         + document.number);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, document.pageFormat.arg(page).arg(pages));
    painter.restore();
}
