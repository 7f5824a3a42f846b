#include "transfer/RowDigest.h"

RowDigest::RowDigest()
    : m_hash(QCryptographicHash::Sha256)
{
}

QByteArray RowDigest::encode(const QVariant& value)
{
    if (value.isNull())
        return QByteArrayLiteral("N;");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QByteArrayLiteral("I") + (value.toBool() ? "1" : "0") + ';';
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return 'I' + QByteArray::number(value.toLongLong()) + ';';
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return 'I' + QByteArray::number(value.toULongLong()) + ';';
    case QMetaType::Double:
    case QMetaType::Float:
        return 'R' + QByteArray::number(value.toDouble(), 'g', 17) + ';';
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return 'B' + QByteArray::number(bytes.size()) + ':' + bytes + ';';
    }
    default: {
        const QByteArray text = value.toString().toUtf8();
        return 'T' + QByteArray::number(text.size()) + ':' + text + ';';
    }
    }
}

qint64 RowDigest::addValue(const QVariant& value)
{
    const QByteArray bytes = encode(value);
    m_hash.addData(bytes);
    m_bytes += bytes.size();
    return bytes.size();
}

void RowDigest::endRow()
{
    m_hash.addData(QByteArrayView("\n"));
    ++m_rows;
}

QByteArray RowDigest::hex()
{
    return m_hash.result().toHex();
}
