#include "VisitedRound.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

VisitedRound VisitedRound::make(TestDatabase& t, VisitService& visits, const QString& purpose,
                                const QList<qint64>& customerIds)
{
    RoundData data;
    data.purpose = purpose;
    data.from = QDate(2026, 3, 1);
    data.to = QDate(2026, 3, 31);
    data.customerIds = customerIds;
    VisitedRound made;
    made.round = visits.round(visits.openRound(t.manager, data));
    REQUIRE(made.round.visits.size() == customerIds.size());
    CustomerVisit v;
    for (const CustomerVisit& planned : made.round.visits)
        if (planned.customerId == t.keyCustomerId)
            v = planned;
    REQUIRE(v.id > 0);
    VisitRecord rec;
    rec.visitedOn = QDate(2026, 3, 2);
    rec.customerPeople = QStringLiteral("Mr Zhang");
    rec.opinions = QStringLiteral("Valves run well; 交货期需改进");
    rec.suggestions = QStringLiteral("Ship the test reports with the goods");
    visits.record(t.manager, v.id, v.version, rec);
    v = visits.load(v.id);
    visits.send(t.sales, v.id, v.version, {t.rndUnit});
    visits.acknowledge(t.rnd, v.id, t.rndUnit);
    made.visit = visits.load(v.id);
    return made;
}
