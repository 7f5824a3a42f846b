// Issue 12.6: a time is shown in the company's time zone, to the minute, in the person's
// language, whatever the machine's own zone is.
#include "dates/CompanyTime.h"

#include <catch2/catch.hpp>

TEST_CASE("A moment shows in the company's zone to the minute", "[dates][companytime]")
{
    // 16:30:45 UTC on 4 March is 00:30 on 5 March in Shanghai and 11:30 on 4 March in New York.
    const QDateTime at(QDate(2026, 3, 4), QTime(16, 30, 45), Qt::UTC);
    const QTimeZone shanghai("Asia/Shanghai");
    const QTimeZone newYork("America/New_York");
    REQUIRE(shanghai.isValid());
    REQUIRE(newYork.isValid());

    SECTION("the compact form of list columns")
    {
        CHECK(CompanyTime::compact(at, shanghai) == QStringLiteral("2026-03-05 00:30"));
        CHECK(CompanyTime::compact(at, newYork) == QStringLiteral("2026-03-04 11:30"));
    }
    SECTION("the day across midnight")
    {
        CHECK(CompanyTime::day(at, shanghai) == QDate(2026, 3, 5));
        CHECK(CompanyTime::day(at, newYork) == QDate(2026, 3, 4));
    }
    SECTION("the person's language, without seconds")
    {
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        const QString en = CompanyTime::minutes(at, shanghai, english);
        const QString zh = CompanyTime::minutes(at, shanghai, chinese);
        CHECK(en == english.toString(QDate(2026, 3, 5), QLocale::ShortFormat) + QStringLiteral(" 00:30"));
        CHECK(zh.startsWith(QStringLiteral("2026/3/5")));
        CHECK(zh.endsWith(QStringLiteral("00:30")));
        for (const QString& text : {en, zh, CompanyTime::minutes(at, newYork, english)}) {
            CHECK_FALSE(text.contains(QStringLiteral(":45")));
            CHECK_FALSE(text.contains(QStringLiteral("16:30")));
        }
        CHECK(CompanyTime::minutes(at, newYork, english).contains(QStringLiteral("11:30")));
        CHECK(CompanyTime::format(english).contains(QStringLiteral("mm")));
        CHECK_FALSE(CompanyTime::format(english).contains(u's'));
        CHECK_FALSE(CompanyTime::format(chinese).contains(u's'));
    }
    SECTION("no moment, no text")
    {
        CHECK(CompanyTime::minutes(QDateTime(), shanghai).isEmpty());
        CHECK(CompanyTime::compact(QDateTime(), shanghai).isEmpty());
        CHECK_FALSE(CompanyTime::day(QDateTime(), shanghai).isValid());
    }
}
