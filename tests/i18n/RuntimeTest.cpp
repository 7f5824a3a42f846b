#include "deadlines/DeadlineCalculator.h"
#include "domain/CaseStatus.h"
#include "domain/Role.h"
#include "i18n/Translations.h"
#include "reports/DocumentLanguage.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QPushButton>
#include <QWidget>

#include <catch2/catch.hpp>

// The embedded translation at run time: Translations::install switches QualityLoop's own
// strings, Qt's dialogs and the default locale, and switches back, without a restart.

namespace {

bool hasChinese(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

// Puts English back when a test ends, so test order never matters.
struct EnglishAfterwards
{
    ~EnglishAfterwards() { Translations::install(QStringLiteral("en")); }
};

class LanguageWatcher : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

} // namespace

TEST_CASE("the zh_CN translation is built and embedded in the program", "[i18n][runtime]")
{
    QFile qm(QStringLiteral(":/i18n/qualityloop_zh_CN.qm"));
    REQUIRE(qm.exists());
    CHECK(qm.size() > 1000);
}

TEST_CASE("installing zh_CN translates the core, Qt's dialogs and the locale, and en switches back",
          "[i18n][runtime]")
{
    EnglishAfterwards restore;
    REQUIRE(Translations::install(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(CaseStatuses::displayName(CaseStatus::Closed) == QStringLiteral("Closed"));

    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    LanguageWatcher watcher;
    const QString englishCancel = box.button(QDialogButtonBox::Cancel)->text();
    CHECK(englishCancel == QStringLiteral("Cancel"));

    REQUIRE(Translations::install(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(Translations::current() == QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();

    // QualityLoop's own strings, from the three ways the code marks them.
    CHECK(CaseStatuses::displayName(CaseStatus::Closed) == QStringLiteral("已关闭"));
    CHECK(CaseStatuses::displayName(CaseStatus::SheetIssued) == QStringLiteral("已下发信息反馈单"));
    CHECK(Roles::displayName(Role::ResponsibleUnit) == QStringLiteral("责任单位"));
    CHECK(hasChinese(DeadlineCalculator::ownerName(QStringLiteral("quality"), QString())));
    CHECK(QCoreApplication::translate("main", "QualityLoop cannot open the database")
          == QStringLiteral("QualityLoop 无法打开数据库"));

    // Qt's own strings: standard buttons, file, print and message dialogs.
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("取消"));
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("取消"));
    CHECK(hasChinese(QCoreApplication::translate("QFileDialog", "Look in:")));
    CHECK(hasChinese(QCoreApplication::translate("QPrintDialog", "Print")));
    CHECK(hasChinese(QCoreApplication::translate("QMessageBox", "Show Details...")));

    // Every widget hears of it, so open windows retranslate themselves.
    CHECK(watcher.changes >= 1);

    // Dates and numbers follow the language.
    CHECK(QLocale().language() == QLocale::Chinese);
    CHECK(QLocale().territory() == QLocale::China);
    CHECK(QLocale().toString(QDate(2026, 3, 2), QLocale::LongFormat).contains(QStringLiteral("年")));
    CHECK(Translations::pageSize() == QPageSize::A4);

    // And back to English, in the same process.
    const int before = watcher.changes;
    REQUIRE(Translations::install(QStringLiteral("en")) == QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(Translations::current() == QStringLiteral("en"));
    CHECK(CaseStatuses::displayName(CaseStatus::Closed) == QStringLiteral("Closed"));
    CHECK(Roles::displayName(Role::ResponsibleUnit) == QStringLiteral("Responsible unit"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == englishCancel);
    CHECK(watcher.changes > before);
    CHECK((QLocale().language() != QLocale::Chinese || QLocale::system().language() == QLocale::Chinese));
}

TEST_CASE("switching languages back and forth leaves one translator of each kind", "[i18n][runtime]")
{
    EnglishAfterwards restore;
    for (int i = 0; i < 5; ++i) {
        Translations::install(QStringLiteral("zh_CN"));
        Translations::install(QStringLiteral("en"));
    }
    Translations::install(QStringLiteral("zh_CN"));
    CHECK(CaseStatuses::displayName(CaseStatus::Closed) == QStringLiteral("已关闭"));
    Translations::install(QStringLiteral("en"));
    CHECK(CaseStatuses::displayName(CaseStatus::Closed) == QStringLiteral("Closed"));
}

TEST_CASE("an unknown language falls back to English", "[i18n][runtime]")
{
    EnglishAfterwards restore;
    CHECK(Translations::install(QStringLiteral("xx_YY")) == QStringLiteral("en"));
    CHECK(CaseStatuses::displayName(CaseStatus::Closed) == QStringLiteral("Closed"));
}

TEST_CASE("English counts read as English: one case, three cases", "[i18n][runtime]")
{
    EnglishAfterwards restore;
    Translations::install(QStringLiteral("en"));
    const char* warning = "This serial number already has %n open case(s). Check it is not the same problem.";
    CHECK(QCoreApplication::translate("IntakeForm", warning, nullptr, 1)
          == QStringLiteral("This serial number already has 1 open case. Check it is not the same problem."));
    CHECK(
        QCoreApplication::translate("IntakeForm", warning, nullptr, 3)
        == QStringLiteral("This serial number already has 3 open cases. Check it is not the same problem."));
    // A document printed in English, whatever the window's language.
    Translations::install(QStringLiteral("zh_CN"));
    const DocumentLanguage english(QStringLiteral("en"));
    CHECK(english.translate("OverdueListDocument", "%n day(s)", nullptr, 1) == QStringLiteral("1 day"));
    CHECK(english.translate("OverdueListDocument", "%n day(s)", nullptr, 12) == QStringLiteral("12 days"));
}

TEST_CASE("languages are offered by name in their own language", "[i18n][runtime]")
{
    CHECK(Translations::available() == QStringList {QStringLiteral("en"), QStringLiteral("zh_CN")});
    CHECK(Translations::displayName(QStringLiteral("zh_CN")) == QStringLiteral("简体中文"));
    CHECK(Translations::displayName(QStringLiteral("en")) == QStringLiteral("English"));
}

TEST_CASE("the paper size follows the locale: Letter where US units are used, A4 elsewhere",
          "[i18n][runtime]")
{
    CHECK(Translations::pageSize(QLocale(QStringLiteral("zh_CN"))) == QPageSize::A4);
    CHECK(Translations::pageSize(QLocale(QStringLiteral("de_DE"))) == QPageSize::A4);
    CHECK(Translations::pageSize(QLocale(QStringLiteral("en_US"))) == QPageSize::Letter);
}
