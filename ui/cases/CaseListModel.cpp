#include "cases/CaseListModel.h"

#include "deadlines/DeadlineCalculator.h"
#include "domain/CaseStatus.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

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
    return !parent.isValid() && !m_atEnd;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseListRow& r = m_rows.at(index.row());
    const bool overdue = r.nextDueAt.isValid() && r.nextDueAt < m_clock.now();
    if (role == Qt::ForegroundRole && overdue && (index.column() == DueAt || index.column() == NextStep))
        return QBrush(QColor(0xc0, 0x1c, 0x28));
    if (role == Qt::ToolTipRole && overdue)
        return tr("Overdue");
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Number:
        return r.number;
    case Received:
        return locale.toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat);
    case Customer:
        return r.keyCustomer ? r.customer + QStringLiteral(" ★") : r.customer;
    case Product:
        return r.model;
    case Serial:
        return r.serialNo;
    case Grade:
        return r.grade;
    case Status:
        return CaseStatuses::displayName(CaseStatuses::fromCode(r.status));
    case NextStep:
        return DeadlineCalculator::stepText(r.nextStep);
    case DueAt:
        return r.nextDueAt.isValid() ? locale.toString(r.nextDueAt.toLocalTime(), QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Case");
    case Received:
        return tr("Received");
    case Customer:
        return tr("Customer");
    case Product:
        return tr("Product");
    case Serial:
        return tr("Serial no.");
    case Grade:
        return tr("Grade");
    case Status:
        return tr("Status");
    case NextStep:
        return tr("Next step");
    case DueAt:
        return tr("Due");
    default:
        return {};
    }
}
