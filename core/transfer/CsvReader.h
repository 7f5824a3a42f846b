#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file: its values and the line of the file it starts on (1 is the header),
// as a text editor counts lines (a quoted value with line breaks spans several).
struct CsvRecord
{
    int line = 0;
    QStringList values;
};

struct CsvTable
{
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16", "GB18030"
    QChar delimiter = u',';
    QStringList header; // trimmed
    QList<CsvRecord> records; // every record below the header; empty lines left out
};

// Reads CSV files as offices have them: saved by Excel or WPS on an English or a Chinese
// system, or written by another program. Encoding: UTF-8 with or without a byte order mark,
// UTF-16 with its mark (Excel's "Unicode text"), otherwise GB18030 (what Excel saves on a
// Chinese Windows; its subset GBK and GB2312 too): bytes that are valid UTF-8 are read as
// UTF-8. Delimiter: comma, semicolon or tab, whichever the header line uses most. Values in
// double quotes may hold delimiters, doubled quotes and line breaks.
//
// Refuses, with the reason in a clerk's words (UserError): an empty file, a workbook or another
// binary file instead of CSV, text in none of those encodings, a quote that is never closed.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static CsvTable readFile(const QString& path);
    // fileName names the file in messages.
    static CsvTable parse(const QByteArray& bytes, const QString& fileName);
    // The text of the file and the name of its encoding; throws UserError.
    static QString decode(const QByteArray& bytes, const QString& fileName, QString* encoding);
    static QChar sniffDelimiter(const QString& text);
    static constexpr qint64 maxFileBytes = 512LL * 1024 * 1024;
};
