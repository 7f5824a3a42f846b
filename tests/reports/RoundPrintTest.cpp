// Issue 15 (R17): the document of a whole round of return visits prints from the command line, in
// English and Chinese, and reads back with every visit, what the customers said and the receipts.
#include "CliPrintout.h"
#include "CliRun.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "VisitedRound.h"
#include "loops/VisitService.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("qualityloop-cli print round prints a round of return visits with each visit and what was said",
          "[reports][cli][loops][rounds]")
{
    TestDatabase t;
    MockClock clock;
    VisitService visits(t.connection(), clock);
    // The key customer (华东…) visited, its record sent to R&D who signed; the other still planned.
    const VisitedRound made = VisitedRound::make(
        t, visits, QStringLiteral("Spring return visits to the refineries"), {t.customerId, t.keyCustomerId});
    const VisitRound& opened = made.round;
    const CustomerVisit& v = made.visit;

    const QString text = CliPrintout::text(QStringLiteral("round"), opened.number, t.path(),
                                           QStringLiteral("return_visit_round_en.pdf"));
    CHECK(text.contains(QStringLiteral("Return-Visit Round")));
    CHECK(text.contains(opened.number));
    CHECK(text.contains(QStringLiteral("Spring return visits to the refineries")));
    CHECK(text.contains(QStringLiteral("2026-03-31")));
    CHECK(text.contains(QStringLiteral("1 of 2"))); // customers visited
    CHECK(text.contains(QStringLiteral("Huadong Petrochemical Co.")));
    CHECK(text.contains(QStringLiteral("华东石化有限公司")));
    CHECK(text.contains(v.number));
    CHECK(text.contains(QStringLiteral("Mr Zhang")));
    CHECK(text.contains(QStringLiteral("交货期需改进")));
    CHECK(text.contains(QStringLiteral("Ship the test reports with the goods")));
    CHECK(text.contains(QStringLiteral("Sent to the departments")));
    CHECK(text.contains(QStringLiteral("General manager")));
    CHECK(text.contains(QStringLiteral("rnd"))); // who signed for R&D

    const QString chinese
        = CliPrintout::text(QStringLiteral("round"), opened.number, t.path(),
                            QStringLiteral("return_visit_round_zh_CN.pdf"), QStringLiteral("zh_CN"));
    CHECK(chinese.contains(QStringLiteral("客户回访轮次")));
    CHECK(chinese.contains(QStringLiteral("总经理")));
    CHECK(chinese.contains(QStringLiteral("Spring return visits to the refineries")));
    CHECK(chinese.contains(QStringLiteral("Mr Zhang")));
    CHECK_FALSE(chinese.contains(QStringLiteral("Return-Visit Round")));
    CHECK_FALSE(chinese.contains(QStringLiteral("General manager")));

    // An unknown round: refused in words, no file; a missing number: wrong usage.
    CliPrintout::refusesUnknown(QStringLiteral("round"), QStringLiteral("VR-1999-00001"), t.path());
    QTemporaryDir dir;
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    CHECK(runCli({QStringLiteral("print"), QStringLiteral("round"), QStringLiteral("--database"), t.path(),
                  QStringLiteral("--output"), none})
              .code
          == 2);
}
