#include "reports/DocumentPages.h"

#include "reports/ChartPainter.h"
#include "reports/DocumentFonts.h"
#include "reports/PhotoSheet.h"
#include "reports/TablePainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

DocumentPages::DocumentPages(const ReportDocument& document, QPagedPaintDevice* device, const QSizeF& body)
    : m_device(device)
    , m_font(DocumentFonts::font(9))
    , m_body(body)
{
    double y = 0;
    if (!document.html.isEmpty() || document.tables.isEmpty())
        placeText(layOut(document.html), y);
    for (const ReportTable& table : document.tables) {
        m_tables.push_back(std::make_unique<TablePainter>(table, device, body.width()));
        m_tableSpecs.push_back(&table);
        placeTable(m_tables.size() - 1, y);
    }
    if (!document.htmlAfter.isEmpty()) {
        if (!document.tables.isEmpty())
            y += device->logicalDpiY() / 25.4 * 1.5; // a little air below the last table
        placeText(layOut(document.htmlAfter), y);
    }
    if (!document.photos.isEmpty()) {
        m_photos = std::make_unique<PhotoSheet>(document.photos, document.photosHeading, device, body);
        placePhotos(y);
    }
}

void DocumentPages::placePhotos(double& y)
{
    for (int page = 0; page < m_photos->pageCount(); ++page) {
        newPage(y);
        m_pages.last().append({Piece::Kind::Photos, nullptr, 0, page * m_photos->perPage(), 0, 0, 0});
    }
}

DocumentPages::~DocumentPages() = default;

QTextDocument* DocumentPages::layOut(const QString& html)
{
    auto text = std::make_unique<QTextDocument>();
    text->documentLayout()->setPaintDevice(m_device);
    text->setDefaultFont(m_font);
    text->setDocumentMargin(0);
    text->setUndoRedoEnabled(false);
    // The page size first: the HTML is then laid out once, not unpaged and again in pages.
    text->setPageSize(m_body);
    text->setHtml(html);
    m_texts.push_back(std::move(text));
    return m_texts.back().get();
}

void DocumentPages::newPage(double& y)
{
    m_pages.append(QList<Piece>());
    y = 0;
}

void DocumentPages::placeText(const QTextDocument* text, double& y)
{
    const double page = m_body.height();
    const int count = std::max(1, text->pageCount());
    // Where the text ends on its last page (paged layout: pages are stacked page heights apart).
    const double end
        = text->documentLayout()->blockBoundingRect(text->lastBlock()).bottom() - (count - 1) * page;
    if (m_pages.isEmpty()) {
        newPage(y);
    } else if (count == 1 && y + end <= page) {
        m_pages.last().append({Piece::Kind::Text, text, 0, 0, y, 0, end});
        y += end;
        return;
    } else if (y > 0) {
        newPage(y);
    }
    for (int p = 0; p < count; ++p) {
        if (p > 0)
            newPage(y);
        m_pages.last().append({Piece::Kind::Text, text, 0, 0, 0, p * page, (p + 1) * page});
    }
    y = end;
}

void DocumentPages::placeTable(size_t index, double& y)
{
    const TablePainter& table = *m_tables[index];
    const auto t = static_cast<qsizetype>(index);
    const double page = m_body.height();
    const double header = table.headerHeight();
    const auto startPage = [&] {
        newPage(y);
        m_pages.last().append({Piece::Kind::Header, nullptr, t, 0, y, 0, header});
        y += header;
    };
    // The heading stays with the header and the first row (or as much of it as a page holds).
    const double first = table.rowCount() > 0 ? table.rowHeight(0) : 0;
    const ReportChart* chart = m_tableSpecs[index]->chart.get();
    const double chartHeight
        = chart ? std::min(page / 2, m_device->logicalDpiY() / 25.4 * (chart->heightMm + 3)) : 0;
    const double together = table.headingHeight() + chartHeight + header + std::min(first, page / 2);
    if (m_pages.isEmpty() || (y > 0 && y + together > page))
        newPage(y);
    m_pages.last().append({Piece::Kind::Heading, nullptr, t, 0, y, 0, table.headingHeight()});
    y += table.headingHeight();
    if (chart) {
        m_pages.last().append({Piece::Kind::Chart, nullptr, t, 0, y, 0, chartHeight});
        y += chartHeight;
    }
    m_pages.last().append({Piece::Kind::Header, nullptr, t, 0, y, 0, header});
    y += header;
    bool rowsOnPage = false;
    for (qsizetype r = 0; r < table.rowCount(); ++r) {
        const double height = table.rowHeight(r);
        // A row starts on a new page when it does not fit, unless even a page would not hold it;
        // then it starts here, if a few lines of it fit.
        if (y + height > page && rowsOnPage && (height <= page - header || page - y < page / 8))
            startPage();
        // A row taller than a page is painted in slices, cut between its lines.
        double from = 0;
        while (y + height - from > page) {
            const double to = table.cut(from, from + page - y);
            m_pages.last().append({Piece::Kind::Row, nullptr, t, r, y, from, to});
            from = to;
            startPage();
        }
        m_pages.last().append({Piece::Kind::Row, nullptr, t, r, y, from, height});
        y += height - from;
        rowsOnPage = true;
    }
}

void DocumentPages::paint(QPainter& painter, int page) const
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (const Piece& piece : m_pages.at(page)) {
        switch (piece.kind) {
        case Piece::Kind::Text:
            painter.save();
            painter.translate(0, piece.y - piece.from);
            context.clip = QRectF(0, piece.from, m_body.width(), piece.to - piece.from);
            painter.setClipRect(context.clip);
            piece.text->documentLayout()->draw(&painter, context);
            painter.restore();
            break;
        case Piece::Kind::Heading:
            table(piece).paintHeading(painter, piece.y);
            break;
        case Piece::Kind::Header:
            table(piece).paintHeader(painter, piece.y);
            break;
        case Piece::Kind::Row:
            table(piece).paintRow(painter, piece.row, piece.y, piece.from, piece.to);
            break;
        case Piece::Kind::Photos:
            m_photos->paint(painter, static_cast<int>(piece.row));
            break;
        case Piece::Kind::Chart: {
            const double gap = m_device->logicalDpiY() / 25.4 * 3;
            ChartPainter::paint(painter, QRectF(0, piece.y, m_body.width(), piece.to - gap),
                                *m_tableSpecs[static_cast<size_t>(piece.table)]->chart);
            break;
        }
        }
    }
}
