// Issue 15 (R17): the document of a whole round of return visits prints from the command line, in
// English and Chinese, and reads back with every visit, what the customers said and the receipts.
#include "CliRun.h"
#include "MockClock.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "loops/VisitService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("qualityloop-cli print round prints a round of return visits with each visit and what was said",
          "[reports][cli][loops][rounds]")
{
    TestDatabase t;
    MockClock clock;
    VisitService visits(t.connection(), clock);
    RoundData round;
    round.purpose = QStringLiteral("Spring return visits to the refineries");
    round.from = QDate(2026, 3, 1);
    round.to = QDate(2026, 3, 31);
    round.customerIds = {t.customerId, t.keyCustomerId};
    const VisitRound opened = visits.round(visits.openRound(t.manager, round));
    REQUIRE(opened.visits.size() == 2);
    // The key customer (华东…) visited, its record sent to R&D who signed; the other still planned.
    CustomerVisit v = opened.visits.at(opened.visits.at(0).customerId == t.keyCustomerId ? 0 : 1);
    VisitRecord rec;
    rec.visitedOn = QDate(2026, 3, 2);
    rec.customerPeople = QStringLiteral("Mr Zhang");
    rec.opinions = QStringLiteral("Valves run well; 交货期需改进");
    rec.suggestions = QStringLiteral("Ship the test reports with the goods");
    visits.record(t.manager, v.id, v.version, rec);
    v = visits.load(v.id);
    visits.send(t.sales, v.id, v.version, {t.rndUnit});
    visits.acknowledge(t.rnd, v.id, t.rndUnit);

    const QDir printouts(testPath("QL_PRINTOUTS_DIR"));
    QDir().mkpath(printouts.path());
    const QString en = printouts.filePath(QStringLiteral("return_visit_round_en.pdf"));
    REQUIRE(runCli({QStringLiteral("print"), QStringLiteral("round"), opened.number,
                    QStringLiteral("--database"), t.path(), QStringLiteral("--output"), en})
                .code
            == 0);
    const QString text = PdfText::text(en);
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

    const QString zh = printouts.filePath(QStringLiteral("return_visit_round_zh_CN.pdf"));
    REQUIRE(runCli({QStringLiteral("print"), QStringLiteral("round"), opened.number,
                    QStringLiteral("--database"), t.path(), QStringLiteral("--output"), zh,
                    QStringLiteral("--language"), QStringLiteral("zh_CN")})
                .code
            == 0);
    const QString chinese = PdfText::text(zh);
    CHECK(chinese.contains(QStringLiteral("客户回访轮次")));
    CHECK(chinese.contains(QStringLiteral("总经理")));
    CHECK(chinese.contains(QStringLiteral("Spring return visits to the refineries")));
    CHECK(chinese.contains(QStringLiteral("Mr Zhang")));
    CHECK_FALSE(chinese.contains(QStringLiteral("Return-Visit Round")));
    CHECK_FALSE(chinese.contains(QStringLiteral("General manager")));

    // An unknown round: refused in words, no file; a missing number: wrong usage.
    QTemporaryDir dir;
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    const CliRun r
        = runCli({QStringLiteral("print"), QStringLiteral("round"), QStringLiteral("VR-1999-00001"),
                  QStringLiteral("--database"), t.path(), QStringLiteral("--output"), none});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("VR-1999-00001")));
    CHECK_FALSE(QFile::exists(none));
    CHECK(runCli({QStringLiteral("print"), QStringLiteral("round"), QStringLiteral("--database"), t.path(),
                  QStringLiteral("--output"), none})
              .code
          == 2);
}
