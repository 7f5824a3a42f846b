#include "admin/CalendarDaysModel.h"

#include "calendar/CalendarService.h"
#include "common/Palette.h"

#include <QGuiApplication>
#include <QLocale>

void CalendarDaysModel::setDays(QList<CalendarDay> days)
{
    beginResetModel();
    m_days = std::move(days);
    endResetModel();
}

int CalendarDaysModel::rowOf(const QDate& date) const
{
    for (int row = 0; row < m_days.size(); ++row)
        if (m_days.at(row).date == date)
            return row;
    return -1;
}

int CalendarDaysModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_days.size());
}

int CalendarDaysModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarDaysModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_days.size())
        return {};
    const CalendarDay& d = m_days.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return d.date.toString(Qt::ISODate);
        case WeekdayColumn:
            return QLocale().dayName(d.date.dayOfWeek(), QLocale::ShortFormat);
        case KindColumn:
            return CalendarService::kindName(d.kind);
        case NameColumn:
            return d.name;
        case NameZhColumn:
            return d.nameZh;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == KindColumn) {
        // Days off in the colour of the deadlines that pass, days worked in that of those met.
        const QPalette palette = QGuiApplication::palette();
        return d.kind == CalendarDay::Kind::Holiday ? Palette::overdue(palette) : Palette::onTime(palette);
    }
    if (role == Qt::AccessibleTextRole && index.column() == DateColumn)
        return QLocale().toString(d.date, QLocale::LongFormat);
    return {};
}

QVariant CalendarDaysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case WeekdayColumn:
        return tr("Weekday");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case NameZhColumn:
        return tr("Chinese name");
    default:
        return {};
    }
}

void CalendarDaysModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_days.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
