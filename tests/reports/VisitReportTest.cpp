// Issue 15 (R15, R17): the customer visit report prints from the command line, in English and
// Chinese, and reads back with what the visit recorded.
#include "CliPrintout.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "VisitedRound.h"
#include "loops/VisitService.h"

#include <catch2/catch.hpp>

TEST_CASE(
    "qualityloop-cli print visit-report prints a return visit with what the customer said and the receipts",
    "[reports][cli][loops]")
{
    TestDatabase t;
    MockClock clock;
    VisitService visits(t.connection(), clock);
    const CustomerVisit v
        = VisitedRound::make(t, visits, QStringLiteral("Spring return visits"), {t.keyCustomerId}).visit;

    const QString text = CliPrintout::text(QStringLiteral("visit-report"), v.number, t.path(),
                                           QStringLiteral("customer_visit_report_en.pdf"));
    CHECK(text.contains(QStringLiteral("Customer Visit Report")));
    CHECK(text.contains(v.number));
    CHECK(text.contains(QStringLiteral("华东石化有限公司")));
    CHECK(text.contains(QStringLiteral("Spring return visits")));
    CHECK(text.contains(QStringLiteral("Mr Zhang")));
    CHECK(text.contains(QStringLiteral("Ship the test reports with the goods")));
    CHECK(text.contains(QStringLiteral("Sent to the departments")));
    CHECK(text.contains(QStringLiteral("rnd"))); // who signed for R&D's copy

    const QString chinese
        = CliPrintout::text(QStringLiteral("visit-report"), v.number, t.path(),
                            QStringLiteral("customer_visit_report_zh_CN.pdf"), QStringLiteral("zh_CN"));
    CHECK(chinese.contains(QStringLiteral("客户走访报告")));
    CHECK(chinese.contains(QStringLiteral("交货期需改进")));
    CHECK(chinese.contains(QStringLiteral("已发送各部门")));

    // A number that is no visit: refused, no file.
    CliPrintout::refusesUnknown(QStringLiteral("visit-report"), QStringLiteral("CV-1999-00001"), t.path());
}
