#include "setup/SetupWizard.h"

#include "admin/FirstStart.h"
#include "admin/SettingsService.h"
#include "auth/PasswordWork.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "setup/SetupAdminPage.h"
#include "setup/SetupCompanyPage.h"
#include "setup/SetupListsPage.h"
#include "setup/SetupWorkingTimePage.h"

#include <QApplication>
#include <QEvent>

#include <algorithm>

SetupWizard::SetupWizard(Database& database, const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_database(database)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QApplication::windowIcon().pixmap(48, 48));
    const SettingsService settings(database.connection());
    m_company = new SetupCompanyPage(settings.company(), this);
    m_workingTime = new SetupWorkingTimePage(settings.deadlines(), this);
    m_admin = new SetupAdminPage(this);
    m_lists = new SetupListsPage(this);
    setPage(CompanyPageId, m_company);
    setPage(WorkingTimePageId, m_workingTime);
    setPage(AdministratorPageId, m_admin);
    setPage(ListsPageId, m_lists);
    setStartId(CompanyPageId);
    retranslate();
    resize(640, 520);
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("Set up QualityLoop"));
    setButtonText(QWizard::FinishButton, tr("&Start QualityLoop"));
}

void SetupWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

ListsChoice SetupWizard::listsChoice() const
{
    return m_lists->choice();
}

bool SetupWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentId() != ListsPageId || finishSetup();
}

void SetupWizard::goBackTo(int pageId)
{
    while (currentId() != pageId && currentId() != startId())
        back();
}

bool SetupWizard::finishSetup()
{
    m_lists->showProblem({});
    const User administrator = m_admin->administrator();
    const QString password = m_admin->password();
    const CompanySettings company = m_company->company();
    const DeadlineRules rules = m_workingTime->rules();
    User made;
    QMap<QString, QString> fields;
    // Argon2id and the first writes, off the GUI thread over a connection of their own.
    const QString problem = PasswordWork::run(
        this, m_database.path(), m_clock, tr("Setting up QualityLoop…"),
        [&made, administrator, password, company, rules](UserService& users) {
            made
                = FirstStart::run(users.connection(), users.clock(), administrator, password, company, rules);
        },
        &fields);
    if (problem.isEmpty()) {
        m_administrator = made;
        emit setupDone(m_administrator, listsChoice());
        return true;
    }
    // The page of the first wrong field comes back with its message; else the message shows here.
    const QStringList keys = fields.keys();
    const auto has = [&keys](const QString& prefix) {
        return std::any_of(keys.cbegin(), keys.cend(),
                           [&prefix](const QString& k) { return k.startsWith(prefix); });
    };
    if (has(QStringLiteral("company"))) {
        goBackTo(CompanyPageId);
        m_company->showErrors(fields);
    } else if (fields.contains(QStringLiteral("username")) || fields.contains(QStringLiteral("password"))) {
        goBackTo(AdministratorPageId);
        m_admin->showErrors(fields);
    } else if (!fields.isEmpty()) {
        goBackTo(WorkingTimePageId);
        m_workingTime->showErrors(fields);
    } else {
        m_lists->showProblem(problem);
    }
    return false;
}
