// Issue 4: the company's name, address and logo on the paper, and the deadline defaults,
// set by an administrator; core refuses anyone else and names each wrong value.
#include "admin/SettingsService.h"

#include "MockClock.h"
#include "TestDatabase.h"
#include "UserError.h"
#include "reports/CompanyProfile.h"

#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("An administrator sets the company and the deadlines: they survive a restart", "[settings]")
{
    TestDatabase t;
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("logo.png"));
    QImage big(2400, 1200, QImage::Format_RGB32);
    big.fill(Qt::darkBlue);
    REQUIRE(big.save(png));

    SettingsService settings(t.connection());
    CompanySettings company;
    company.name = QStringLiteral("  Hengli Valve Co., Ltd.  ");
    company.address = QStringLiteral("8 Industrial Road\nWenzhou, Zhejiang");
    company.logo = SettingsService::logoFromFile(png);
    CHECK(company.logo.startsWith(QStringLiteral("data:image/png;base64,")));
    DeadlineRules rules = settings.deadlines();
    rules.firstVisitDays = 5;
    rules.workdays = {1, 2, 3, 4, 5, 6};
    settings.save(t.admin, company, rules);

    t.reopen();
    const CompanyProfile paper = CompanyProfile::load(t.connection());
    CHECK(paper.name == QStringLiteral("Hengli Valve Co., Ltd."));
    CHECK(paper.address.contains(QStringLiteral("Wenzhou")));
    REQUIRE_FALSE(paper.logo.isNull());
    CHECK(paper.logo.width() == 800); // scaled to print size, shape kept
    CHECK(paper.logo.height() == 400);
    const DeadlineRules again = SettingsService(t.connection()).deadlines();
    CHECK(again.firstVisitDays == 5);
    CHECK(again.workdays.contains(6));
}

TEST_CASE("Settings refuse wrong values and anyone but an administrator, and keep what was saved",
          "[settings]")
{
    TestDatabase t;
    SettingsService settings(t.connection());
    const CompanySettings before = settings.company();
    CompanySettings company;
    company.name = QStringLiteral("Hengli Valve Co., Ltd.");
    const DeadlineRules rules = settings.deadlines();
    CHECK_THROWS_AS(settings.save(t.quality, company, rules), UserError);
    CHECK_THROWS_AS(settings.save(t.manager, company, rules), UserError);

    company.name = QStringLiteral("   ");
    company.logo = QStringLiteral("data:image/png;base64,bm90IGFuIGltYWdl");
    DeadlineRules bad = rules;
    bad.workdays.clear();
    bad.secondVisitDays = bad.firstVisitDays;
    try {
        settings.save(t.admin, company, bad);
        FAIL("wrong settings were saved");
    } catch (const UserError& e) {
        CHECK(e.fieldErrors().keys()
              == QStringList {QStringLiteral("companyLogo"), QStringLiteral("companyName"),
                              QStringLiteral("secondVisitDays"), QStringLiteral("workdays")});
    }
    CHECK(settings.company().name == before.name);
    CHECK(settings.deadlines().workdays == rules.workdays);

    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("logo.png"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("this is not a picture");
    file.close();
    CHECK_THROWS_AS(SettingsService::logoFromFile(text), UserError);
}
