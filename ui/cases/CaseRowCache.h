#pragma once

#include "cases/CaseListQuery.h"

#include <QHash>

#include <functional>

// The rows of a long case list that are in memory, by case id, at most capacity of them.
// When it is full, the rows farthest from where the view reads now are dropped; the list
// reads them again by id if they are shown again. Kept by id, not by position, so rows added
// to or removed from the list leave every other row in place.
class CaseRowCache
{
public:
    explicit CaseRowCache(int capacity);

    const CaseListRow* find(qint64 id) const;
    // Keeps the rows (replacing those of the same cases), making room first: position(id) says
    // where a row stands in the list, near where the view reads now.
    void store(const QList<CaseListRow>& rows, int near, const std::function<int(qint64)>& position);
    void remove(qint64 id) { m_rows.remove(id); }
    void clear() { m_rows.clear(); }
    int size() const { return static_cast<int>(m_rows.size()); }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    QHash<qint64, CaseListRow> m_rows;
};
