#include "FlowDriver.h"
#include "LatestCase.h"
#include "cases/CaseChanges.h"
#include "deadlines/ArrivalRule.h"
#include "deadlines/DueText.h"
#include "reference/ReferenceData.h"

#include <catch2/catch.hpp>

namespace {
const QTimeZone shanghai("Asia/Shanghai");
}

TEST_CASE("A unit's deadline is typed as a date or as a span: an impossible date is refused", "[duties]")
{
    const QDateTime now(QDate(2026, 3, 2), QTime(1, 0, 30), Qt::UTC); // 09:00:30 in Shanghai
    CHECK(DueText::parse(QStringLiteral("3 days"), now, shanghai)
          == QDateTime(QDate(2026, 3, 5), QTime(1, 0), Qt::UTC));
    CHECK(DueText::parse(QStringLiteral("+7d"), now, shanghai)
          == QDateTime(QDate(2026, 3, 9), QTime(1, 0), Qt::UTC));
    CHECK(DueText::parse(QStringLiteral("3 天"), now, shanghai)
          == QDateTime(QDate(2026, 3, 5), QTime(1, 0), Qt::UTC));
    CHECK(DueText::parse(QStringLiteral("48h"), now, shanghai)
          == QDateTime(QDate(2026, 3, 4), QTime(1, 0), Qt::UTC));
    CHECK(DueText::parse(QStringLiteral("2026-03-05 17:00"), now, shanghai)
          == QDateTime(QDate(2026, 3, 5), QTime(9, 0), Qt::UTC));
    // Read as every date field reads a date (core/dates): in words, and a date alone is its day's end.
    CHECK(DueText::parse(QStringLiteral("tomorrow 9:00"), now, shanghai)
          == QDateTime(QDate(2026, 3, 3), QTime(1, 0), Qt::UTC));
    CHECK(DueText::parse(QStringLiteral("2026-03-05"), now, shanghai)
          == QDateTime(QDate(2026, 3, 5), QTime(15, 59), Qt::UTC));
    CHECK_FALSE(DueText::parse(QStringLiteral("2026-02-30 17:00"), now, shanghai).isValid());
    CHECK_FALSE(DueText::parse(QStringLiteral("soon"), now, shanghai).isValid());
    CHECK_FALSE(DueText::parse(QStringLiteral("0 days"), now, shanghai).isValid());
}

TEST_CASE("An appointed arrival later than the grade's on-site rule is warned about, in words", "[duties]")
{
    Grade a;
    a.code = QStringLiteral("A");
    a.arrivalHours = 24;
    const QDateTime now(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
    CHECK(ArrivalRule::warning(a, now.addSecs(20 * 3600), now, shanghai).isEmpty());
    const QString late = ArrivalRule::warning(a, now.addSecs(30 * 3600), now, shanghai);
    CHECK(late.contains(QStringLiteral("2026-03-03 09:00"))); // the rule's limit, Shanghai time
    CHECK(late.contains(QStringLiteral("2026-03-03 15:00"))); // the appointment
    CHECK(late.contains(QStringLiteral("24")));
}

TEST_CASE("The timeline says fields and values in words, never columns, ids or ISO times", "[duties]")
{
    TestDatabase t;
    FlowDriver d(t);
    const qint64 id = d.log();
    d.toSheetIssued(id);
    const QList<CaseChange> all = CaseChanges(t.connection(), shanghai, d.clock.now()).since(id, -1);
    REQUIRE(all.size() > 10);
    QStringList lines;
    for (const CaseChange& c : all)
        lines.append(c.record + u' ' + c.field + u' ' + c.oldValue + u' ' + c.newValue);
    const QString text = lines.join(u'\n');
    CHECK(text.contains(QStringLiteral("Responsible unit Manufacturing")));
    CHECK(text.contains(QStringLiteral("Sent to Quality")));
    for (const char* raw : {"case_id", "owner_unit_id", "due_at", "unit_id", "T0", "Z\n", " logged"})
        CHECK_FALSE(text.contains(QLatin1String(raw)));
}
