#pragma once

#include "domain/User.h"
#include "setup/ListsChoice.h"

#include <QWizard>

class Clock;
class Database;
class SetupAdminPage;
class SetupCompanyPage;
class SetupListsPage;
class SetupWorkingTimePage;

// The first start of a database without a usable administrator (issue 11, item 1; issue 10,
// item 9): the company, its working time, the administrator, then how the lists get in.
// Finishing makes the administrator and saves the settings in core (FirstStart, off the GUI
// thread: Argon2id); a refusal brings back the page of the wrong field. Cancel saves nothing.
// Afterwards administrator() is signed in and listsChoice() says what to open next
// (FirstStartChoice::follow). On a new file the first page offers Connect to a server… instead:
// once connected the wizard closes with serverAddress() set and nothing saved here.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        CompanyPageId,
        WorkingTimePageId,
        AdministratorPageId,
        ListsPageId,
    };

    SetupWizard(Database& database, const Clock& clock, QWidget* parent = nullptr);

    const User& administrator() const { return m_administrator; }
    // The server connected to from the first page (ConnectServerDialog::address), else empty.
    const QString& serverAddress() const { return m_serverAddress; }
    ListsChoice listsChoice() const;
    SetupCompanyPage* companyPage() const { return m_company; }
    SetupWorkingTimePage* workingTimePage() const { return m_workingTime; }
    SetupAdminPage* administratorPage() const { return m_admin; }
    SetupListsPage* listsPage() const { return m_lists; }

    bool validateCurrentPage() override;

signals:
    // The administrator exists and the settings are saved.
    void setupDone(const User& administrator, ListsChoice listsChoice);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    bool finishSetup();
    void connectToServer();
    void goBackTo(int pageId);
    void retranslate();
    void fitToPages();

    Database& m_database;
    const Clock& m_clock;
    User m_administrator;
    QString m_serverAddress;
    SetupCompanyPage* m_company = nullptr;
    SetupWorkingTimePage* m_workingTime = nullptr;
    SetupAdminPage* m_admin = nullptr;
    SetupListsPage* m_lists = nullptr;
};
