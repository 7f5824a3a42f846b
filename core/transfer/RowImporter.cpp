#include "transfer/RowImporter.h"

#include "transfer/CellGuard.h"

RowValues::RowValues(const TransferKind& kind, const ColumnMapping& mapping)
{
    for (const TransferColumn& c : kind.columns)
        m_index.insert(c.name, mapping.fileColumn(c.name));
}

QString RowValues::value(const QString& column) const
{
    const int i = m_index.value(column, -1);
    if (i < 0 || !m_record || i >= m_record->values.size())
        return {};
    return CellGuard::unguarded(m_record->values.at(i));
}
