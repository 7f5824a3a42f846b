#pragma once

#include "reports/ReportDocument.h"

#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

// Paints documents the way the company's paper looks: on every page the logo, name and
// address of the company, the document's title, number and date at the head, and
// "Page x of y" at the foot; the body flows over as many pages as it needs, tables repeating
// their header. Works on a QPdfWriter as on a QPrinter (preview and print).
class DocumentPainter
{
public:
    // Each document starts on a new page and counts its own pages. The paper of a QPdfWriter
    // is set from the documents; a printer keeps the paper the person chose.
    static void paint(const QList<ReportDocument>& documents, QPagedPaintDevice* device, bool setPaper);
    // Writes the PDF atomically: on failure nothing is left behind. Returns an error in words,
    // empty on success.
    static QString writePdf(const QList<ReportDocument>& documents, const QString& path);

private:
    static void paintOne(const ReportDocument& document, QPagedPaintDevice* device, QPainter& painter,
                         bool firstOfRun);
    static void paintHead(const ReportDocument& document, QPainter& painter, const QRectF& area);
    static void paintFoot(const ReportDocument& document, QPainter& painter, const QRectF& area, int page,
                          int pages);
};
