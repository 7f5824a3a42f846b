#include "PdfText.h"

#include <QProcess>

QStringList PdfText::pages(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral(QL_PDFTOTEXT),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    QStringList list = QString::fromUtf8(p.readAllStandardOutput()).split(u'\f');
    if (!list.isEmpty() && list.last().trimmed().isEmpty())
        list.removeLast();
    for (QString& page : list) // words a table cell wrapped read as one line again
        page = page.simplified();
    return list;
}

QStringList PdfText::lines(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral(QL_PDFTOTEXT),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    QStringList lines;
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n')) {
        const QString trimmed = line.trimmed().remove(u'\f');
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

QString PdfText::firstPagePng(const QString& pdf, const QString& outputPrefix)
{
    QProcess p;
    p.start(QStringLiteral(QL_PDFTOPPM),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-f"),
             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
             pdf, outputPrefix});
    p.waitForFinished(30000);
    return outputPrefix + QStringLiteral(".png");
}
