// Issue 4 (company on the paper) and issue 3 (administration in the window): the
// administrator's settings dialog, a Designer form, saves what core accepts.
#include "admin/SettingsDialog.h"

#include "GuiTestSupport.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "TestPaths.h"
#include "admin/SettingsService.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "reports/CompanyProfile.h"

#include <QCheckBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("The administrator sets the company's letterhead and the deadlines in the window",
          "[gui][settings]")
{
    TestDatabase t;
    MockClock clock;
    QTemporaryDir dir;
    MainWindow window(t.db(), clock, t.admin);
    window.show();
    {
        SettingsDialog dialog(window.session(), &window);
        dialog.show();
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("companyName"));
        REQUIRE(name != nullptr);
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        // No name and no working day: both refused, next to their fields; nothing saved.
        for (QCheckBox* day :
             dialog.findChild<QWidget*>(QStringLiteral("workdays"))->findChildren<QCheckBox*>())
            day->setChecked(false);
        CHECK_FALSE(dialog.save());
        CHECK_FALSE(dialog.fieldError(QStringLiteral("companyName")).isEmpty());
        CHECK_FALSE(dialog.fieldError(QStringLiteral("workdays")).isEmpty());
        CHECK(dialog.findChild<QTabWidget*>()->currentIndex() == 0);

        name->insert(QStringLiteral("恒立阀门有限公司")); // as an input method commits it
        QTest::keyClicks(name, QStringLiteral(" Hengli Valve"));
        QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("companyAddress")),
                         QStringLiteral("8 Industrial Road, Wenzhou"));
        const QString notImage = dir.filePath(QStringLiteral("logo.png"));
        QFile junk(notImage);
        REQUIRE(junk.open(QIODevice::WriteOnly));
        junk.write("text");
        junk.close();
        CHECK_FALSE(dialog.chooseLogo(notImage));
        CHECK_FALSE(dialog.fieldError(QStringLiteral("companyLogo")).isEmpty());
        QImage logo(300, 100, QImage::Format_RGB32);
        logo.fill(Qt::red);
        const QString png = dir.filePath(QStringLiteral("real.png"));
        REQUIRE(logo.save(png));
        CHECK(dialog.chooseLogo(png));
        QDir().mkpath(testPath("QL_SCREENSHOT_DIR"));
        dialog.grab().save(testPath("QL_SCREENSHOT_DIR") + QStringLiteral("/09_settings_en.png"));
        dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
        dialog.grab().save(testPath("QL_SCREENSHOT_DIR") + QStringLiteral("/09_settings_deadlines_en.png"));
        for (int d = 0; d < 5; ++d)
            dialog.findChild<QCheckBox*>(QStringLiteral("workday%1").arg(d + 1))->setChecked(true);
        dialog.findChild<QSpinBox*>(QStringLiteral("firstVisitDays"))->setValue(4);
        GuiTest::clickSave(&dialog);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    // Read back through a connection of its own, as the next start of the program would.
    Database again(t.path());
    const CompanyProfile paper = CompanyProfile::load(again.connection());
    CHECK(paper.name == QStringLiteral("恒立阀门有限公司 Hengli Valve"));
    CHECK(paper.address == QStringLiteral("8 Industrial Road, Wenzhou"));
    CHECK(paper.logo.size() == QSize(300, 100));
    const DeadlineRules rules = SettingsService(again.connection()).deadlines();
    CHECK(rules.firstVisitDays == 4);
    CHECK(rules.workdays == QList<int> {1, 2, 3, 4, 5});
}

TEST_CASE("Issue 18: the administrator gives the feedback sheet its form code in the settings",
          "[gui][settings]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.admin);
    window.show();
    {
        SettingsDialog dialog(window.session(), &window);
        dialog.show();
        dialog.findChild<QLineEdit*>(QStringLiteral("companyName"))
            ->setText(QStringLiteral("恒立阀门有限公司"));
        auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("formCode"));
        REQUIRE(code != nullptr);
        code->setFocus();
        QTest::keyClicks(code, QStringLiteral("QR-8.2-01 A/0"));
        QDir().mkpath(testPath("QL_SCREENSHOT_DIR"));
        dialog.grab().save(testPath("QL_SCREENSHOT_DIR") + QStringLiteral("/09_settings_form_code_en.png"));
        GuiTest::clickSave(&dialog);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    Database again(t.path());
    CHECK(CompanyProfile::load(again.connection()).feedbackSheetFormCode == QStringLiteral("QR-8.2-01 A/0"));
    SettingsDialog reopened(window.session(), &window);
    CHECK(reopened.findChild<QLineEdit*>(QStringLiteral("formCode"))->text()
          == QStringLiteral("QR-8.2-01 A/0"));
}

TEST_CASE("The Costs and Files tabs name every field beside it", "[gui][settings]")
{
    TestDatabase t;
    MockClock clock;
    MainWindow window(t.db(), clock, t.admin);
    SettingsDialog dialog(window.session(), &window);
    dialog.show();
    // A label shows beside its field and moves the focus there with its Alt key (its buddy).
    const auto labelOf = [&](const QString& field) {
        auto* edit = dialog.findChild<QWidget*>(field);
        REQUIRE(edit != nullptr);
        for (QLabel* label : dialog.findChildren<QLabel*>())
            if (label->buddy() == edit)
                return label->text();
        return QString();
    };
    CHECK(labelOf(QStringLiteral("labourRate")) == QStringLiteral("&Labour rate per hour"));
    CHECK(labelOf(QStringLiteral("maxFileMegabytes")).contains(QStringLiteral("Largest &file")));
    CHECK(labelOf(QStringLiteral("photoMaxSide")) == QStringLiteral("Longer side at &most"));
}
