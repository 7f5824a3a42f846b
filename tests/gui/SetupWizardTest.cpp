// Issue 11, item 1 and issue 10, item 9: a brand-new database is set up in the window (company,
// working time, administrator, lists) and opens the main window signed in as its administrator;
// everything survives a restart. Pictures of the pages in English and Chinese.
#include "setup/SetupWizard.h"

#include "GuiTestSupport.h"
#include "MockClock.h"
#include "TestPaths.h"
#include "admin/SettingsService.h"
#include "auth/NewPasswordFields.h"
#include "auth/SignInDialog.h"
#include "auth/UserService.h"
#include "common/DateTimeField.h"
#include "db/Database.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "setup/FirstStartChoice.h"
#include "setup/SetupAdminPage.h"
#include "setup/SetupCompanyPage.h"
#include "setup/SetupListsPage.h"
#include "setup/SetupWorkingTimePage.h"
#include "setup/StartFlow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <catch2/catch.hpp>
#include <functional>

namespace {
// Runs drive on the modal dialog of type T as soon as its exec() shows it, from inside that exec().
template<class T> void whenShown(std::function<void(T*)> drive)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, drive]() {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        drive(dialog);
        if (dialog->isVisible()) // a check failed: never leave the test hanging
            dialog->reject();
    });
    timer->start();
}

void click(QWizard* wizard, QWizard::WizardButton which)
{
    QTest::mouseClick(wizard->button(which), Qt::LeftButton);
}

// Fills every page with good values; the password is typed on the administrator's page.
void fillCompany(SetupWizard* wizard, const QString& logo)
{
    QLineEdit* name = wizard->companyPage()->nameEdit();
    name->clear();
    name->insert(QStringLiteral("恒立阀门有限公司")); // as an input method commits it
    QTest::keyClicks(name, QStringLiteral(" Hengli Valve"));
    QTest::keyClicks(wizard->companyPage()->addressEdit(), QStringLiteral("8 Industrial Road, Wenzhou"));
    if (!logo.isEmpty())
        CHECK(wizard->companyPage()->chooseLogo(logo));
}

void fillWorkingTime(SetupWizard* wizard)
{
    SetupWorkingTimePage* page = wizard->workingTimePage();
    page->timeZoneCombo()->setCurrentText(QStringLiteral("Asia/Shanghai"));
    page->workdayBox(6)->setChecked(true); // Saturdays too
    page->workdayEndEdit()->setTime(QTime(18, 0));
}

void fillAdministrator(SetupWizard* wizard, const QString& password, const QString& repeat)
{
    SetupAdminPage* page = wizard->administratorPage();
    GuiTest::typeInto(page->usernameEdit(), QStringLiteral("zhang"));
    page->displayNameEdit()->clear();
    page->displayNameEdit()->insert(QStringLiteral("张伟"));
    GuiTest::typeInto(page->passwordFields().passwordEdit(), password);
    GuiTest::typeInto(page->passwordFields().repeatEdit(), repeat);
}

QString pngLogo(const QTemporaryDir& dir)
{
    QImage logo(300, 100, QImage::Format_RGB32);
    logo.fill(QColor(0x1f, 0x4e, 0x79));
    const QString path = dir.filePath(QStringLiteral("logo.png"));
    logo.save(path);
    return path;
}

void shoot(QWidget* w, const QString& name, const QString& lang)
{
    QCoreApplication::processEvents();
    const QString dir = testPath("QL_SCREENSHOT_DIR");
    QDir().mkpath(dir);
    CHECK(w->grab().save(QDir(dir).filePath(name + QLatin1Char('_') + lang + QStringLiteral(".png"))));
}
} // namespace

TEST_CASE("A brand-new database is set up in the window and opens signed in as its administrator: all "
          "survives a restart",
          "[gui][accounts][setup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    const QString logo = pngLogo(dir);
    MockClock clock;
    auto database = std::make_unique<Database>(path);
    QString companyError, adminErrorWeak, adminErrorRepeat;
    int pageAfterWrongPassword = -1;
    whenShown<SetupWizard>([&](SetupWizard* wizard) {
        CHECK(wizard->currentId() == SetupWizard::CompanyPageId);
        click(wizard, QWizard::NextButton); // no name: refused next to the field
        companyError = wizard->companyPage()->fieldError(QStringLiteral("companyName"));
        CHECK(wizard->currentId() == SetupWizard::CompanyPageId);
        fillCompany(wizard, logo);
        click(wizard, QWizard::NextButton);
        CHECK(wizard->currentId() == SetupWizard::WorkingTimePageId);
        fillWorkingTime(wizard);
        click(wizard, QWizard::NextButton);
        CHECK(wizard->currentId() == SetupWizard::AdministratorPageId);
        fillAdministrator(wizard, QStringLiteral("12345678"), QStringLiteral("12345678"));
        click(wizard, QWizard::NextButton);
        adminErrorWeak = wizard->administratorPage()->fieldError(QStringLiteral("password"));
        fillAdministrator(wizard, QStringLiteral("Valve-seat 2026"), QStringLiteral("Valve-seat 2025"));
        click(wizard, QWizard::NextButton);
        adminErrorRepeat = wizard->administratorPage()->fieldError(QStringLiteral("repeatPassword"));
        pageAfterWrongPassword = wizard->currentId();
        fillAdministrator(wizard, QStringLiteral("Valve-seat 2026"), QStringLiteral("Valve-seat 2026"));
        click(wizard, QWizard::NextButton);
        CHECK(wizard->currentId() == SetupWizard::ListsPageId);
        QTest::mouseClick(wizard->listsPage()->button(ListsChoice::EnterNow), Qt::LeftButton);
        click(wizard, QWizard::FinishButton);
    });
    const std::optional<StartFlow::Result> first = StartFlow::run(*database, clock);
    CHECK_THAT(companyError.toStdString(), Catch::Contains("company's name"));
    CHECK_THAT(adminErrorWeak.toStdString(), Catch::Contains("first passwords"));
    CHECK_THAT(adminErrorRepeat.toStdString(), Catch::Contains("differ"));
    CHECK(pageAfterWrongPassword == SetupWizard::AdministratorPageId);
    REQUIRE(first);
    CHECK(first->user.username == QStringLiteral("zhang"));
    CHECK(first->user.role == Role::Administrator);
    REQUIRE(first->listsChoice);
    CHECK(*first->listsChoice == ListsChoice::EnterNow);

    {
        MainWindow window(*database, clock, first->user);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        FirstStartChoice::follow(window, *first->listsChoice);
        for (QDeadlineTimer shown(5000);
             window.statusBar()->currentMessage().isEmpty() && !shown.hasExpired();)
            QTest::qWait(10);
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Administration")));
        bool signedInLabel = false;
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
            signedInLabel = signedInLabel || label->text().contains(QStringLiteral("Signed in as 张伟"));
        CHECK(signedInLabel);
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus.append(a->text().remove(u'&'));
        CHECK(menus.contains(QStringLiteral("Administration")));
        REQUIRE(GuiTest::waitForCounts(window));
        window.close();
    }

    // A restart: the file opened again, by a new connection.
    database.reset();
    database = std::make_unique<Database>(path);
    const SettingsService settings(database->connection());
    CHECK(settings.company().name == QStringLiteral("恒立阀门有限公司 Hengli Valve"));
    CHECK(settings.company().address == QStringLiteral("8 Industrial Road, Wenzhou"));
    CHECK(settings.company().logo.startsWith(QStringLiteral("data:image/png")));
    const DeadlineRules rules = settings.deadlines();
    CHECK(QString::fromUtf8(rules.zone.id()) == QStringLiteral("Asia/Shanghai"));
    CHECK(rules.workdays == QList<int>({1, 2, 3, 4, 5, 6}));
    CHECK(rules.workdayEnd == QTime(18, 0));
    // This time the sign-in comes, and the administrator signs in with the password chosen.
    whenShown<SignInDialog>([](SignInDialog* signIn) {
        GuiTest::typeInto(signIn->userEdit(), QStringLiteral("zhang"));
        GuiTest::typeInto(signIn->passwordEdit(), QStringLiteral("Valve-seat 2026"));
        GuiTest::clickSave(signIn);
    });
    const std::optional<StartFlow::Result> again = StartFlow::run(*database, clock);
    REQUIRE(again);
    CHECK(again->user.username == QStringLiteral("zhang"));
    CHECK(again->user.displayName == QStringLiteral("张伟"));
    CHECK_FALSE(again->listsChoice);
}

TEST_CASE("Cancelling the setup saves nothing, and the next start asks again", "[gui][accounts][setup]")
{
    QTemporaryDir dir;
    MockClock clock;
    Database database(dir.filePath(QStringLiteral("cancel.sqlite")));
    whenShown<SetupWizard>([](SetupWizard* wizard) {
        fillCompany(wizard, {});
        click(wizard, QWizard::NextButton);
        click(wizard, QWizard::NextButton);
        fillAdministrator(wizard, QStringLiteral("Valve-seat 2026"), QStringLiteral("Valve-seat 2026"));
        click(wizard, QWizard::NextButton);
        CHECK(wizard->currentId() == SetupWizard::ListsPageId);
        click(wizard, QWizard::CancelButton);
    });
    CHECK_FALSE(StartFlow::run(database, clock));
    CHECK_FALSE(UserService(database.connection(), clock).hasUsableAdministrator());
    CHECK(SettingsService(database.connection()).company().name
          != QStringLiteral("恒立阀门有限公司 Hengli Valve"));
}

TEST_CASE("Screenshots of the setup pages", "[gui][accounts][setup][screenshots]")
{
    QTemporaryDir dir;
    const QString logo = pngLogo(dir);
    MockClock clock;
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations::install(lang);
        Database database(dir.filePath(QStringLiteral("shots_%1.sqlite").arg(lang)));
        SetupWizard wizard(database, clock);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        shoot(&wizard, QStringLiteral("10_setup_1_company"), lang);
        fillCompany(&wizard, logo);
        click(&wizard, QWizard::NextButton);
        fillWorkingTime(&wizard);
        shoot(&wizard, QStringLiteral("10_setup_2_working_time"), lang);
        click(&wizard, QWizard::NextButton);
        fillAdministrator(&wizard, QStringLiteral("12345678"), QStringLiteral("12345678"));
        click(&wizard, QWizard::NextButton); // refused: the picture shows the message by the field
        shoot(&wizard, QStringLiteral("10_setup_3_administrator"), lang);
        fillAdministrator(&wizard, QStringLiteral("Valve-seat 2026"), QStringLiteral("Valve-seat 2026"));
        click(&wizard, QWizard::NextButton);
        REQUIRE(wizard.currentId() == SetupWizard::ListsPageId);
        shoot(&wizard, QStringLiteral("10_setup_4_lists"), lang);
        wizard.reject();
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("The first-start setup shows the PC's own time zone, also one Qt's list names otherwise",
          "[gui][setup]")
{
    // A Debian PC set to UTC calls its zone "Etc/UTC", which Qt's list of zones does not hold:
    // the page showed the list's first zone (Africa/Abidjan), and Next saved it.
    DeadlineRules rules;
    rules.zone = QTimeZone(QByteArrayLiteral("Etc/UTC"));
    const SetupWorkingTimePage page(rules);
    CHECK(page.timeZoneCombo()->currentText() == QStringLiteral("Etc/UTC"));
    CHECK(page.rules().zone.id() == QByteArrayLiteral("Etc/UTC"));
    rules.zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    CHECK(SetupWorkingTimePage(rules).timeZoneCombo()->currentText() == QStringLiteral("Asia/Shanghai"));
}
