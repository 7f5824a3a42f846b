#include "transfer/CsvReader.h"

#include "UserError.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace {
bool startsWith(const QByteArray& bytes, const char* prefix, int length)
{
    return bytes.size() >= length && memcmp(bytes.constData(), prefix, static_cast<size_t>(length)) == 0;
}

// The line (1-based) on which the byte at offset starts, for a message about bad bytes.
int lineAt(const QByteArray& bytes, qsizetype offset)
{
    return 1 + static_cast<int>(QByteArrayView(bytes.constData(), offset).count('\n'));
}

qsizetype firstBadUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        // Plain ASCII (most of a delivery list) eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        int more = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf)
            more = 1;
        else if (c >= 0xe0 && c <= 0xef)
            more = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            more = 3;
        else
            return i;
        if (i + more >= n)
            return i;
        for (int k = 1; k <= more; ++k)
            if ((p[i + k] & 0xc0) != 0x80)
                return i;
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
        const unsigned char next = p[i + 1];
        if ((c == 0xe0 && next < 0xa0) || (c == 0xed && next >= 0xa0) || (c == 0xf0 && next < 0x90)
            || (c == 0xf4 && next >= 0x90))
            return i;
        i += more + 1;
    }
    return -1;
}
// Line breaks in text[from, to) as an editor counts them: LF, CRLF, or CR alone.
int lineBreaks(const char* text, qsizetype from, qsizetype to, qsizetype size)
{
    int lines = 0;
    for (qsizetype k = from; k < to; ++k)
        if (text[k] == '\n' || (text[k] == '\r' && !(k + 1 < size && text[k + 1] == '\n')))
            ++lines;
    return lines;
}

bool isSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}
} // namespace

CsvTable CsvReader::readFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(tr("“%1” cannot be read: %2.").arg(name, file.errorString()));
    if (file.size() > maxFileBytes)
        throw UserError(tr("“%1” is larger than %2 MB: split it into smaller files.")
                            .arg(name)
                            .arg(maxFileBytes / (1024 * 1024)));
    return parse(file.readAll(), name);
}

QByteArray CsvReader::utf8(QByteArray bytes, const QString& fileName, QString* encoding)
{
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return QChar::isSpace(uchar(c)); }))
        throw UserError(tr("“%1” is empty: there is nothing to import.").arg(fileName));
    if (startsWith(bytes, "PK\x03\x04", 4) || startsWith(bytes, "\xd0\xcf\x11\xe0", 4))
        throw UserError(tr("“%1” is an Excel workbook, not a CSV file. Open it in Excel or WPS and save "
                           "it with File > Save As as “CSV UTF-8 (comma delimited)”.")
                            .arg(fileName));
    if (startsWith(bytes, "\xef\xbb\xbf", 3)) {
        *encoding = QStringLiteral("UTF-8 with BOM");
        bytes.remove(0, 3);
        const qsizetype bad = firstBadUtf8(bytes);
        if (bad >= 0)
            throw UserError(tr("“%1” says it is UTF-8 text but line %2 is not: save it again as “CSV UTF-8”.")
                                .arg(fileName)
                                .arg(lineAt(bytes, bad)));
        return bytes;
    }
    if (startsWith(bytes, "\xff\xfe", 2) || startsWith(bytes, "\xfe\xff", 2)) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder decoder(startsWith(bytes, "\xff\xfe", 2) ? QStringDecoder::Utf16LE
                                                                : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError())
            throw UserError(
                tr("“%1” is not readable UTF-16 text: save it again as “CSV UTF-8”.").arg(fileName));
        return text.toUtf8();
    }
    if (bytes.contains('\0'))
        throw UserError(tr("“%1” is not a text file (it holds binary data). Choose the CSV file, or save "
                           "the table as “CSV UTF-8 (comma delimited)”.")
                            .arg(fileName));
    const qsizetype bad = firstBadUtf8(bytes);
    if (bad < 0) {
        *encoding = QStringLiteral("UTF-8");
        return bytes;
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (gb.isValid()) {
        const QString text = gb.decode(bytes);
        if (!gb.hasError()) {
            *encoding = QStringLiteral("GB18030");
            return text.toUtf8();
        }
    }
    throw UserError(tr("“%1” is neither UTF-8 nor GB18030 (Chinese Windows) text: line %2 has characters "
                       "that are neither. Save it from Excel or WPS as “CSV UTF-8 (comma delimited)” and "
                       "import that file.")
                        .arg(fileName)
                        .arg(lineAt(bytes, bad)));
}

char CsvReader::sniffDelimiter(const QByteArray& text)
{
    const char* p = text.constData();
    const qsizetype n = text.size();
    // The first line that is not empty (spaces only): the header.
    qsizetype i = 0;
    while (i < n && isSpace(p[i]))
        ++i;
    while (i > 0 && p[i - 1] != '\n' && p[i - 1] != '\r')
        --i;
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (; i < n; ++i) {
        const char c = p[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return '\t';
    if (semicolon > comma)
        return ';';
    return ',';
}

void CsvReader::split(const CsvTable& table, qsizetype& i, int& line, CsvRecord& record)
{
    const char* p = table.m_bytes.constData();
    const qsizetype n = table.m_bytes.size();
    const char delimiter = table.m_delimiter;
    record.m_text = p;
    record.m_line = line;
    record.m_spans.clear();
    record.m_own.resize(0);
    for (;;) {
        CsvRecord::Span span;
        const bool quoted = i < n && p[i] == '"';
        if (quoted) {
            const int quoteLine = line;
            qsizetype from = ++i; // the value's text not taken yet
            span.start = from;
            for (;;) {
                const void* found = i < n ? memchr(p + i, '"', static_cast<size_t>(n - i)) : nullptr;
                if (!found)
                    throw UserError(tr("“%1”, line %2: a value in quotes is never closed (a \" is missing "
                                       "after it).")
                                        .arg(table.m_fileName)
                                        .arg(quoteLine));
                const qsizetype at = static_cast<const char*>(found) - p;
                line += lineBreaks(p, i, at, n);
                if (at + 1 < n && p[at + 1] == '"') { // a doubled quote: one quote of the value
                    if (!span.own) {
                        span.own = true;
                        span.start = record.m_own.size();
                    }
                    record.m_own.append(p + from, at + 1 - from);
                    i = at + 2;
                    from = i;
                    continue;
                }
                if (span.own)
                    record.m_own.append(p + from, at - from);
                else
                    span.size = at - from;
                i = at + 1;
                break;
            }
            if (span.own)
                span.size = record.m_own.size() - span.start;
        }
        // The rest of the value up to the delimiter or the end of the line, as it is.
        const qsizetype start = i;
        while (i < n && p[i] != delimiter && p[i] != '\n' && p[i] != '\r')
            ++i;
        if (!quoted) {
            span.start = start;
            span.size = i - start;
        } else if (i > start) {
            if (!span.own) {
                const qsizetype own = record.m_own.size();
                record.m_own.append(p + span.start, span.size);
                span.start = own;
                span.own = true;
            }
            record.m_own.append(p + start, i - start);
            span.size = record.m_own.size() - span.start;
        }
        record.m_spans.push_back(span);
        if (i < n && p[i] == delimiter) {
            ++i;
            continue;
        }
        if (i < n && p[i] == '\r')
            ++i;
        if (i < n && p[i] == '\n')
            ++i;
        ++line;
        return;
    }
}

CsvTable CsvReader::parse(QByteArray bytes, const QString& fileName)
{
    CsvTable table;
    table.m_fileName = fileName;
    table.m_bytes = utf8(std::move(bytes), fileName, &table.m_encoding);
    table.m_delimiter = sniffDelimiter(table.m_bytes);
    // One pass over the file: the header, every quote closed, the records counted.
    qsizetype i = 0;
    int line = 1;
    CsvRecord record;
    while (i < table.m_bytes.size()) {
        split(table, i, line, record);
        if (record.filled() == 0)
            continue;
        if (!table.m_header.isEmpty()) {
            ++table.m_size;
            continue;
        }
        for (int k = 0; k < record.size(); ++k)
            table.m_header.append(record.text(k).trimmed());
        table.m_body = i;
        table.m_bodyLine = line;
    }
    if (table.m_header.isEmpty())
        throw UserError(tr("“%1” is empty: there is nothing to import.").arg(fileName));
    return table;
}
