#include "lists/ListTableModel.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QScopedValueRollback>

ListTableModel::ListTableModel(const ListQuery& query, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(query)
    , m_columns(query.columns())
{
    reload();
}

void ListTableModel::setFilter(const ListFilter& filter)
{
    m_filter = filter;
    reload();
}

void ListTableModel::reload()
{
    const QScopedValueRollback<bool> guard(m_fetching, true);
    beginResetModel();
    m_columns = m_query.columns(); // the titles follow the language
    const QList<ListRow> first = m_query.page(m_filter, {}, pageSize);
    m_ids.clear();
    m_pages.clear();
    m_pageStarts = {ListCursor()};
    for (const ListRow& r : first)
        m_ids.append(r.id);
    m_atEnd = first.size() < pageSize;
    m_end = first.isEmpty() ? ListCursor() : first.last().cursor;
    remember(0, first);
    endResetModel();
}

void ListTableModel::remember(int page, QList<ListRow> rows) const
{
    while (m_pages.size() >= cachedPages) {
        int farthest = m_pages.constBegin().key();
        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
            if (std::abs(it.key() - page) > std::abs(farthest - page))
                farthest = it.key();
        m_pages.remove(farthest);
    }
    m_pages.insert(page, std::move(rows));
}

const ListRow* ListTableModel::row(int index) const
{
    if (index < 0 || index >= m_ids.size())
        return nullptr;
    const int page = index / pageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        remember(page, m_query.page(m_filter, m_pageStarts.value(page), pageSize));
        it = m_pages.constFind(page);
    }
    const int offset = index - page * pageSize;
    // A page read again after others changed the list may be shorter: its rows keep their place.
    return offset < it->size() && it->at(offset).id == m_ids.at(index) ? &it->at(offset) : nullptr;
}

qint64 ListTableModel::entryId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

bool ListTableModel::isActive(int index) const
{
    const ListRow* r = row(index);
    return r && r->active;
}

int ListTableModel::rowOf(qint64 id) const
{
    return static_cast<int>(m_ids.indexOf(id));
}

int ListTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ListTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant ListTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const ListRow* r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return r->cells.value(index.column());
    case Qt::ForegroundRole:
        return r->active ? QVariant()
                         : QVariant(QApplication::palette().color(QPalette::Disabled, QPalette::Text));
    case Qt::FontRole:
        if (!r->active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ListTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_columns.at(section).title;
}

bool ListTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ListTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_ids.isEmpty() || m_fetching)
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    const QList<ListRow> more = m_query.page(m_filter, m_end, pageSize);
    m_atEnd = more.size() < pageSize;
    if (more.isEmpty())
        return;
    const int first = static_cast<int>(m_ids.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    for (const ListRow& r : more)
        m_ids.append(r.id);
    m_pageStarts.append(m_end);
    m_end = more.last().cursor;
    remember(first / pageSize, more);
    endInsertRows();
}

void ListTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).sortable)
        return;
    m_filter.sortKey = m_columns.at(column).key;
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}
