// Issue 11: a year's public holidays imported from the file the office has (text or CSV,
// iCalendar, the holiday-cn JSON), all or nothing, every bad line named.
#include "calendar/CalendarImport.h"

#include "MockClock.h"
#include "TestDatabase.h"
#include "UserError.h"
#include "calendar/CalendarService.h"
#include "db/Sql.h"

#include <QFile>
#include <QStringEncoder>

#include <catch2/catch.hpp>

namespace {
using K = CalendarDay::Kind;

const CalendarDay* find(const CalendarFile& file, const QDate& date)
{
    for (const CalendarDay& d : file.days)
        if (d.date == date)
            return &d;
    return nullptr;
}

bool mentions(const QStringList& problems, const QString& text)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&](const QString& p) { return p.contains(text); });
}

// The 2025 national calendar as a clerk would type it in a spreadsheet.
const char* const csv2025 = "日期,类型,名称,中文名称\n"
                            "2025-01-01,holiday,New Year's Day,元旦\n"
                            "2025-01-28..2025-02-04,休,Spring Festival,春节\n"
                            "2025-01-26,班,Spring Festival make-up day,春节补班\n"
                            "2025/2/8,workday,,春节补班\n"
                            "# Qingming\n"
                            "2025年4月4日~2025年4月6日,holiday,Qingming Festival,清明节\n"
                            "\n"
                            "2025-10-01,2025-10-08,holiday,\"National Day, Mid-Autumn\",国庆节、中秋节\n";
} // namespace

TEST_CASE("A CSV of the year's holidays is read with ranges, both kinds, quotes and a header",
          "[calendar][import]")
{
    const CalendarFile file = CalendarImport::parse(QByteArray(csv2025));
    CHECK(file.problems.isEmpty());
    CHECK(file.days.size() == 1 + 8 + 1 + 1 + 3 + 8);
    REQUIRE(find(file, QDate(2025, 2, 1)));
    CHECK(find(file, QDate(2025, 2, 1))->kind == K::Holiday);
    CHECK(find(file, QDate(2025, 2, 1))->nameZh == QStringLiteral("春节"));
    REQUIRE(find(file, QDate(2025, 2, 8)));
    CHECK(find(file, QDate(2025, 2, 8))->kind == K::MakeUpDay);
    CHECK(find(file, QDate(2025, 2, 8))->name.isEmpty());
    CHECK(find(file, QDate(2025, 4, 5))->name == QStringLiteral("Qingming Festival"));
    CHECK(find(file, QDate(2025, 10, 8))->name == QStringLiteral("National Day, Mid-Autumn"));

    // The same saved by Excel on a Chinese Windows: GB18030, semicolons, CRLF; and UTF-8 with a BOM.
    QByteArray text = QByteArray(csv2025).replace(',', ';').replace("\n", "\r\n");
    text.replace("\"National Day; Mid-Autumn\"", "\"National Day, Mid-Autumn\"");
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    const QByteArray chinese = gb18030.encode(QString::fromUtf8(text));
    CHECK(chinese != text);
    const CalendarFile fromExcel = CalendarImport::parse(chinese);
    CHECK(fromExcel.problems.isEmpty());
    CHECK(fromExcel.days.size() == file.days.size());
    CHECK(find(fromExcel, QDate(2025, 10, 1))->nameZh == QStringLiteral("国庆节、中秋节"));
    const CalendarFile withBom = CalendarImport::parse(QByteArray("\xef\xbb\xbf") + csv2025);
    CHECK(withBom.problems.isEmpty());
    CHECK(withBom.days.size() == file.days.size());
}

TEST_CASE("An iCalendar file of holidays is read: all-day events, folded lines, make-up days",
          "[calendar][import]")
{
    const QByteArray ics
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Holidays//CN\r\n"
          "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261008\r\n"
          "SUMMARY:国庆节\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20260920\r\n"
          "SUMMARY:国庆节 补班\r\nEND:VEVENT\r\n"
          "BEGIN:VEVENT\r\nUID:3\r\nDTSTART;VALUE=DATE:20261010\r\nDTEND;VALUE=DATE:20261011\r\n"
          "SUMMARY:National Day make-up \r\n working day\r\nEND:VEVENT\r\n"
          "END:VCALENDAR\r\n";
    const CalendarFile file = CalendarImport::parse(ics);
    CHECK(file.problems.isEmpty());
    CHECK(file.days.size() == 9);
    CHECK(find(file, QDate(2026, 10, 7))->nameZh == QStringLiteral("国庆节"));
    CHECK_FALSE(find(file, QDate(2026, 10, 8)));
    CHECK(find(file, QDate(2026, 9, 20))->kind == K::MakeUpDay);
    CHECK(find(file, QDate(2026, 10, 10))->kind == K::MakeUpDay);
    CHECK(find(file, QDate(2026, 10, 10))->name == QStringLiteral("National Day make-up working day"));

    const CalendarFile repeating = CalendarImport::parse(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY\nSUMMARY:New Year\n"
        "END:VEVENT\nEND:VCALENDAR\n");
    CHECK(mentions(repeating.problems, QStringLiteral("Line 2: “New Year” repeats")));
}

TEST_CASE("The holiday-cn JSON is read, off days as holidays and the others as make-up days",
          "[calendar][import]")
{
    const CalendarFile file = CalendarImport::parse(
        R"({"year": 2026, "papers": [], "days": [
            {"name": "元旦", "date": "2026-01-01", "isOffDay": true},
            {"name": "元旦", "date": "2026-01-04", "isOffDay": false}]})");
    CHECK(file.problems.isEmpty());
    REQUIRE(file.days.size() == 2);
    CHECK(file.days.at(0).kind == K::Holiday);
    CHECK(file.days.at(1).kind == K::MakeUpDay);
    CHECK(file.days.at(1).nameZh == QStringLiteral("元旦"));
    const CalendarFile bad = CalendarImport::parse(R"({"days": [{"name": "元旦", "date": "2026-01-01"}]})");
    CHECK(mentions(bad.problems, QStringLiteral("Entry 1:")));
}

TEST_CASE("A bad calendar file names every bad line and imports nothing", "[calendar][import]")
{
    const CalendarFile file = CalendarImport::parse("2026-10-01,holiday,National Day\n"
                                                    "2026-13-01,holiday,Nonsense\n"
                                                    "2026-10-02,vacation,National Day\n"
                                                    "2026-10-01,holiday,National Day again\n"
                                                    "2026-10-09..2026-10-05,holiday,Backwards\n"
                                                    "2026-07-01..2026-08-31,holiday,Summer\n"
                                                    "2026-05-01,holiday\n");
    CHECK(mentions(file.problems, QStringLiteral("Line 2: “2026-13-01” is not a date")));
    CHECK(mentions(file.problems, QStringLiteral("Line 3: “vacation” is neither a holiday nor a make-up")));
    CHECK(mentions(file.problems, QStringLiteral("Line 4: 2026-10-01 is in the file twice")));
    CHECK(mentions(file.problems, QStringLiteral("Line 5: the last day is before the first day")));
    CHECK(mentions(file.problems, QStringLiteral("Line 6: more than 31 days in a row")));
    CHECK(mentions(file.problems, QStringLiteral("Line 7: the day has no name")));
    CHECK(file.problems.size() == 6);

    CHECK(CalendarImport::parse("").problems
          == QStringList {QStringLiteral("The file has no holidays or make-up working days in it.")});
    CHECK(CalendarImport::parse("# nothing but a comment\n").problems.size() == 1);
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    QFile out(big);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(CalendarImport::maxFileBytes + 1, 'x'));
    out.close();
    CHECK(mentions(CalendarImport::readFile(big).problems, QStringLiteral("too large")));
    CHECK(mentions(CalendarImport::readFile(dir.filePath(QStringLiteral("missing.csv"))).problems,
                   QStringLiteral("cannot be read")));
}

TEST_CASE("Importing a year adds its days, updates changed ones, skips make-up days already worked",
          "[calendar][import]")
{
    TestDatabase t;
    MockClock clock;
    CalendarService calendar(t.connection(), clock);
    const CalendarFile file = CalendarImport::parse(QByteArray(csv2025));
    REQUIRE(file.problems.isEmpty());
    CalendarChange change = calendar.importDays(t.admin, file.days);
    CHECK(change.added == 22);
    CHECK(calendar.year(2025).size() == 22);
    CHECK(Sql::scalar(t.connection(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'calendar_days' "
                                     "AND case_id IS NULL AND field = 'day'"))
              .toInt()
          == 22);
    // The same file again changes nothing; a corrected name updates one day.
    change = calendar.importDays(t.admin, file.days);
    CHECK(change.unchanged == 22);
    CHECK(change.added + change.changed == 0);
    QList<CalendarDay> corrected = {file.days.first()};
    corrected.first().name = QStringLiteral("New Year");
    change = calendar.importDays(t.admin, corrected);
    CHECK(change.changed == 1);
    CHECK(calendar.day(QDate(2025, 1, 1))->name == QStringLiteral("New Year"));

    // A company that works Saturdays needs no make-up Saturday: left out, the rest imported.
    Sql::exec(t.connection(),
              QStringLiteral("UPDATE settings SET value = '1,2,3,4,5,6' WHERE key = 'deadline.workdays'"));
    CalendarDay saturday;
    saturday.date = QDate(2026, 2, 14);
    saturday.kind = K::MakeUpDay;
    saturday.nameZh = QStringLiteral("春节补班");
    CalendarDay sunday = saturday;
    sunday.date = QDate(2026, 2, 15);
    change = calendar.importDays(t.admin, {saturday, sunday});
    CHECK(change.skipped == 1);
    CHECK(change.added == 1);
    CHECK_FALSE(calendar.day(QDate(2026, 2, 14)));

    // A list with a bad day imports nothing.
    CalendarDay nameless = saturday;
    nameless.date = QDate(2026, 10, 1);
    nameless.kind = K::Holiday;
    nameless.nameZh.clear();
    CalendarDay good = nameless;
    good.date = QDate(2026, 10, 2);
    good.name = QStringLiteral("National Day");
    CHECK_THROWS_AS(calendar.importDays(t.admin, {good, nameless}), UserError);
    CHECK_FALSE(calendar.day(QDate(2026, 10, 2)));
    CHECK_THROWS_AS(calendar.importDays(t.admin, {}), UserError);
}
