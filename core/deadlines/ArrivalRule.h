#pragma once

#include "reference/ReferenceTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

// The grade's on-site rule said aloud (issue 12): grade A asks for a technician on site within
// 24 hours of the plan. An appointment after that is allowed (the customer may ask for a later
// day), but the person planning it is told, in words, by when the rule wanted the technician.
class ArrivalRule
{
    Q_DECLARE_TR_FUNCTIONS(ArrivalRule)
public:
    // The latest arrival the grade's rule allows for a plan made now; invalid when it has none.
    static QDateTime latest(const Grade& grade, const QDateTime& now);
    // Empty when the appointment keeps the rule; else the warning, times in the company's zone.
    static QString warning(const Grade& grade, const QDateTime& appointedAt, const QDateTime& now,
                           const QTimeZone& zone);
};
