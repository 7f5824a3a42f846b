#include "transfer/CsvRecord.h"

QByteArrayView CsvRecord::bytes(int i) const
{
    if (i < 0 || i >= size())
        return {};
    const Span& s = m_spans[static_cast<size_t>(i)];
    return QByteArrayView((s.own ? m_own.constData() : m_text) + s.start, s.size);
}

int CsvRecord::filled() const
{
    int n = size();
    while (n > 0 && isBlank(bytes(n - 1)))
        --n;
    return n;
}

bool CsvRecord::isBlank(QByteArrayView value)
{
    for (const char c : value) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80) // U+00A0, U+3000 and the other spaces beyond ASCII
            return QString::fromUtf8(value).trimmed().isEmpty();
        if (b != ' ' && (b < '\t' || b > '\r'))
            return false;
    }
    return true;
}
