#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

// One record of a CSV file as CsvTable splits it: the UTF-8 bytes of each value, quotes taken
// away, and the line of the file it starts on (1 is the header), as a text editor counts lines
// (a quoted value with line breaks spans several). A value is turned into text only when it is
// asked for. The bytes are those of the table: a record is read again with CsvTable::next().
class CsvRecord
{
public:
    int line() const { return m_line; }
    int size() const { return static_cast<int>(m_spans.size()); }
    // The bytes of value i (nothing past the last value).
    QByteArrayView bytes(int i) const;
    QString text(int i) const { return QString::fromUtf8(bytes(i)); }
    // How many values the record has, empty ones at its end not counted.
    int filled() const;
    // Spaces only (as QChar::isSpace() has them), or nothing.
    static bool isBlank(QByteArrayView value);

private:
    friend class CsvReader;
    friend class CsvTable;
    struct Span
    {
        qsizetype start = 0;
        qsizetype size = 0;
        bool own = false; // in m_own (quotes undone), not in the table's bytes
    };
    const char* m_text = nullptr; // the table's bytes
    QByteArray m_own; // the values whose doubled quotes were undone
    std::vector<Span> m_spans;
    int m_line = 0;
    qsizetype m_next = -1; // where the next record starts; -1: the first below the header
    int m_nextLine = 0;
};
