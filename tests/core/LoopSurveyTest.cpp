#include "MockClock.h"
#include "Refusal.h"
#include "TestDatabase.h"
#include "UserError.h"
#include "loops/SurveyRepository.h"
#include "loops/SurveyService.h"
#include "reference/ReferenceData.h"

#include <catch2/catch.hpp>

namespace {
SurveyAnswer answer(int quality, int delivery, const QString& comments)
{
    return {QDate(2026, 12, 20), quality, delivery, comments};
}
} // namespace

TEST_CASE("R18 the year-end survey: letters to the customers supplied, answers, summary to Quality, review",
          "[loops][survey]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
    const ReferenceData ref(t.connection());
    // Supplied in 2026: the key customer (Chinese name); the other customer's batch was in 2025.
    ref.addShipment(QStringLiteral("SO-9100"), QStringLiteral("B2026-100"), t.keyCustomerId,
                    QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC));
    SurveyService surveys(t.connection(), clock);
    CHECK(surveys.defaultCustomers(2026) == QList<qint64> {t.keyCustomerId});
    CHECK(refusal([&] { surveys.load(2026); }) == QStringLiteral("There is no satisfaction survey of 2026."));

    const QList<qint64> both {t.customerId, t.keyCustomerId};
    CHECK(refusal([&] { surveys.open(t.quality, 2026, both, QDate(2027, 1, 15)); })
          == QStringLiteral("Only the Sales Department can run the satisfaction survey."));
    CHECK(fieldsOf([&] { surveys.open(t.sales, 2027, {}, QDate(2026, 11, 1)); })
          == QStringList {QStringLiteral("customers"), QStringLiteral("replyBy"), QStringLiteral("year")});
    const qint64 id = surveys.open(t.sales, 2026, both, QDate(2027, 1, 15));
    CHECK(refusal([&] {
              surveys.open(t.sales, 2026, both, QDate(2027, 1, 15));
          }).contains(QStringLiteral("has already started")));
    Survey s = surveys.load(2026);
    CHECK(s.number == QStringLiteral("SV-2026"));
    REQUIRE(s.letters.size() == 2);
    QHash<qint64, SurveyLetter> letters;
    for (const SurveyLetter& l : s.letters)
        letters.insert(l.customerId, l);
    // Each letter in the customer's language.
    CHECK(letters.value(t.keyCustomerId).language == QStringLiteral("zh_CN"));
    CHECK(letters.value(t.customerId).language == QStringLiteral("en"));

    // Nothing to report before an answer.
    CHECK(refusal([&] {
              surveys.report(t.sales, id, QStringLiteral("x"));
          }).startsWith(QStringLiteral("No answer")));
    clock.set(QDateTime(QDate(2026, 12, 21), QTime(2, 0), Qt::UTC));
    CHECK(fieldsOf([&] { surveys.recordAnswer(t.sales, letters.value(t.customerId).id, answer(0, 6, {})); })
          == QStringList {QStringLiteral("deliveryScore"), QStringLiteral("qualityScore")});
    SurveyAnswer future = answer(4, 4, {});
    future.answeredOn = QDate(2026, 12, 30);
    CHECK(fieldsOf([&] { surveys.recordAnswer(t.sales, letters.value(t.customerId).id, future); })
          == QStringList {QStringLiteral("answeredOn")});
    surveys.recordAnswer(t.sales, letters.value(t.customerId).id, answer(4, 2, QStringLiteral("Late twice")));
    surveys.recordAnswer(t.sales, letters.value(t.keyCustomerId).id, answer(5, 3, QStringLiteral("好")));

    const SurveyYearFigures f = SurveyRepository(t.connection()).figures(2026);
    CHECK(f.letters == 2);
    CHECK(f.answered == 2);
    CHECK(f.quality == Approx(4.5));
    CHECK(f.delivery == Approx(2.5));
    CHECK(f.qualityCounts[3] == 1);
    CHECK(f.qualityCounts[4] == 1);
    CHECK(f.deliveryCounts[1] == 1);
    CHECK_FALSE(SurveyRepository(t.connection()).figures(2025).exists);

    // Quality cannot review before the summary comes; Sales sends it with the analysis.
    CHECK(refusal([&] { surveys.review(t.quality, id, QStringLiteral("x")); })
          == QStringLiteral("The summary of the survey has not been sent to Quality yet."));
    CHECK(fieldsOf([&] { surveys.report(t.sales, id, QStringLiteral(" ")); })
          == QStringList {QStringLiteral("analysis")});
    surveys.report(t.sales, id, QStringLiteral("Quality is fine; delivery dates are the weak point."));
    CHECK(refusal([&] {
              surveys.recordAnswer(t.sales, letters.value(t.customerId).id, answer(1, 1, {}));
          }).contains(QStringLiteral("can no longer be recorded")));

    // Quality names an improvement opportunity with its owner and due day: a corrective action requested.
    FindingData finding {QStringLiteral("Delivery dates slip"), t.mfgUnit, QDate(2027, 3, 31)};
    CHECK(refusal([&] { surveys.addFinding(t.sales, id, finding); })
          == QStringLiteral(
              "Only the Quality Department can review the survey and name improvement opportunities."));
    FindingData noOwner = finding;
    noOwner.ownerUnitId = 0;
    noOwner.dueOn = QDate(2026, 12, 1);
    CHECK(fieldsOf([&] { surveys.addFinding(t.quality, id, noOwner); })
          == QStringList {QStringLiteral("dueOn"), QStringLiteral("ownerUnitId")});
    surveys.addFinding(t.quality, id, finding);
    surveys.review(t.quality, id, QStringLiteral("Manufacturing to plan for delivery dates"));

    t.reopen();
    s = SurveyService(t.connection(), clock).load(2026);
    CHECK(s.status() == SurveyStatus::Reviewed);
    CHECK(s.answeredCount() == 2);
    REQUIRE(s.findings.size() == 1);
    CHECK(s.findings.first().ownerUnitId == t.mfgUnit);
    CHECK(s.findings.first().dueOn == QDate(2027, 3, 31));
    CHECK(s.findings.first().actionRaised); // raised in the improvement loop (issue 14)
    CHECK(refusal([&] {
              SurveyService(t.connection(), clock).review(t.quality, id, QStringLiteral("again"));
          }).contains(QStringLiteral("already closed")));
}
