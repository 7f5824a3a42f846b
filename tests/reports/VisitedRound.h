#pragma once

#include "loops/VisitService.h"

#include <QList>
#include <QString>

class TestDatabase;

// The story the printouts of the customer visits stand on (issue 15, R17): the general manager
// opens a round of return visits for March 2026 to the customers given; the key customer
// (华东石化有限公司) is visited on 2 March, Mr Zhang's opinions (some in Chinese) and suggestions
// recorded, the record sent to R&D, who signed for it.
struct VisitedRound
{
    static VisitedRound make(TestDatabase& t, VisitService& visits, const QString& purpose,
                             const QList<qint64>& customerIds);

    VisitRound round; // as it was opened, every visit planned
    CustomerVisit visit; // the key customer's, after R&D signed for it
};
