// Issue 12.5 and 12.7: every dialog of the office and the administrator looked at as people meet
// them, in English and Chinese, on the screen the test runs on (1440x900 and 1280x720, see
// tests/gui/CMakeLists.txt): sign-in, passwords, users, settings, print options, the lists and
// each list's form, import, the calendar and its day, the pages of the setup wizard, statistics.
#include "DialogChecks.h"
#include "MockClock.h"
#include "TestDatabase.h"
#include "admin/CalendarDayDialog.h"
#include "admin/CalendarImportDialog.h"
#include "admin/CalendarWindow.h"
#include "admin/SettingsDialog.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/ResetPasswordDialog.h"
#include "auth/RoleDialog.h"
#include "auth/SignInDialog.h"
#include "auth/UsersDialog.h"
#include "calendar/CalendarService.h"
#include "i18n/Translations.h"
#include "lists/ImportDialog.h"
#include "lists/ListEditDialog.h"
#include "lists/ListSpec.h"
#include "lists/ListsWindow.h"
#include "main/MainWindow.h"
#include "main/Session.h"
#include "print/PrintOptionsDialog.h"
#include "setup/SetupWizard.h"
#include "stats/StatsWindow.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using DialogChecks::Kind;

TEST_CASE("Issue 12.5: every dialog of the office and the administrator on the screen, in both languages",
          "[gui][screenshots][.dialogs]")
{
    TestDatabase t;
    MockClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    QTemporaryDir dir;
    const QString holidays = dir.filePath(QStringLiteral("2026.csv"));
    {
        QFile file(holidays);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("date,kind,name,name_zh\n2026-01-01..2026-01-03,holiday,New Year's Day,元旦\n"
                   "2026-01-04,workday,New Year make-up day,元旦补班\n");
    }
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        MainWindow window(t.db(), clock, t.admin);
        window.resize(DialogChecks::screen());
        window.show();
        Session& session = window.session();
        {
            SignInDialog dialog(t.path(), clock, &window);
            DialogChecks::look(&dialog, QStringLiteral("sign_in"));
        }
        {
            ChangePasswordDialog dialog(t.path(), clock, t.admin, &window);
            DialogChecks::look(&dialog, QStringLiteral("password_change"));
        }
        {
            UsersDialog dialog(session, &window);
            DialogChecks::look(&dialog, QStringLiteral("users"), Kind::Window);
        }
        {
            ResetPasswordDialog dialog(session, t.sales, &window);
            DialogChecks::look(&dialog, QStringLiteral("password_reset"));
        }
        {
            RoleDialog dialog(session, t.sales, &window);
            DialogChecks::look(&dialog, QStringLiteral("user_role"));
        }
        {
            SettingsDialog dialog(session, &window);
            DialogChecks::look(&dialog, QStringLiteral("settings"));
        }
        {
            PrintOptionsDialog dialog(QStringLiteral("Feedback sheet"), false, true, &window);
            DialogChecks::look(&dialog, QStringLiteral("print_options"));
        }
        {
            PrintOptionsDialog dialog(QStringLiteral("Return visits"), true, false, &window);
            DialogChecks::look(&dialog, QStringLiteral("print_period"));
        }
        {
            window.showLists();
            DialogChecks::look(window.listsWindow(), QStringLiteral("lists"), Kind::Window);
            window.listsWindow()->close();
        }
        int n = 0;
        for (const ListSpec& spec : ListSpecs::all()) {
            ListEditDialog dialog(session, spec, 0, 0, &window);
            DialogChecks::look(&dialog,
                               QStringLiteral("list_%1_%2").arg(++n, 2, 10, QLatin1Char('0')).arg(spec.id));
        }
        for (const ListSpec& spec : ListSpecs::all())
            if (spec.id == QStringLiteral("customers")) { // an entry with child lists on tabs
                ListEditDialog dialog(session, spec, t.customerId, 0, &window);
                DialogChecks::look(&dialog, QStringLiteral("list_customer_edit"));
            }
        {
            ImportDialog dialog(session, &window);
            DialogChecks::look(&dialog, QStringLiteral("import"), Kind::Window);
        }
        {
            CalendarWindow dialog(session, &window);
            DialogChecks::look(&dialog, QStringLiteral("calendar"), Kind::Window);
        }
        CalendarService calendar(t.connection(), clock);
        {
            CalendarDay day;
            day.date = QDate(2026, 10, 1);
            CalendarDayDialog dialog(calendar, t.admin, day, &window);
            DialogChecks::look(&dialog, QStringLiteral("calendar_day"));
        }
        {
            CalendarImportDialog dialog(calendar, t.admin, holidays, &window);
            DialogChecks::look(&dialog, QStringLiteral("calendar_import"), Kind::Window);
        }
        for (const int page : {SetupWizard::CompanyPageId, SetupWizard::WorkingTimePageId,
                               SetupWizard::AdministratorPageId, SetupWizard::ListsPageId}) {
            SetupWizard wizard(t.db(), clock, &window);
            wizard.setStartId(page);
            DialogChecks::look(&wizard, QStringLiteral("setup_page%1").arg(page), Kind::Wizard);
        }
        {
            StatsWindow dialog(session, &window);
            DialogChecks::look(&dialog, QStringLiteral("statistics"), Kind::Window);
        }
    }
    Translations::install(QStringLiteral("en"));
}
