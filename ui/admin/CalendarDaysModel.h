#pragma once

#include "calendar/CalendarDay.h"

#include <QAbstractTableModel>
#include <QList>

// The holidays and make-up working days of one year (a few dozen rows), for the calendar's
// table: date, weekday, kind and the names in both languages.
class CalendarDaysModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        WeekdayColumn,
        KindColumn,
        NameColumn,
        NameZhColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDays(QList<CalendarDay> days);
    const CalendarDay& day(int row) const { return m_days.at(row); }
    int rowOf(const QDate& date) const; // -1 when the date has no row

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Names of weekdays and kinds follow the window's language.
    void retranslate();

private:
    QList<CalendarDay> m_days;
};
