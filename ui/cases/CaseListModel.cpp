#include "cases/CaseListModel.h"

#include "cases/CaseRowFormat.h"
#include "db/DatabaseError.h"

#include <QScopedValueRollback>

#include <algorithm>
#include <functional>

CaseListModel::CaseListModel(const CaseListQuery& query, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(query)
    , m_clock(clock)
    , m_cache(cachedPages * pageSize)
{
    reload();
}

void CaseListModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    reload();
}

bool CaseListModel::tryRead(const std::function<void()>& read)
{
    try {
        read();
        return true;
    } catch (const DatabaseError& error) {
        if (error.kind() != DatabaseError::Kind::Unreachable)
            throw;
    }
    emit readFailed();
    return false;
}

void CaseListModel::reload()
{
    // No fetchMore from the views while they react to the reset: rows inserted inside a reset.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    QList<CaseListRow> first;
    if (!tryRead([&]() { first = m_query.page(m_filter, 0, pageSize); }))
        return;
    beginResetModel();
    m_ids.clear();
    m_cache.clear();
    for (const CaseListRow& r : first)
        m_ids.append(r.id);
    m_atEnd = first.size() < pageSize;
    keep(first, 0);
    endResetModel();
}

int CaseListModel::position(qint64 id) const
{
    return static_cast<int>(std::lower_bound(m_ids.cbegin(), m_ids.cend(), id, std::greater<qint64>())
                            - m_ids.cbegin());
}

void CaseListModel::keep(const QList<CaseListRow>& rows, int near) const
{
    m_cache.store(rows, near, [this](qint64 id) { return position(id); });
}

const CaseListRow* CaseListModel::row(int index) const
{
    if (index < 0 || index >= m_ids.size())
        return nullptr;
    if (const CaseListRow* r = m_cache.find(m_ids.at(index)))
        return r;
    // Read the rows of the page around it that are not in memory.
    const int first = index / pageSize * pageSize;
    QList<qint64> missing;
    for (qint64 id : m_ids.mid(first, pageSize))
        if (!m_cache.find(id))
            missing.append(id);
    QList<CaseListRow> rows;
    try {
        rows = m_query.rowsByIds(missing);
    } catch (const DatabaseError& error) {
        if (error.kind() != DatabaseError::Kind::Unreachable)
            throw;
        return nullptr; // shown empty; read again when it is shown next
    }
    // A case that is gone keeps an empty row with its id.
    QSet<qint64> found;
    for (const CaseListRow& r : std::as_const(rows))
        found.insert(r.id);
    for (qint64 id : std::as_const(missing))
        if (!found.contains(id)) {
            CaseListRow empty;
            empty.id = id;
            rows.append(empty);
        }
    keep(rows, index);
    return m_cache.find(m_ids.at(index));
}

void CaseListModel::refreshCases(const QSet<qint64>& caseIds)
{
    if (caseIds.isEmpty() || caseIds.size() > pageSize) {
        refreshAll();
        return;
    }
    const QScopedValueRollback<bool> guard(m_fetching, true);
    QList<qint64> ids(caseIds.cbegin(), caseIds.cend());
    std::sort(ids.begin(), ids.end(), std::greater<qint64>());
    QList<CaseListRow> matching;
    if (!tryRead([&]() { matching = m_query.matching(m_filter, ids); }))
        return;
    QHash<qint64, CaseListRow> now;
    for (const CaseListRow& r : std::as_const(matching))
        now.insert(r.id, r);
    for (qint64 id : std::as_const(ids)) {
        const int at = position(id);
        const bool held = at < m_ids.size() && m_ids.at(at) == id;
        const auto fresh = now.constFind(id);
        if (held && fresh == now.constEnd()) {
            // The filter no longer matches it.
            beginRemoveRows({}, at, at);
            m_ids.removeAt(at);
            m_cache.remove(id);
            endRemoveRows();
        } else if (held) {
            keep({*fresh}, at);
            emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        } else if (fresh != now.constEnd() && (m_atEnd || (!m_ids.isEmpty() && id > m_ids.last()))) {
            // Among the rows read so far (a row further down comes with its page).
            beginInsertRows({}, at, at);
            m_ids.insert(at, id);
            keep({*fresh}, at);
            endInsertRows();
        }
    }
    if (m_ids.isEmpty() && !m_atEnd)
        reload(); // every row read so far left the filter: read its first page
}

void CaseListModel::refreshAll()
{
    m_cache.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    addNewest();
}

void CaseListModel::addNewest()
{
    const QScopedValueRollback<bool> guard(m_fetching, true);
    QList<CaseListRow> head;
    if (!tryRead([&]() { head = m_query.page(m_filter, 0, pageSize); }))
        return;
    QList<CaseListRow> added;
    for (const CaseListRow& r : head)
        if (m_ids.isEmpty() || r.id > m_ids.first())
            added.append(r);
    if (added.isEmpty())
        return;
    if (added.size() == pageSize && !m_ids.isEmpty()) {
        // More new cases than a page: there may be a gap between them and the rows held.
        reload();
        return;
    }
    const bool wasEmpty = m_ids.isEmpty();
    beginInsertRows({}, 0, static_cast<int>(added.size()) - 1);
    for (qsizetype i = added.size() - 1; i >= 0; --i)
        m_ids.prepend(added.at(i).id);
    keep(added, 0);
    if (wasEmpty)
        m_atEnd = head.size() < pageSize;
    endInsertRows();
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
    QList<CaseListRow> more;
    if (!tryRead([&]() { more = m_query.page(m_filter, m_ids.last(), pageSize); }))
        return; // the view asks again when it scrolls
    m_atEnd = more.size() < pageSize;
    if (more.isEmpty())
        return;
    const int first = static_cast<int>(m_ids.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    for (const CaseListRow& r : more)
        m_ids.append(r.id);
    keep(more, first);
    endInsertRows();
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const CaseListRow* r = row(index.row());
    return r ? CaseRowFormat::data(*r, index.column(), role, m_clock.now(), m_zone) : QVariant();
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return CaseRowFormat::header(section);
}
