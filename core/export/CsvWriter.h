#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

// A CSV file as spreadsheets read it: UTF-8 with a byte-order mark (Excel then reads Chinese
// right), commas, fields quoted when they hold a comma, a quote or a line break (RFC 4180),
// lines ending CRLF. Written atomically: nothing has the name until commit() succeeds.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    explicit CsvWriter(const QString& path);
    bool isOpen() const { return m_open; }
    QString error() const;
    void writeRow(const QStringList& cells);
    QString commit(); // an error in words, empty on success

private:
    QSaveFile m_file;
    bool m_open = false;
};
