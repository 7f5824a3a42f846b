#pragma once

#include "reports/ReportDocument.h"

#include <QFont>
#include <QList>
#include <QSizeF>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class PhotoSheet;
class QTextDocument;
class TablePainter;

// The body of one document laid out in pages: its rich text (QTextDocument, paged), then its
// tables painted row by row, each heading kept with its table's first rows and the header row at
// the top of every page, then the rich text after the tables. Known in full before the first page is painted,
// so that each page can say "Page x of y".
class DocumentPages
{
public:
    DocumentPages(const ReportDocument& document, QPagedPaintDevice* device, const QSizeF& body);
    ~DocumentPages();

    int count() const { return static_cast<int>(m_pages.size()); }
    // Paints one page's body with its top left corner at the painter's origin.
    void paint(QPainter& painter, int page) const;

private:
    struct Piece
    {
        enum class Kind
        {
            Text, // from..to of a laid-out rich text, at y
            Heading,
            Header,
            Row, // from..to of table row "row", at y
            Photos, // a page of photos starting with photo "row"
            Chart // the chart of table "table", from y to "to"
        };
        Kind kind;
        const QTextDocument* text = nullptr;
        qsizetype table = 0; // which of the document's tables
        qsizetype row = 0;
        double y = 0;
        double from = 0;
        double to = 0;
    };

    QTextDocument* layOut(const QString& html);
    // Places a rich text below y on the current page when it fits there, else from a new page.
    void placeText(const QTextDocument* text, double& y);
    void placeTable(size_t index, double& y);
    const TablePainter& table(const Piece& piece) const
    {
        return *m_tables[static_cast<size_t>(piece.table)];
    }
    void newPage(double& y);
    void placePhotos(double& y);

    QPagedPaintDevice* m_device;
    QFont m_font;
    QSizeF m_body;
    std::vector<std::unique_ptr<QTextDocument>> m_texts;
    std::vector<std::unique_ptr<TablePainter>> m_tables;
    std::unique_ptr<PhotoSheet> m_photos;
    QList<QList<Piece>> m_pages;
    std::vector<const ReportTable*> m_tableSpecs;
};
