#include "setup/SetupWizard.h"

#include "admin/FirstStart.h"
#include "admin/SettingsService.h"
#include "auth/PasswordWork.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/Services.h"
#include "main/ConnectServerDialog.h"
#include "setup/SetupAdminPage.h"
#include "setup/SetupCompanyPage.h"
#include "setup/SetupListsPage.h"
#include "setup/SetupWorkingTimePage.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLayout>
#include <QWizardPage>

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
    const SettingsService settings = Services(database, clock).make<SettingsService>();
    m_company = new SetupCompanyPage(settings.company(), this);
    m_workingTime = new SetupWorkingTimePage(settings.deadlines(), this);
    m_admin = new SetupAdminPage(this);
    m_lists = new SetupListsPage(this);
    setPage(CompanyPageId, m_company);
    setPage(WorkingTimePageId, m_workingTime);
    setPage(AdministratorPageId, m_admin);
    setPage(ListsPageId, m_lists);
    setStartId(CompanyPageId);
    if (!database.isServer()) { // a new PC of an office whose database is on a server
        m_company->offerServer(database.path());
        connect(m_company, &SetupCompanyPage::connectRequested, this, &SetupWizard::connectToServer);
    }
    retranslate();
    resize(640, 520); // until shown: then as tall as its tallest page (fitToPages)
}

void SetupWizard::showEvent(QShowEvent* event)
{
    QWizard::showEvent(event);
    fitToPages();
}

// As tall as the tallest page needs at this width, with its subtitle wrapped as it will be: each
// page then fills the window without half of it empty, and none is cut, whichever is shown first.
void SetupWizard::fitToPages()
{
    QWizardPage* shown = currentPage();
    if (!shown)
        return;
    const int pageWidth = shown->width();
    const int line = fontMetrics().height();
    const auto pageNeed = [pageWidth, line](const QWizardPage* p) {
        const QLayout* l = p->layout();
        if (!l)
            return p->sizeHint().height();
        // A form row holding a wrapped note asks for far more than it needs for a width (the
        // administrator's page asked for 200 px more): a line more than its hint at most.
        const int hint = l->totalSizeHint().height();
        return l->hasHeightForWidth() ? std::min(l->totalHeightForWidth(pageWidth), hint + line) : hint;
    };
    // The header's subtitle wraps to a different number of lines on each page.
    const QLabel* subTitle = nullptr;
    for (const QLabel* label : findChildren<QLabel*>())
        if (!shown->isAncestorOf(label) && !shown->subTitle().isEmpty() && label->text() == shown->subTitle())
            subTitle = label;
    QLabel probe;
    const auto subTitleNeed = [subTitle, &probe](const QWizardPage* p) {
        if (!subTitle)
            return 0;
        probe.setFont(subTitle->font());
        probe.setWordWrap(true);
        probe.setIndent(subTitle->indent());
        probe.setMargin(subTitle->margin());
        probe.setContentsMargins(subTitle->contentsMargins());
        probe.setTextFormat(subTitle->textFormat());
        probe.setText(p->subTitle());
        return probe.heightForWidth(subTitle->width());
    };
    // Everything but the page and its subtitle: the title, the buttons, the margins.
    const int around = height() - shown->height() - (subTitle ? subTitle->height() : 0);
    int need = 0;
    for (const int id : pageIds())
        need = std::max(need, around + pageNeed(page(id)) + subTitleNeed(page(id)));
    if (need > 0 && need != height())
        resize(width(), need);
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("Set up QualityLoop"));
    setButtonText(QWizard::FinishButton, tr("&Start QualityLoop"));
}

void SetupWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (isVisible()) // once every page has its new words
            QMetaObject::invokeMethod(this, &SetupWizard::fitToPages, Qt::QueuedConnection);
    }
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

void SetupWizard::connectToServer()
{
    ConnectServerDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_serverAddress = dialog.address();
    done(QDialog::Rejected); // nothing of this database's setup is kept
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
    const QString problem = PasswordWork::runWith(
        this, m_database.path(), m_clock, tr("Setting up QualityLoop…"),
        [&made, administrator, password, company, rules](const Services& services) {
            made = services.call(&FirstStart::run, services.clock(), administrator, password, company, rules);
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
