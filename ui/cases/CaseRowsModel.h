#pragma once

#include "Clock.h"
#include "cases/CaseListQuery.h"

#include <QAbstractTableModel>
#include <QTimeZone>

// A short list of cases held whole (a queue heading, at most a few hundred rows).
class CaseRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CaseRowsModel(const Clock& clock, QObject* parent = nullptr);
    // The company's time zone, in which the times of the rows show (default: the machine's).
    void setZone(const QTimeZone& zone) { m_zone = zone; }
    void setRows(const QList<CaseListRow>& rows);
    qint64 caseId(int row) const;
    CaseListRow row(int row) const; // an empty row outside the list

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Clock& m_clock;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<CaseListRow> m_rows;
};
