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
bool isBlank(const QString& text)
{
    for (const QChar c : text)
        if (!c.isSpace())
            return false;
    return true;
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

QString CsvReader::decode(const QByteArray& bytes, const QString& fileName, QString* encoding)
{
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return QChar::isSpace(uchar(c)); }))
        throw UserError(tr("“%1” is empty: there is nothing to import.").arg(fileName));
    if (startsWith(bytes, "PK\x03\x04", 4) || startsWith(bytes, "\xd0\xcf\x11\xe0", 4))
        throw UserError(tr("“%1” is an Excel workbook, not a CSV file. Open it in Excel or WPS and save "
                           "it with File > Save As as “CSV UTF-8 (comma delimited)”.")
                            .arg(fileName));
    if (startsWith(bytes, "\xef\xbb\xbf", 3)) {
        *encoding = QStringLiteral("UTF-8 with BOM");
        const QByteArray rest = bytes.mid(3);
        const qsizetype bad = firstBadUtf8(rest);
        if (bad >= 0)
            throw UserError(tr("“%1” says it is UTF-8 text but line %2 is not: save it again as “CSV UTF-8”.")
                                .arg(fileName)
                                .arg(lineAt(rest, bad)));
        return QString::fromUtf8(rest);
    }
    if (startsWith(bytes, "\xff\xfe", 2) || startsWith(bytes, "\xfe\xff", 2)) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder decoder(startsWith(bytes, "\xff\xfe", 2) ? QStringDecoder::Utf16LE
                                                                : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            throw UserError(
                tr("“%1” is not readable UTF-16 text: save it again as “CSV UTF-8”.").arg(fileName));
        return text;
    }
    if (bytes.contains('\0'))
        throw UserError(tr("“%1” is not a text file (it holds binary data). Choose the CSV file, or save "
                           "the table as “CSV UTF-8 (comma delimited)”.")
                            .arg(fileName));
    const qsizetype bad = firstBadUtf8(bytes);
    if (bad < 0) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes);
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (gb.isValid()) {
        const QString text = gb.decode(bytes);
        if (!gb.hasError()) {
            *encoding = QStringLiteral("GB18030");
            return text;
        }
    }
    throw UserError(tr("“%1” is neither UTF-8 nor GB18030 (Chinese Windows) text: line %2 has characters "
                       "that are neither. Save it from Excel or WPS as “CSV UTF-8 (comma delimited)” and "
                       "import that file.")
                        .arg(fileName)
                        .arg(lineAt(bytes, bad)));
}

QChar CsvReader::sniffDelimiter(const QString& text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

CsvTable CsvReader::parse(const QByteArray& bytes, const QString& fileName)
{
    CsvTable table;
    const QString text = decode(bytes, fileName, &table.encoding);
    const QChar delimiter = sniffDelimiter(text);
    table.delimiter = delimiter;
    const QChar* p = text.constData();
    const qsizetype n = text.size();
    int line = 1;
    qsizetype i = 0;
    bool header = true;
    QStringList values;
    QStringList previous; // the record before: a value equal to the one above shares its text
    QString field;
    qsizetype columns = 0; // the widest record so far: each record's list is made that size once
    table.records.reserve(text.count(u'\n'));
    while (i < n) {
        const int recordLine = line;
        values = QStringList();
        if (columns > 0)
            values.reserve(columns);
        bool atEnd = false;
        while (!atEnd) {
            field = QString();
            if (i < n && p[i] == u'"') {
                const int quoteLine = line;
                ++i;
                for (;;) {
                    if (i >= n)
                        throw UserError(
                            tr("“%1”, line %2: a value in quotes is never closed (a \" is missing "
                               "after it).")
                                .arg(fileName)
                                .arg(quoteLine));
                    const QChar c = p[i];
                    if (c == u'"') {
                        if (i + 1 < n && p[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == u'\n')
                        ++line;
                    else if (c == u'\r' && !(i + 1 < n && p[i + 1] == u'\n'))
                        ++line;
                    field += c;
                    ++i;
                }
            }
            // The rest of the value up to the delimiter or the end of the line, as it is.
            const qsizetype start = i;
            while (i < n && p[i] != delimiter && p[i] != u'\n' && p[i] != u'\r')
                ++i;
            const qsizetype column = values.size();
            if (field.isEmpty() && column < previous.size()
                && QStringView(p + start, i - start) == previous.at(column))
                field = previous.at(column); // delivery lists repeat model, order, date: no copy
            else if (field.isEmpty())
                field = QString(p + start, i - start); // the common case: one allocation
            else if (i > start)
                field.append(p + start, i - start);
            values.append(std::move(field));
            if (i < n && p[i] == delimiter) {
                ++i;
                continue;
            }
            if (i < n && p[i] == u'\r')
                ++i;
            if (i < n && p[i] == u'\n')
                ++i;
            ++line;
            atEnd = true;
        }
        bool blank = true;
        for (const QString& v : values)
            blank = blank && isBlank(v);
        columns = std::max(columns, values.size());
        if (header) {
            if (blank)
                continue;
            for (const QString& v : values)
                table.header.append(v.trimmed());
            header = false;
        } else if (!blank) {
            previous = values;
            table.records.append({recordLine, std::move(values)});
        }
    }
    if (table.header.isEmpty())
        throw UserError(tr("“%1” is empty: there is nothing to import.").arg(fileName));
    return table;
}
