#pragma once

#include "lists/ListQuery.h"

#include <QAbstractTableModel>
#include <QHash>

// One of the company's lists as a table, read a page at a time by keyset as the view scrolls
// (like the case list): the ids of the rows seen are kept, the rows themselves in a bounded
// cache of pages, each page re-read from the cursor that starts it. A list of 500,000 serial
// numbers scrolls in the memory of a few thousand rows. Sorting asks core again (keyset on the
// sort column); only the columns core can sort cheaply sort.
class ListTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int pageSize = 200;
    static constexpr int cachedPages = 20;

    explicit ListTableModel(const ListQuery& query, QObject* parent = nullptr);

    void setFilter(const ListFilter& filter);
    const ListFilter& filter() const { return m_filter; }
    void reload();
    qint64 entryId(int row) const;
    bool isActive(int row) const;
    int rowOf(qint64 id) const; // -1 when not loaded
    const ListQuery& query() const { return m_query; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    const ListRow* row(int index) const;
    void remember(int page, QList<ListRow> rows) const;

    const ListQuery& m_query;
    QList<ListColumnInfo> m_columns;
    ListFilter m_filter;
    QList<qint64> m_ids;
    QList<ListCursor> m_pageStarts; // where each page starts
    mutable QHash<int, QList<ListRow>> m_pages;
    ListCursor m_end; // after the last row read
    bool m_atEnd = false;
    bool m_fetching = false;
};
