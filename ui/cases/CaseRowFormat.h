#pragma once

#include "cases/CaseListQuery.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QVariant>

// How a row of cases shows in every list (the case list, My work, the flow chart's lists):
// the columns, their headers, and the deadline colours.
class CaseRowFormat
{
    Q_DECLARE_TR_FUNCTIONS(CaseRowFormat)
public:
    static constexpr int IdRole = Qt::UserRole + 1; // the case id of the row
    enum Column
    {
        Number,
        Received,
        Customer,
        Product,
        Serial,
        Grade,
        Status,
        NextStep,
        DueAt,
        ColumnCount
    };

    // Times show in the company's zone (DeadlineRules::zone), to the minute.
    static QVariant data(const CaseListRow& row, int column, int role, const QDateTime& now,
                         const QTimeZone& zone);
    static QVariant header(int column);
};
