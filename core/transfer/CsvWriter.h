#pragma once

#include <QByteArray>
#include <QStringList>

// Writes CSV as Excel and WPS read it on English and Chinese systems alike: UTF-8 with a byte
// order mark (without it Excel on a Chinese Windows reads the file as GBK), comma-separated,
// CRLF line ends, a value in double quotes when it holds a comma, a quote or a line break. Text
// a spreadsheet would run as a formula is guarded (CellGuard).
class CsvWriter
{
public:
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xef\xbb\xbf"); }
    // One record with its line end; guard: apply CellGuard to every value (not to a header).
    static QByteArray line(const QStringList& values, bool guard = true);
    static QString field(const QString& value);
};
