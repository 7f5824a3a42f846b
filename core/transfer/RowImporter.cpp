#include "transfer/RowImporter.h"

#include "transfer/CellGuard.h"

#include <cstring>

RowValues::RowValues(const TransferKind& kind, const ColumnMapping& mapping)
{
    for (const TransferColumn& c : kind.columns)
        m_index.insert(c.name, mapping.fileColumn(c.name));
}

void RowValues::setRecord(const CsvRecord* record)
{
    m_record = record;
    ++m_records;
}

QString RowValues::value(const QString& column) const
{
    const int i = m_index.value(column, -1);
    if (i < 0 || !m_record || i >= m_record->size())
        return {};
    if (static_cast<size_t>(i) >= m_values.size())
        m_values.resize(static_cast<size_t>(i) + 1);
    Value& v = m_values[static_cast<size_t>(i)];
    if (v.record == m_records)
        return v.text;
    v.record = m_records;
    const QByteArrayView bytes = m_record->bytes(i);
    if (bytes == QByteArrayView(v.bytes) && !v.bytes.isNull())
        return v.text;
    v.bytes.resize(bytes.size()); // the capacity is kept: no allocation row after row
    if (!bytes.isEmpty())
        memcpy(v.bytes.data(), bytes.data(), static_cast<size_t>(bytes.size()));
    v.text = CellGuard::unguarded(QString::fromUtf8(bytes));
    return v.text;
}
