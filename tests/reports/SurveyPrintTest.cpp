// Issue 15 (R18): the year-end survey letters (one page per customer, each in the customer's
// language) and the survey's summary print from the command line and read back in English and
// Chinese.
#include "CliPrintout.h"
#include "CliRun.h"
#include "MockClock.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "loops/SurveyService.h"

#include <catch2/catch.hpp>

namespace {
void answer(SurveyService& surveys, const User& sales, int year, qint64 customerId, int quality, int delivery,
            const QString& comments)
{
    for (const SurveyLetter& l : surveys.load(year).letters)
        if (l.customerId == customerId)
            surveys.recordAnswer(sales, l.id, {QDate(year, 12, 20), quality, delivery, comments});
}
} // namespace

TEST_CASE("qualityloop-cli prints the survey letters of a year, one per customer, and the survey's summary",
          "[reports][cli][loops][survey]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2025, 12, 1), QTime(2, 0), Qt::UTC));
    SurveyService surveys(t.connection(), clock);
    const QList<qint64> both {t.customerId, t.keyCustomerId};
    surveys.open(t.sales, 2025, {t.customerId}, QDate(2026, 1, 15));
    clock.set(QDateTime(QDate(2025, 12, 21), QTime(2, 0), Qt::UTC));
    answer(surveys, t.sales, 2025, t.customerId, 3, 4, QStringLiteral("Fine"));
    clock.set(QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
    SurveyService later(t.connection(), clock);
    later.open(t.sales, 2026, both, QDate(2027, 1, 15));
    clock.set(QDateTime(QDate(2026, 12, 21), QTime(2, 0), Qt::UTC));
    answer(later, t.sales, 2026, t.customerId, 4, 2, QStringLiteral("Late twice"));
    answer(later, t.sales, 2026, t.keyCustomerId, 5, 5, QStringLiteral("交货及时"));

    const QStringList letters {QStringLiteral("survey-letters"), QStringLiteral("--year"),
                               QStringLiteral("2026")};
    const QStringList summary {QStringLiteral("survey-summary"), QStringLiteral("--year"),
                               QStringLiteral("2026")};
    QStringList pages
        = PdfText::pages(CliPrintout::file(letters, t.path(), QStringLiteral("survey_letters.pdf")));
    REQUIRE(pages.size() == 2); // one page per customer
    // By customer name: the English customer's letter in English, the key customer's in Chinese.
    const int english = pages[0].contains(QStringLiteral("Customer Satisfaction Survey 2026")) ? 0 : 1;
    const int chinese = 1 - english;
    CHECK(pages[english].contains(QStringLiteral("Customer Satisfaction Survey 2026")));
    CHECK(pages[english].contains(QStringLiteral("Reply form")));
    CHECK(pages[english].contains(QStringLiteral("The quality of our products")));
    CHECK(pages[english].contains(QStringLiteral("15 January 2027")));
    CHECK(pages[chinese].contains(QStringLiteral("2026年客户满意度调查")));
    CHECK(pages[chinese].contains(QStringLiteral("华东石化有限公司")));
    CHECK(pages[chinese].contains(QStringLiteral("回复单")));
    CHECK_FALSE(pages[chinese].contains(QStringLiteral("Reply form")));

    // --language puts every letter in that language.
    pages = PdfText::pages(CliPrintout::file(letters, t.path(), QStringLiteral("survey_letters_zh_CN.pdf"),
                                             QStringLiteral("zh_CN")));
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].contains(QStringLiteral("2026年客户满意度调查")));
    CHECK(pages[1].contains(QStringLiteral("2026年客户满意度调查")));

    const QString text
        = PdfText::text(CliPrintout::file(summary, t.path(), QStringLiteral("survey_summary_en.pdf")));
    CHECK(text.contains(QStringLiteral("Customer Satisfaction Survey Summary")));
    CHECK(text.contains(QStringLiteral("SV-2026")));
    CHECK(text.contains(QStringLiteral("4.50"))); // quality: (4 + 5) / 2
    CHECK(text.contains(QStringLiteral("3.00"))); // last year's
    CHECK(text.contains(QStringLiteral("+1.50")));
    CHECK(text.contains(QStringLiteral("-0.50"))); // delivery dates: 3.50 against 4.00
    CHECK(text.contains(QStringLiteral("Late twice")));
    CHECK(text.contains(QStringLiteral("交货及时")));

    const QString zh = PdfText::text(CliPrintout::file(
        summary, t.path(), QStringLiteral("survey_summary_zh_CN.pdf"), QStringLiteral("zh_CN")));
    CHECK(zh.contains(QStringLiteral("客户满意度调查汇总")));
    CHECK(zh.contains(QStringLiteral("Late twice")));
    CHECK(zh.contains(QStringLiteral("4.50")));

    // A year without a survey: refused, no file.
    CliPrintout::refuses({QStringLiteral("survey-letters"), QStringLiteral("--year"), QStringLiteral("2020")},
                         t.path(), QStringLiteral("2020"));
    CHECK(runCli({QStringLiteral("print"), QStringLiteral("survey-letters"), QStringLiteral("--database"),
                  t.path()})
              .code
          == 2);
}
