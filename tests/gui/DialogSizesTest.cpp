// Issue 12.5: every dialog readable at 1440x900 and 1280x720 in both languages. Pictures written
// to <build>/screenshots for people to look at; checked: the dialog fits the screen, a form has no
// large empty area, and the print options' date boxes exist only where a period is asked.
#include "DialogChecks.h"
#include "GuiTestSupport.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "admin/SettingsDialog.h"
#include "auth/SignInDialog.h"
#include "auth/UsersDialog.h"
#include "common/DateTimeField.h"
#include "i18n/Translations.h"
#include "lists/ImportDialog.h"
#include "main/MainWindow.h"
#include "print/PrintOptionsDialog.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QTest>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>

namespace {
struct Shown
{
    QString name;
    std::function<QDialog*(MainWindow&)> make;
    bool form = true; // a form of fields: as tall as they are, no empty area
};
} // namespace

TEST_CASE("Issue 12.5: every dialog at 1440x900 and 1280x720 in both languages", "[gui][screenshots][sizes]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    const QList<Shown> dialogs {
        {QStringLiteral("40_sign_in"), [&](MainWindow& w) { return new SignInDialog(t.path(), clock, &w); }},
        {QStringLiteral("41_print_options"),
         [](MainWindow& w) {
             return new PrintOptionsDialog(QStringLiteral("Feedback sheet"), false, true, &w);
         }},
        {QStringLiteral("42_print_period"),
         [](MainWindow& w) {
             return new PrintOptionsDialog(QStringLiteral("Return visits"), true, false, &w);
         }},
        {QStringLiteral("43_settings"), [](MainWindow& w) { return new SettingsDialog(w.session(), &w); },
         false},
        {QStringLiteral("44_users"), [](MainWindow& w) { return new UsersDialog(w.session(), &w); }, false},
        {QStringLiteral("45_import"), [](MainWindow& w) { return new ImportDialog(w.session(), &w); }, false},
    };
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        for (const QSize size : {QSize(1440, 900), QSize(1280, 720)}) {
            const QString at = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            MainWindow window(t.db(), clock, t.admin);
            window.resize(size);
            window.show();
            for (const Shown& shown : dialogs) {
                INFO(lang.toStdString() << " " << at.toStdString() << " " << shown.name.toStdString());
                std::unique_ptr<QDialog> dialog(shown.make(window));
                dialog->show();
                REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
                QCoreApplication::processEvents();
                CHECK(dialog->frameGeometry().width() <= size.width());
                CHECK(dialog->frameGeometry().height() <= size.height());
                CHECK(DialogChecks::coveredLabels(dialog.get()) == 0);
                if (shown.form) { // no more than a line of empty room under the fields
                    QLayout* layout = dialog->layout();
                    const int needed = layout->hasHeightForWidth()
                        ? layout->totalHeightForWidth(dialog->width())
                        : layout->totalSizeHint().height();
                    CHECK(dialog->height() <= needed + dialog->fontMetrics().height());
                }
                CHECK(GuiTest::screenshot(dialog.get(), shown.name + u'_' + at));
            }
        }
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("The print options ask a period with the typed date field, and only for a period report",
          "[gui][sizes][dates]")
{
    PrintOptionsDialog plain(QStringLiteral("Feedback sheet"), false, false);
    CHECK(plain.findChildren<DateTimeField*>().isEmpty());
    CHECK(plain.findChildren<QWidget*>(QStringLiteral("withPhotos")).isEmpty());
    PrintOptionsDialog period(QStringLiteral("Return visits"), true, false);
    plain.show();
    period.show();
    REQUIRE(period.fromField());
    period.fromField()->setText(QStringLiteral("2026-02-30"));
    period.toField()->setText(QStringLiteral("2026-03-31"));
    period.accept(); // an impossible day: said next to the field, the dialog stays
    CHECK(period.result() != QDialog::Accepted);
    CHECK_FALSE(period.fromField()->problem().isEmpty());
    period.fromField()->setText(QStringLiteral("2026-03-01"));
    period.accept();
    CHECK(period.result() == QDialog::Accepted);
    CHECK(period.from() == QDate(2026, 3, 1));
    CHECK(period.to() == QDate(2026, 3, 31));
}
