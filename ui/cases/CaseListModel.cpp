#include "cases/CaseListModel.h"

#include "cases/CaseRowFormat.h"

#include <QScopedValueRollback>

CaseListModel::CaseListModel(const CaseListQuery& query, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(query)
    , m_clock(clock)
{
    reload();
}

void CaseListModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    // No fetchMore from the views while they react to the reset: rows inserted inside a reset.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    beginResetModel();
    m_rows = m_query.page(m_filter, 0, pageSize);
    m_atEnd = m_rows.size() < pageSize;
    endResetModel();
}

qint64 CaseListModel::caseId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty() || m_fetching)
        return;
    // A view or a model tester may ask for more while the rows are being inserted: one page at a time.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    const QList<CaseListRow> more = m_query.page(m_filter, m_rows.last().id, pageSize);
    m_atEnd = more.size() < pageSize;
    if (more.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    return CaseRowFormat::data(m_rows.at(index.row()), index.column(), role, m_clock.now());
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return CaseRowFormat::header(section);
}
