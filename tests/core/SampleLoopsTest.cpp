#include "MockClock.h"
#include "TestDatabase.h"
#include "db/Sql.h"
#include "loops/CallbackQuery.h"
#include "loops/RequirementService.h"
#include "loops/SurveyService.h"
#include "loops/VisitService.h"
#include "sample/SampleData.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
int count(const QSqlDatabase& db, const QString& sql)
{
    return Sql::scalar(db, sql).toInt();
}
} // namespace

TEST_CASE("The demonstration's sample data has the customer loops in every state", "[loops][sample]")
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("demo.sqlite")));
    const QSqlDatabase c = db.connection();
    const QDateTime now(QDate(2026, 6, 15), QTime(2, 0), Qt::UTC);
    SampleOptions options;
    options.cases = 300;
    options.photos = false;
    options.now = now;
    options.loops = true;
    SampleData::generate(c, options);
    MockClock clock(now);

    // R16: calls made with each view, an objection that became a case, calls still owed.
    CHECK(count(c, QStringLiteral("SELECT count(DISTINCT opinion) FROM batch_callbacks")) == 3);
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM batch_callbacks WHERE case_id IS NOT NULL")) == 1);
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM cases"))
          == 300); // the objection's case is one of them
    CHECK(CallbackQuery(c, clock).openCount().first > 0);
    // R17: a round's visits planned, recorded, sent and filed.
    for (const char* status : {"planned", "recorded", "sent", "filed"})
        CHECK(count(c,
                    QStringLiteral(
                        "SELECT count(*) FROM customer_visits WHERE kind = 'return' AND status = '%1'")
                        .arg(QLatin1String(status)))
              > 0);
    // R18: last year's survey reviewed with a finding, this year's open with answers.
    SurveyService surveys(c, clock);
    CHECK(surveys.load(2025).status() == SurveyStatus::Reviewed);
    CHECK(surveys.load(2025).findings.size() == 1);
    CHECK(surveys.load(2026).status() == SurveyStatus::Open);
    CHECK(surveys.load(2026).answeredCount() == 3);
    // R20: the orders to prepare not recorded, partly checked and ready.
    RequirementService requirements(c, clock);
    CHECK_FALSE(requirements.load(QStringLiteral("SO-DEMO-1")).isRecorded());
    CHECK(requirements.load(QStringLiteral("SO-DEMO-2")).missingDocuments() == 2);
    CHECK(requirements.load(QStringLiteral("SO-DEMO-3")).isReady());
    CHECK(requirements.orders(now.date(), requirements.noticeUntil(), true, {}, {}, 10).size() == 2);
}
