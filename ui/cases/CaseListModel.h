#pragma once

#include "cases/CaseListQuery.h"
#include "cases/CaseRowCache.h"
#include "cases/CaseRowFormat.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimeZone>

#include <functional>

// The case list, newest first, read a page at a time by keyset as the view scrolls:
// it never fetches the whole table and never uses OFFSET. Only the ids of the rows seen are
// kept for good (8 bytes a row); the rows themselves live in a bounded cache, and a page whose
// rows fell out is read again by its ids, so memory stays flat however far one scrolls.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number = CaseRowFormat::Number,
        Received = CaseRowFormat::Received,
        Customer = CaseRowFormat::Customer,
        Product = CaseRowFormat::Product,
        Serial = CaseRowFormat::Serial,
        Grade = CaseRowFormat::Grade,
        Status = CaseRowFormat::Status,
        NextStep = CaseRowFormat::NextStep,
        DueAt = CaseRowFormat::DueAt,
        ColumnCount = CaseRowFormat::ColumnCount
    };
    static constexpr int pageSize = 200;
    static constexpr int cachedPages = 40; // at most 8,000 rows in memory

    CaseListModel(const CaseListQuery& query, const Clock& clock, QObject* parent = nullptr);

    // The company's time zone, in which the times of the rows show (default: the machine's).
    void setZone(const QTimeZone& zone) { m_zone = zone; }
    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    void reload();
    // Brings the rows of these cases up to date after another program saved them, and leaves
    // every other row (and so the view's selection) where it is: a row is updated, removed
    // when the filter no longer matches it, or added in its place (new cases at the top).
    // Only these cases are read. An empty set: every row is read again when it is shown, and
    // cases that are new at the top are added.
    void refreshCases(const QSet<qint64>& caseIds);
    qint64 caseId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // A read met a lost connection to the database server (issue 16.3): the rows shown stay as
    // they were, and the next read tries again.
    void readFailed();

private:
    // Runs a read; false (and readFailed) when the database server cannot be reached.
    bool tryRead(const std::function<void()>& read);
    const CaseListRow* row(int index) const;
    void keep(const QList<CaseListRow>& rows, int near) const;
    int position(qint64 id) const; // where the id is, or would go (newest first)
    void refreshAll();
    void addNewest();

    const CaseListQuery& m_query;
    const Clock& m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    CaseFilter m_filter;
    QList<qint64> m_ids;
    mutable CaseRowCache m_cache;
    bool m_atEnd = false;
    bool m_fetching = false;
};
