#pragma once

#include "transfer/CsvRecord.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

// A CSV file as CsvReader has read it: its header and its records, kept as the file's text in
// UTF-8 and split into values one record at a time as they are read (next()). A delivery list of
// 100,000 serial numbers takes the memory of its bytes, not of a decoded copy and a list of
// values per record; the window's preview reads its first records the same way.
class CsvTable
{
public:
    // "UTF-8", "UTF-8 with BOM", "UTF-16", "GB18030"
    const QString& encoding() const { return m_encoding; }
    QChar delimiter() const { return QLatin1Char(m_delimiter); }
    const QStringList& header() const { return m_header; } // each trimmed
    // How many records there are below the header (empty lines left out).
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Reads the record after `record` into it (the first below the header for a new CsvRecord);
    // false after the last one.
    bool next(CsvRecord& record) const;

private:
    friend class CsvReader;
    QByteArray m_bytes; // the text of the file in UTF-8, without a byte order mark
    QString m_encoding;
    QString m_fileName;
    QStringList m_header;
    char m_delimiter = ',';
    qsizetype m_body = 0; // where the first record below the header starts
    int m_bodyLine = 2;
    qsizetype m_size = 0;
};
