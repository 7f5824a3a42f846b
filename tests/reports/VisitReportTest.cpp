// Issue 15 (R15, R17): the customer visit report prints from the command line, in English and
// Chinese, and reads back with what the visit recorded.
#include "CliRun.h"
#include "MockClock.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "loops/VisitService.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE(
    "qualityloop-cli print visit-report prints a return visit with what the customer said and the receipts",
    "[reports][cli][loops]")
{
    TestDatabase t;
    MockClock clock;
    VisitService visits(t.connection(), clock);
    RoundData round;
    round.purpose = QStringLiteral("Spring return visits");
    round.from = QDate(2026, 3, 1);
    round.to = QDate(2026, 3, 31);
    round.customerIds = {t.keyCustomerId};
    CustomerVisit v = visits.round(visits.openRound(t.manager, round)).visits.first();
    VisitRecord rec;
    rec.visitedOn = QDate(2026, 3, 2);
    rec.customerPeople = QStringLiteral("Mr Zhang");
    rec.opinions = QStringLiteral("Valves run well; 交货期需改进");
    rec.suggestions = QStringLiteral("Ship the test reports with the goods");
    visits.record(t.manager, v.id, v.version, rec);
    v = visits.load(v.id);
    visits.send(t.sales, v.id, v.version, {t.rndUnit});
    visits.acknowledge(t.rnd, v.id, t.rndUnit);

    QTemporaryDir dir;
    // Kept in <build>/printouts for people to look at, as the other printouts are.
    const QDir printouts(testPath("QL_PRINTOUTS_DIR"));
    QDir().mkpath(printouts.path());
    const QString en = printouts.filePath(QStringLiteral("customer_visit_report_en.pdf"));
    REQUIRE(runCli({QStringLiteral("print"), QStringLiteral("visit-report"), v.number,
                    QStringLiteral("--database"), t.path(), QStringLiteral("--output"), en})
                .code
            == 0);
    const QString text = PdfText::text(en);
    CHECK(text.contains(QStringLiteral("Customer Visit Report")));
    CHECK(text.contains(v.number));
    CHECK(text.contains(QStringLiteral("华东石化有限公司")));
    CHECK(text.contains(QStringLiteral("Spring return visits")));
    CHECK(text.contains(QStringLiteral("Mr Zhang")));
    CHECK(text.contains(QStringLiteral("Ship the test reports with the goods")));
    CHECK(text.contains(QStringLiteral("Sent to the departments")));
    CHECK(text.contains(QStringLiteral("rnd"))); // who signed for R&D's copy

    const QString zh = printouts.filePath(QStringLiteral("customer_visit_report_zh_CN.pdf"));
    REQUIRE(runCli({QStringLiteral("print"), QStringLiteral("visit-report"), v.number,
                    QStringLiteral("--database"), t.path(), QStringLiteral("--output"), zh,
                    QStringLiteral("--language"), QStringLiteral("zh_CN")})
                .code
            == 0);
    const QString chinese = PdfText::text(zh);
    CHECK(chinese.contains(QStringLiteral("客户走访报告")));
    CHECK(chinese.contains(QStringLiteral("交货期需改进")));
    CHECK(chinese.contains(QStringLiteral("已发送各部门")));

    // A number that is no visit: refused, no file.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const CliRun r
        = runCli({QStringLiteral("print"), QStringLiteral("visit-report"), QStringLiteral("CV-1999-00001"),
                  QStringLiteral("--database"), t.path(), QStringLiteral("--output"), none});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("CV-1999-00001")));
    CHECK_FALSE(QFile::exists(none));
}
