#include "cases/CaseRowCache.h"

#include <algorithm>

CaseRowCache::CaseRowCache(int capacity)
    : m_capacity(capacity)
{
}

const CaseListRow* CaseRowCache::find(qint64 id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.constEnd() ? nullptr : &*it;
}

void CaseRowCache::store(const QList<CaseListRow>& rows, int near, const std::function<int(qint64)>& position)
{
    const qsizetype over = m_rows.size() + rows.size() - m_capacity;
    if (over > 0 && !m_rows.isEmpty()) {
        // Drop a tenth more than needed, so that this sort is not paid again at the next page.
        const qsizetype drop = std::min<qsizetype>(m_rows.size(), over + m_capacity / 10);
        QList<QPair<int, qint64>> byDistance;
        byDistance.reserve(m_rows.size());
        for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it)
            byDistance.append({std::abs(position(it.key()) - near), it.key()});
        std::nth_element(byDistance.begin(), byDistance.begin() + (drop - 1), byDistance.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (qsizetype i = 0; i < drop; ++i)
            m_rows.remove(byDistance.at(i).second);
    }
    for (const CaseListRow& r : rows)
        m_rows.insert(r.id, r);
}
