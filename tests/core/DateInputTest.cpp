// Issue 12.3: dates and times by keyboard, understood in the company's time zone.
#include "dates/DateInput.h"

#include "MockClock.h"
#include "i18n/Translations.h"

#include <catch2/catch.hpp>

namespace {
const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai")); // UTC+8, no daylight saving
const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin")); // clocks forward 29 March, back 25 October 2026

// Monday 2 March 2026, 17:00:27 in Shanghai (09:00:27 UTC).
MockClock mondayEvening()
{
    return MockClock(QDateTime(QDate(2026, 3, 2), QTime(9, 0, 27), Qt::UTC));
}

// The company's local day and time of what is typed into a date-and-time field.
QString local(const DateInput& input, const QString& text, QTime defaultTime = {})
{
    DateInput::Options options;
    options.defaultTime = defaultTime;
    const DateInput::Result r = input.parse(text, DateInput::Kind::DateTime, options);
    INFO(text.toStdString() << " -> " << r.error.toStdString());
    REQUIRE(r.ok);
    CHECK(r.at.timeSpec() == Qt::UTC);
    CHECK(r.at.time().second() == 0);
    CHECK(r.at.time().msec() == 0);
    return input.format(r.at);
}

QString refusal(const DateInput& input, const QString& text, DateInput::Kind kind = DateInput::Kind::DateTime)
{
    const DateInput::Result r = input.parse(text, kind);
    INFO(text.toStdString());
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.at.isValid());
    CHECK_FALSE(r.date.isValid());
    return r.error;
}
} // namespace

TEST_CASE("Dates and times typed in the forms a clerk uses", "[dateinput]")
{
    Translations::install(QStringLiteral("en"));
    const MockClock clock = mondayEvening();
    const DateInput input(clock, shanghai, DateInput::DayOrder::MonthFirst);

    CHECK(local(input, QStringLiteral("2026-12-03 14:00")) == QStringLiteral("2026-12-03 14:00"));
    CHECK(local(input, QStringLiteral("2026/12/3 14:00")) == QStringLiteral("2026-12-03 14:00"));
    CHECK(local(input, QStringLiteral("2026-12-03T14:00")) == QStringLiteral("2026-12-03 14:00"));
    CHECK(local(input, QStringLiteral("2026-12-03 14:00:00")) == QStringLiteral("2026-12-03 14:00"));
    CHECK(local(input, QStringLiteral("3/12 14:00")) == QStringLiteral("2026-03-12 14:00"));
    CHECK(local(input, QStringLiteral("12-03 9:05")) == QStringLiteral("2026-12-03 09:05"));
    CHECK(local(input, QStringLiteral("3/12/2027 2pm")) == QStringLiteral("2027-03-12 14:00"));
    CHECK(local(input, QStringLiteral("Dec 3 9:30 am")) == QStringLiteral("2026-12-03 09:30"));
    CHECK(local(input, QStringLiteral("3 December 2026 12am")) == QStringLiteral("2026-12-03 00:00"));
    CHECK(local(input, QStringLiteral("Dec 3")) == QStringLiteral("2026-12-03 17:00"));
    CHECK(local(input, QStringLiteral("20261203 08:00")) == QStringLiteral("2026-12-03 08:00"));

    SECTION("words and relative dates count from the clock, in the company's time zone")
    {
        CHECK(local(input, QStringLiteral("now")) == QStringLiteral("2026-03-02 17:00"));
        CHECK(local(input, QStringLiteral("today")) == QStringLiteral("2026-03-02 17:00"));
        CHECK(local(input, QStringLiteral("Today 8:15")) == QStringLiteral("2026-03-02 08:15"));
        CHECK(local(input, QStringLiteral("tomorrow 9:00")) == QStringLiteral("2026-03-03 09:00"));
        CHECK(local(input, QStringLiteral("tomorrow 9")) == QStringLiteral("2026-03-03 09:00"));
        CHECK(local(input, QStringLiteral("yesterday 16:30")) == QStringLiteral("2026-03-01 16:30"));
        CHECK(local(input, QStringLiteral("14:00")) == QStringLiteral("2026-03-02 14:00"));
        CHECK(local(input, QStringLiteral("+3d")) == QStringLiteral("2026-03-05 17:00"));
        CHECK(local(input, QStringLiteral("+3d 10:00")) == QStringLiteral("2026-03-05 10:00"));
        CHECK(local(input, QStringLiteral("3 days")) == QStringLiteral("2026-03-05 17:00"));
        CHECK(local(input, QStringLiteral("in 2 weeks")) == QStringLiteral("2026-03-16 17:00"));
        CHECK(local(input, QStringLiteral("-2d")) == QStringLiteral("2026-02-28 17:00"));
        CHECK(local(input, QStringLiteral("+2h")) == QStringLiteral("2026-03-02 19:00"));
        CHECK(local(input, QStringLiteral("-90 min")) == QStringLiteral("2026-03-02 15:30"));
        CHECK(local(input, QStringLiteral("+8h")) == QStringLiteral("2026-03-03 01:00"));
        // Monday 2 March: the coming Friday, next week's, this week's Monday (today).
        CHECK(local(input, QStringLiteral("Friday 9:00")) == QStringLiteral("2026-03-06 09:00"));
        CHECK(local(input, QStringLiteral("fri")) == QStringLiteral("2026-03-06 17:00"));
        CHECK(local(input, QStringLiteral("next Friday 9am")) == QStringLiteral("2026-03-13 09:00"));
        CHECK(local(input, QStringLiteral("monday 8:00")) == QStringLiteral("2026-03-02 08:00"));
        CHECK(local(input, QStringLiteral("Sunday")) == QStringLiteral("2026-03-08 17:00"));
    }
    SECTION("Chinese words, full-width digits from an input method")
    {
        CHECK(local(input, QStringLiteral("明天 9:00")) == QStringLiteral("2026-03-03 09:00"));
        CHECK(local(input, QStringLiteral("明天9点")) == QStringLiteral("2026-03-03 09:00"));
        CHECK(local(input, QStringLiteral("明天下午2点半")) == QStringLiteral("2026-03-03 14:30"));
        CHECK(local(input, QStringLiteral("后天 上午10点15分")) == QStringLiteral("2026-03-04 10:15"));
        CHECK(local(input, QStringLiteral("今天 晚上8点")) == QStringLiteral("2026-03-02 20:00"));
        CHECK(local(input, QStringLiteral("周五")) == QStringLiteral("2026-03-06 17:00"));
        CHECK(local(input, QStringLiteral("星期五 9:00")) == QStringLiteral("2026-03-06 09:00"));
        CHECK(local(input, QStringLiteral("下周五 9:00")) == QStringLiteral("2026-03-13 09:00"));
        CHECK(local(input, QStringLiteral("12月3日 14:00")) == QStringLiteral("2026-12-03 14:00"));
        CHECK(local(input, QStringLiteral("2026年12月3日14点")) == QStringLiteral("2026-12-03 14:00"));
        CHECK(local(input, QStringLiteral("3天后")) == QStringLiteral("2026-03-05 17:00"));
        CHECK(local(input, QStringLiteral("2小时后")) == QStringLiteral("2026-03-02 19:00"));
        CHECK(local(input, QStringLiteral("１２／３ １４：００")) == QStringLiteral("2026-12-03 14:00"));
    }
    SECTION("a date without a time keeps the time the field showed")
    {
        CHECK(local(input, QStringLiteral("3/12"), QTime(17, 30, 59)) == QStringLiteral("2026-03-12 17:30"));
        CHECK(local(input, QStringLiteral("tomorrow"), QTime(8, 0)) == QStringLiteral("2026-03-03 08:00"));
        CHECK(local(input, QStringLiteral("tomorrow 9:00"), QTime(8, 0))
              == QStringLiteral("2026-03-03 09:00"));
    }
    SECTION("the moment is stored in UTC")
    {
        const DateInput::Result r = input.parse(QStringLiteral("tomorrow 9:00"), DateInput::Kind::DateTime);
        CHECK(r.at == QDateTime(QDate(2026, 3, 3), QTime(1, 0), Qt::UTC));
        CHECK(r.date == QDate(2026, 3, 3));
        CHECK(r.time == QTime(9, 0));
    }
}

TEST_CASE("Slashed dates follow the order of the window's locale", "[dateinput]")
{
    const MockClock clock = mondayEvening();
    CHECK(DateInput::orderOf(QLocale(QStringLiteral("en_US"))) == DateInput::DayOrder::MonthFirst);
    CHECK(DateInput::orderOf(QLocale(QStringLiteral("zh_CN"))) == DateInput::DayOrder::MonthFirst);
    CHECK(DateInput::orderOf(QLocale(QStringLiteral("en_GB"))) == DateInput::DayOrder::DayFirst);
    const DateInput british(clock, shanghai, DateInput::DayOrder::DayFirst);
    CHECK(local(british, QStringLiteral("3/12 14:00")) == QStringLiteral("2026-12-03 14:00"));
    CHECK(local(british, QStringLiteral("12-03 14:00")) == QStringLiteral("2026-12-03 14:00")); // ISO order
    CHECK(local(british, QStringLiteral("3.12.2026 14:00")) == QStringLiteral("2026-12-03 14:00"));
}

TEST_CASE("An impossible date or time is refused in words, never turned into another", "[dateinput]")
{
    Translations::install(QStringLiteral("en"));
    const MockClock clock = mondayEvening();
    const DateInput input(clock, shanghai);
    CHECK(refusal(input, QStringLiteral("2026-02-30 14:00"))
          == QStringLiteral("There is no day 30 in February 2026: it has 28 days."));
    CHECK(refusal(input, QStringLiteral("2026-02-30"), DateInput::Kind::Date)
              .contains(QStringLiteral("28 days")));
    CHECK(refusal(input, QStringLiteral("2/29")).contains(QStringLiteral("February 2026")));
    CHECK(refusal(input, QStringLiteral("4/31 9:00")).contains(QStringLiteral("30 days")));
    CHECK(refusal(input, QStringLiteral("2026-13-01")).contains(QStringLiteral("no month 13")));
    CHECK(refusal(input, QStringLiteral("tomorrow 25:00")).contains(QStringLiteral("not a time of day")));
    CHECK(refusal(input, QStringLiteral("3/12 14:60")).contains(QStringLiteral("not a time of day")));
    CHECK(refusal(input, QStringLiteral("13pm")).contains(QStringLiteral("not a time of day")));
    CHECK(refusal(input, QStringLiteral("14:00:30")).contains(QStringLiteral("Seconds are not kept")));
    CHECK(refusal(input, QStringLiteral("soon")).startsWith(QStringLiteral("Type a date and time")));
    CHECK(refusal(input, QStringLiteral("0026-03-12")).contains(QStringLiteral("four digits")));
    // 2028 is a leap year: the 29th is there.
    CHECK(input.parse(QStringLiteral("2028-02-29"), DateInput::Kind::Date).date == QDate(2028, 2, 29));

    SECTION("in Chinese")
    {
        Translations::install(QStringLiteral("zh_CN"));
        const QString error = refusal(input, QStringLiteral("2026-02-30"));
        CHECK(error.contains(QStringLiteral("2026年2月")));
        CHECK(error.contains(QStringLiteral("28")));
        CHECK_FALSE(error.contains(QStringLiteral("February")));
        Translations::install(QStringLiteral("en"));
    }
}

TEST_CASE("Empty is allowed where the field is optional, and each kind of field takes its own", "[dateinput]")
{
    const MockClock clock = mondayEvening();
    const DateInput input(clock, shanghai);
    const DateInput::Result optional = input.parse(QStringLiteral("  "), DateInput::Kind::DateTime);
    CHECK(optional.ok);
    CHECK(optional.empty);
    CHECK_FALSE(optional.at.isValid());
    DateInput::Options required;
    required.required = true;
    const DateInput::Result missing = input.parse(QString(), DateInput::Kind::Date, required);
    CHECK_FALSE(missing.ok);
    CHECK(missing.error == QStringLiteral("Enter a date."));

    CHECK(input.parse(QStringLiteral("tomorrow"), DateInput::Kind::Date).date == QDate(2026, 3, 3));
    CHECK(input.parse(QStringLiteral("+3d"), DateInput::Kind::Date).date == QDate(2026, 3, 5));
    CHECK(input.parse(QStringLiteral("周五"), DateInput::Kind::Date).date == QDate(2026, 3, 6));
    CHECK(refusal(input, QStringLiteral("3/12 14:00"), DateInput::Kind::Date)
              .contains(QStringLiteral("leave out")));
    CHECK(refusal(input, QStringLiteral("+2h"), DateInput::Kind::Date).contains(QStringLiteral("+3d")));

    const auto time = [&input](const QString& text) {
        const DateInput::Result r = input.parse(text, DateInput::Kind::Time);
        INFO(text.toStdString() << " -> " << r.error.toStdString());
        REQUIRE(r.ok);
        return DateInput::formatTime(r.time);
    };
    CHECK(time(QStringLiteral("17:30")) == QStringLiteral("17:30"));
    CHECK(time(QStringLiteral("1730")) == QStringLiteral("17:30"));
    CHECK(time(QStringLiteral("9")) == QStringLiteral("09:00"));
    CHECK(time(QStringLiteral("5:30pm")) == QStringLiteral("17:30"));
    CHECK(time(QStringLiteral("下午5点半")) == QStringLiteral("17:30"));
    CHECK(time(QStringLiteral("17.30")) == QStringLiteral("17:30"));
    CHECK(time(QStringLiteral("now")) == QStringLiteral("17:00"));
    CHECK(
        refusal(input, QStringLiteral("2460"), DateInput::Kind::Time).contains(QStringLiteral("not a time")));
    CHECK(refusal(input, QStringLiteral("tomorrow 9:00"), DateInput::Kind::Time)
              .contains(QStringLiteral("leave out the date")));
}

TEST_CASE("Tomorrow 9:00 is nine o'clock where the company is, with or without daylight saving",
          "[dateinput]")
{
    // 20:30 UTC on 2 March is already 3 March in Shanghai, still 2 March in Berlin.
    const MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(20, 30), Qt::UTC));
    const DateInput china(clock, shanghai);
    const DateInput germany(clock, berlin);
    CHECK(china.parse(QStringLiteral("tomorrow 9:00"), DateInput::Kind::DateTime).at
          == QDateTime(QDate(2026, 3, 4), QTime(1, 0), Qt::UTC));
    CHECK(germany.parse(QStringLiteral("tomorrow 9:00"), DateInput::Kind::DateTime).at
          == QDateTime(QDate(2026, 3, 3), QTime(8, 0), Qt::UTC)); // winter: UTC+1
    CHECK(germany.parse(QStringLiteral("2026-07-01 9:00"), DateInput::Kind::DateTime).at
          == QDateTime(QDate(2026, 7, 1), QTime(7, 0), Qt::UTC)); // summer: UTC+2
    CHECK(china.format(QDateTime(QDate(2026, 7, 1), QTime(7, 0), Qt::UTC))
          == QStringLiteral("2026-07-01 15:00"));
    CHECK(germany.format(QDateTime(QDate(2026, 7, 1), QTime(7, 0), Qt::UTC))
          == QStringLiteral("2026-07-01 09:00"));

    SECTION("the hour the clocks skip is refused; the hour they repeat is its first time")
    {
        const QString gap = refusal(germany, QStringLiteral("2026-03-29 02:30"));
        CHECK(gap.contains(QStringLiteral("02:30")));
        CHECK(gap.contains(QStringLiteral("Europe/Berlin")));
        CHECK(germany.parse(QStringLiteral("2026-03-29 03:00"), DateInput::Kind::DateTime).at
              == QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC));
        CHECK(germany.parse(QStringLiteral("2026-10-25 02:30"), DateInput::Kind::DateTime).at
              == QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC)); // still summer time: UTC+2
        // The same wall time in Shanghai simply exists.
        CHECK(china.parse(QStringLiteral("2026-03-29 02:30"), DateInput::Kind::DateTime).ok);
    }
    SECTION("+3d across the change of clocks keeps the time of day")
    {
        const MockClock beforeChange(QDateTime(QDate(2026, 3, 27), QTime(8, 0), Qt::UTC)); // 09:00 in Berlin
        const DateInput before(beforeChange, berlin);
        CHECK(before.format(before.parse(QStringLiteral("+3d"), DateInput::Kind::DateTime).at)
              == QStringLiteral("2026-03-30 09:00"));
    }
}
