#pragma once

#include "cases/CaseListQuery.h"
#include "cases/CaseRowFormat.h"

#include <QAbstractTableModel>

// The case list, newest first, read a page at a time by keyset as the view scrolls:
// it never fetches the whole table and never uses OFFSET.
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

    CaseListModel(const CaseListQuery& query, const Clock& clock, QObject* parent = nullptr);

    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    void reload();
    qint64 caseId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const CaseListQuery& m_query;
    const Clock& m_clock;
    CaseFilter m_filter;
    QList<CaseListRow> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
};
