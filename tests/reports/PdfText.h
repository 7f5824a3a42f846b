#pragma once

#include <QString>
#include <QStringList>

// Reads a PDF back the way a person would: its text per page (pdftotext) and its first page
// as a picture (pdftoppm).
class PdfText
{
public:
    static QStringList pages(const QString& pdf); // the text of each page
    static QString text(const QString& pdf) { return pages(pdf).join(u'\n'); }
    // Every line of text as the PDF has it (trimmed, empty lines left out), in reading order: what
    // is printed on a line of its own, and whether a table cell was broken across lines.
    static QStringList lines(const QString& pdf);
    static QString firstPagePng(const QString& pdf, const QString& outputPrefix);
};
