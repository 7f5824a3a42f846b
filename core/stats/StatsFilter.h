#pragma once

#include "cases/CaseFilter.h"

#include <QDate>
#include <QTimeZone>

// The period and the filters a statistic is counted for (issue 13): the days from "from" to
// "to", both whole, in the company's time zone; then a product line, a customer, a responsible
// unit, a grade, key customers only (0 / false: all).
struct StatsFilter
{
    QDate from;
    QDate to;
    qint64 productLineId = 0;
    qint64 customerId = 0;
    qint64 unitId = 0;
    qint64 gradeId = 0;
    bool keyCustomersOnly = false;

    QDateTime start(const QTimeZone& zone) const { return QDateTime(from, QTime(0, 0), zone).toUTC(); }
    QDateTime end(const QTimeZone& zone) const { return QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC(); }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // The filters without the period.
    CaseFilter common() const
    {
        CaseFilter f;
        f.productLineId = productLineId;
        f.customerId = customerId;
        f.unitId = unitId;
        f.gradeId = gradeId;
        f.keyCustomersOnly = keyCustomersOnly;
        return f;
    }
    // The cases received in the period under the filters.
    CaseFilter received(const QTimeZone& zone) const
    {
        CaseFilter f = common();
        f.receivedFrom = start(zone);
        f.receivedTo = end(zone);
        return f;
    }
};
