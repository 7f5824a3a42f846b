#pragma once

#include "cases/SerialHistory.h"
#include "deadlines/DeadlineClock.h"
#include "domain/QualityCase.h"

#include <QCoreApplication>
#include <QPalette>
#include <QTimeZone>

// Everything about one case as one readable page of HTML for the case view: the customer,
// product, serial and batch with the serial's service history, each step's record, and the
// deadlines with who owes what by when.
class CaseDetailsHtml
{
    Q_DECLARE_TR_FUNCTIONS(CaseDetailsHtml)
public:
    static QString render(const QualityCase& c, const QList<DeadlineClock>& clocks,
                          const QList<SerialCase>& history, const QDateTime& now, const QPalette& palette,
                          const QTimeZone& zone);
};
