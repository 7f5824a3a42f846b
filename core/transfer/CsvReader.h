#pragma once

#include "transfer/CsvTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads CSV files as offices have them: saved by Excel or WPS on an English or a Chinese
// system, or written by another program. Encoding: UTF-8 with or without a byte order mark,
// UTF-16 with its mark (Excel's "Unicode text"), otherwise GB18030 (what Excel saves on a
// Chinese Windows; its subset GBK and GB2312 too): bytes that are valid UTF-8 are read as
// UTF-8. Delimiter: comma, semicolon or tab, whichever the header line uses most. Values in
// double quotes may hold delimiters, doubled quotes and line breaks. The file is split on its
// bytes (UTF-8; the other encodings are made UTF-8 first): a value becomes text only when it is
// asked for (CsvRecord).
//
// Refuses, with the reason in a clerk's words (UserError): an empty file, a workbook or another
// binary file instead of CSV, text in none of those encodings, a quote that is never closed.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static CsvTable readFile(const QString& path);
    // fileName names the file in messages.
    static CsvTable parse(QByteArray bytes, const QString& fileName);
    static constexpr qint64 maxFileBytes = 512LL * 1024 * 1024;

private:
    friend class CsvTable;
    // The text of the file in UTF-8 without a byte order mark, and the name of its encoding;
    // throws UserError.
    static QByteArray utf8(QByteArray bytes, const QString& fileName, QString* encoding);
    // The delimiter the first line that is not empty uses most.
    static char sniffDelimiter(const QByteArray& text);
    // Splits the record of table that starts at i into record; i is then where the next one
    // starts, line its line. Throws UserError for a quote never closed.
    static void split(const CsvTable& table, qsizetype& i, int& line, CsvRecord& record);
};
