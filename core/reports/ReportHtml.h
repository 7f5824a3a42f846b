#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Small pieces of rich text the documents are made of, in the subset of HTML that
// QTextDocument lays out (tables with <thead> repeat their header on every page).
class ReportHtml
{
public:
    using Field = QPair<QString, QString>; // label, value (plain text)

    static QString text(const QString& plain); // escaped, line breaks kept, "—" when empty
    static QString title(const QString& title, const QString& subtitle = {});
    static QString heading(const QString& text);
    static QString paragraph(const QString& plain);
    // Label and value pairs, two pairs to a row.
    static QString fields(const QList<Field>& fields, int pairsPerRow = 2);
    // A table with a header row repeated on every page; widths in percent, one per column.
    // Cells are plain text unless rich is set (then they are already HTML).
    static QString table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths,
                         bool rich = false, double fontPoints = 0);
    // The same table in pieces, for tables too long to lay out whole (see ReportDocument):
    // the opening tag with the header row, and each body row; close with "</table>".
    static QString tableHead(const QStringList& header, const QList<int>& widths, double fontPoints = 0);
    static QStringList tableRows(const QList<QStringList>& rows, bool rich = false, double fontPoints = 0);
    static QString signatures(const QStringList& labels);
    static QString note(const QString& plain); // small grey print
};
