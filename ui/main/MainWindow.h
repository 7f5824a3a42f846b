#pragma once

#include "Clock.h"
#include "domain/User.h"

#include <QMainWindow>

class AutoBackup;
class BackgroundCounts;
class CaseListPage;
class CaseViewPage;
class Database;
class DraftBanner;
class ElidedLabel;
class FlowChartPage;
class ListsWindow;
class MainActions;
class IntakeForm;
class MyWorkPage;
class NavigationTree;
class QLabel;
class QSplitter;
class QStackedWidget;
class Session;
class StatsWindow;

// The main window of one signed-in person: the navigation (My work with its counts, new case,
// all cases, the flow chart) beside the pages, the menus and the status bar. Features live in
// their own widgets; this class wires actions and pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Database& database, const Clock& clock, const User& user, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() const { return *m_session; }
    BackgroundCounts& counts() const { return *m_counts; }
    NavigationTree* navigation() const { return m_nav; }
    MyWorkPage* myWorkPage() const { return m_myWork; }
    CaseListPage* caseListPage() const { return m_caseList; }
    CaseViewPage* caseViewPage() const { return m_caseView; }
    IntakeForm* intakeForm() const { return m_intake; }
    FlowChartPage* flowChartPage() const { return m_flow; }
    MainActions& mainActions() const { return *m_main; }
    AutoBackup& autoBackup() const { return *m_autoBackup; }
    // The cases the print actions work on: those selected in the list shown, or the case shown.
    QList<qint64> selectedCaseIds() const;
    QWidget* currentPage() const;
    DraftBanner* draftBanner() const { return m_draftBanner; }

    void openCase(qint64 caseId);
    void showMyWork(const QString& groupKey = {});
    void showCaseList();
    void showFlowChart();
    void newCase();
    void continueDraft();
    // Administration > Lists… (office and administrators); listId picks a list ("customers").
    // The first-start wizard's "enter the lists now" calls it.
    void showLists(const QString& listId = {});
    ListsWindow* listsWindow() const { return m_lists; }
    // View > Statistics… (issue 13); a click on a bar shows its cases in the case list.
    void showStatistics();
    StatsWindow* statsWindow() const { return m_stats; }

signals:
    // File > Sign out: the window should close and the sign-in come back (app/gui/main.cpp).
    void signOutRequested();
    // File > Connect to server… connected to address: the window should close and the program
    // open that database, with its sign-in (app/gui/main.cpp).
    void connectRequested(const QString& address);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void connectToServer();
    void connectActions();
    void updatePrintActions();
    void retranslate();
    void refreshCounts();
    void setLanguage(const QString& code);
    void showAbout();
    void showUsers();
    void showSettings();
    void changePassword();
    void restoreBackup();
    void startDailyBackup();

    std::unique_ptr<Session> m_session;
    std::unique_ptr<BackgroundCounts> m_counts;
    NavigationTree* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    MyWorkPage* m_myWork = nullptr;
    CaseListPage* m_caseList = nullptr;
    CaseViewPage* m_caseView = nullptr;
    IntakeForm* m_intake = nullptr;
    FlowChartPage* m_flow = nullptr;
    ListsWindow* m_lists = nullptr;
    StatsWindow* m_stats = nullptr;
    DraftBanner* m_draftBanner = nullptr;
    QLabel* m_userLabel = nullptr;
    ElidedLabel* m_countsProblem = nullptr;
    QLabel* m_dbLabel = nullptr;
    std::unique_ptr<MainActions> m_main;
    AutoBackup* m_autoBackup = nullptr;
};
