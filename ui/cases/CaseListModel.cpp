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
    const QList<CaseListRow> first = m_query.page(m_filter, 0, pageSize);
    m_ids.clear();
    m_pages.clear();
    for (const CaseListRow& r : first)
        m_ids.append(r.id);
    m_atEnd = first.size() < pageSize;
    remember(0, first);
    endResetModel();
}

void CaseListModel::remember(int page, QList<CaseListRow> rows) const
{
    // Keep the pages nearest to the one just read; drop the farthest.
    while (m_pages.size() >= cachedPages) {
        int farthest = m_pages.constBegin().key();
        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
            if (std::abs(it.key() - page) > std::abs(farthest - page))
                farthest = it.key();
        m_pages.remove(farthest);
    }
    m_pages.insert(page, std::move(rows));
}

const CaseListRow* CaseListModel::row(int index) const
{
    if (index < 0 || index >= m_ids.size())
        return nullptr;
    const int page = index / pageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        const QList<qint64> ids = m_ids.mid(qsizetype(page) * pageSize, pageSize);
        const QList<CaseListRow> found = m_query.rowsByIds(ids);
        // In the order of the list; a case that is gone keeps an empty row with its id.
        QHash<qint64, CaseListRow> byId;
        for (const CaseListRow& r : found)
            byId.insert(r.id, r);
        QList<CaseListRow> rows;
        for (qint64 id : ids) {
            CaseListRow r = byId.value(id);
            r.id = id;
            rows.append(r);
        }
        remember(page, rows);
        it = m_pages.constFind(page);
    }
    const int offset = index - page * pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 CaseListModel::caseId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
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
    if (parent.isValid() || m_atEnd || m_ids.isEmpty() || m_fetching)
        return;
    // A view or a model tester may ask for more while the rows are being inserted: one page at a time.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    const QList<CaseListRow> more = m_query.page(m_filter, m_ids.last(), pageSize);
    m_atEnd = more.size() < pageSize;
    if (more.isEmpty())
        return;
    const int first = static_cast<int>(m_ids.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    for (const CaseListRow& r : more)
        m_ids.append(r.id);
    remember(first / pageSize, more);
    endInsertRows();
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const CaseListRow* r = row(index.row());
    return r ? CaseRowFormat::data(*r, index.column(), role, m_clock.now()) : QVariant();
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return CaseRowFormat::header(section);
}
