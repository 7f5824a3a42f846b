#include "cases/CaseRowsModel.h"

#include "cases/CaseRowFormat.h"

CaseRowsModel::CaseRowsModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

void CaseRowsModel::setRows(const QList<CaseListRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

qint64 CaseRowsModel::caseId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

CaseListRow CaseRowsModel::row(int row) const
{
    return m_rows.value(row);
}

int CaseRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : CaseRowFormat::ColumnCount;
}

QVariant CaseRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= CaseRowFormat::ColumnCount)
        return {};
    return CaseRowFormat::data(m_rows.at(index.row()), index.column(), role, m_clock.now(), m_zone);
}

QVariant CaseRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return CaseRowFormat::header(section);
}
