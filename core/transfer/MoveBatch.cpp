#include "transfer/MoveBatch.h"

#include <cmath>

namespace {
void appendString(QByteArray& out, const QByteArray& utf8)
{
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(ch);
        } else if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        } else {
            out.append(ch);
        }
    }
    out.append('"');
}

void appendValue(QByteArray& out, const QVariant& value)
{
    if (value.isNull()) {
        out.append("null");
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
        out.append(QByteArray::number(value.toLongLong()));
        return;
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        out.append(QByteArray::number(value.toULongLong()));
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        // JSON has no infinity or NaN: the server reads these words as a double precision.
        if (!std::isfinite(d))
            appendString(out, QByteArray::number(d));
        else
            out.append(QByteArray::number(d, 'g', 17));
        return;
    }
    case QMetaType::QByteArray:
        appendString(out, "\\x" + value.toByteArray().toHex());
        return;
    default:
        appendString(out, value.toString().toUtf8());
        return;
    }
}
} // namespace

MoveBatch::MoveBatch(const QStringList& columns)
{
    for (const QString& column : columns) {
        QByteArray key;
        appendString(key, column.toUtf8());
        m_keys.append(key + ':');
    }
}

void MoveBatch::addRow(const QVariantList& values)
{
    m_json.append(m_rows == 0 ? '[' : ',');
    m_json.append('{');
    for (int i = 0; i < values.size() && i < m_keys.size(); ++i) {
        if (i > 0)
            m_json.append(',');
        m_json.append(m_keys.at(i));
        appendValue(m_json, values.at(i));
    }
    m_json.append('}');
    ++m_rows;
}

QString MoveBatch::json() const
{
    return QString::fromUtf8(m_rows == 0 ? QByteArray("[]") : m_json + ']');
}

void MoveBatch::clear()
{
    m_json.clear();
    m_rows = 0;
}
