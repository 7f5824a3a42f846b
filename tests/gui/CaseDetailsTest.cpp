// Issue 12, point 10: the case's details read as people write them: no doubled grade ("B B 级"),
// no separator left dangling when a part is missing ("Defect ·", a "/" after the batch).
#include "cases/CaseDetailsHtml.h"

#include <QLocale>
#include <QTextDocument>

#include <catch2/catch.hpp>

namespace {
QString shown(const QualityCase& c)
{
    QTextDocument page;
    page.setHtml(
        CaseDetailsHtml::render(c, {}, {}, QDateTime::currentDateTimeUtc(), QPalette(), QTimeZone::utc()));
    return page.toPlainText();
}
} // namespace

TEST_CASE("Issue 12: the case details print each grade once and no empty part", "[gui][details]")
{
    QualityCase c;
    c.number = QStringLiteral("QI-2026-00007");
    c.customerName = QStringLiteral("华东石化有限公司");
    c.serialNo = QStringLiteral("SN2025-000123");
    c.batchNo = QStringLiteral("B2025-031");
    c.modelCode = QStringLiteral("Q41F-16C-50");
    c.defectCategory = QStringLiteral("外漏");
    c.gradeCode = QStringLiteral("B");
    c.gradeName = QStringLiteral("B 级：严重");
    c.analysis = QStringLiteral("Packing compression insufficient");
    const QString zh = shown(c);
    INFO(zh.toStdString());
    CHECK(zh.contains(QStringLiteral("B 级：严重")));
    CHECK_FALSE(zh.contains(QStringLiteral("B B 级")));
    CHECK(zh.contains(QStringLiteral("外漏")));
    CHECK_FALSE(zh.contains(QStringLiteral("外漏 ·")));
    CHECK(zh.contains(QStringLiteral("SN2025-000123 / B2025-031")));
    CHECK_FALSE(zh.contains(QStringLiteral("B2025-031 /")));
    CHECK_FALSE(zh.contains(QStringLiteral("Q41F-16C-50 —")));

    c.gradeName = QStringLiteral("Grade B: serious");
    c.defectCause = QStringLiteral("Assembly");
    c.orderNo = QStringLiteral("SO-7788");
    const QString en = shown(c);
    INFO(en.toStdString());
    CHECK(en.contains(QStringLiteral("Grade B: serious")));
    CHECK_FALSE(en.contains(QStringLiteral("B Grade B")));
    CHECK(en.contains(QStringLiteral("外漏 · Assembly")));
    CHECK(en.contains(QStringLiteral("SN2025-000123 / B2025-031 / SO-7788")));
}

TEST_CASE("Issue 12: the case details show whole minutes, never seconds", "[gui][details]")
{
    const QLocale before;
    QualityCase c;
    c.number = QStringLiteral("QI-2026-00008");
    const QDateTime due(QDate(2026, 3, 2), QTime(9, 30, 15), Qt::LocalTime);
    DeadlineClock clock;
    clock.what = QStringLiteral("Give the disposal suggestion");
    clock.owner = QStringLiteral("Quality");
    clock.dueAt = due.toUTC();
    c.receivedAt = due.toUTC();
    for (const QLocale& locale :
         {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedKingdom),
          QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Chinese, QLocale::China)}) {
        QLocale::setDefault(locale);
        QTextDocument page;
        page.setHtml(
            CaseDetailsHtml::render(c, {clock}, {}, due.toUTC(), QPalette(), QTimeZone::systemTimeZone()));
        const QString text = page.toPlainText();
        INFO(locale.name().toStdString() << ": " << text.toStdString());
        CHECK(text.contains(QStringLiteral("Give the disposal suggestion")));
        CHECK(text.contains(QStringLiteral("9:30")));
        CHECK_FALSE(text.contains(QStringLiteral("9:30:15")));
        CHECK_FALSE(text.contains(QStringLiteral(":30:")));
    }
    QLocale::setDefault(before);
}
