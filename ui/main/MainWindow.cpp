#include "main/MainWindow.h"

#include "admin/AutoBackup.h"
#include "admin/BackupActions.h"
#include "admin/CalendarWindow.h"
#include "admin/SettingsDialog.h"
#include "admin/SettingsService.h"
#include "auth/ChangePasswordDialog.h"
#include "auth/UserService.h"
#include "auth/UsersDialog.h"
#include "backup/RestoreService.h"
#include "cases/CaseListPage.h"
#include "cases/CaseTableView.h"
#include "cases/CaseViewPage.h"
#include "common/DialogKeys.h"
#include "common/ElidedLabel.h"
#include "common/Palette.h"
#include "common/ServerWaitPrompt.h"
#include "db/Database.h"
#include "db/ServerAddress.h"
#include "flow/FlowChartPage.h"
#include "i18n/Translations.h"
#include "improvement/ImprovementWindow.h"
#include "intake/IntakeForm.h"
#include "lists/ListRules.h"
#include "lists/ListsWindow.h"
#include "loops/CustomerLoopsWindow.h"
#include "main/BackgroundCounts.h"
#include "main/ConnectServerDialog.h"
#include "main/DraftBanner.h"
#include "main/MainActions.h"
#include "main/NavigationTree.h"
#include "main/Session.h"
#include "print/PrintController.h"
#include "queue/MyWorkPage.h"
#include "stats/StatsWindow.h"
#include "workflow/WorkflowRules.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
// The database's short name for the title: a file's name, or "quality on HOST" for a server.
QString databaseName(const QString& path)
{
    if (!ServerAddress::isServer(path))
        return QFileInfo(path).fileName();
    const ServerAddress address = ServerAddress::parse(path);
    return MainWindow::tr("%1 on %2", "a server's database on its host").arg(address.database, address.host);
}
} // namespace

MainWindow::MainWindow(Database& database, const Clock& clock, const User& user, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::make_unique<Session>(database, clock, user))
    , m_counts(std::make_unique<BackgroundCounts>(database.path(), clock, user))
{
    DialogKeys::install(); // issue 12.7: the same Save key in every dialog, no stray mnemonic letters
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_nav = new NavigationTree(WorkflowRules::roleRefusal(user, WorkflowStep::LogCase).isEmpty(), m_splitter);
    m_stack = new QStackedWidget(m_splitter);
    m_myWork = new MyWorkPage(*m_session, *m_counts, m_stack);
    m_caseList = new CaseListPage(*m_session, *m_counts, m_stack);
    m_caseView = new CaseViewPage(*m_session, m_stack);
    m_intake = new IntakeForm(*m_session, m_stack);
    m_draftBanner = new DraftBanner(m_intake->draft(), central);
    layout->insertWidget(0, m_draftBanner);
    m_flow = new FlowChartPage(*m_session, *m_counts, m_stack);
    for (QWidget* w :
         {static_cast<QWidget*>(m_myWork), static_cast<QWidget*>(m_caseList),
          static_cast<QWidget*>(m_caseView), static_cast<QWidget*>(m_intake), static_cast<QWidget*>(m_flow)})
        m_stack->addWidget(w);
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 900});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    const bool sales = WorkflowRules::roleRefusal(user, WorkflowStep::LogCase).isEmpty();
    m_main = std::make_unique<MainActions>(this, sales);
    connectActions();

    m_userLabel = new QLabel(this);
    // A problem reading the counts in a place of its own, shortened to the room left beside the
    // database's name (a temporary message ran under it).
    m_countsProblem = new ElidedLabel(this);
    m_countsProblem->setObjectName(QStringLiteral("countsProblem"));
    m_countsProblem->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
    m_countsProblem->hide();
    m_dbLabel = new QLabel(this);
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_countsProblem, 1);
    statusBar()->addPermanentWidget(m_dbLabel);

    connect(m_nav, &NavigationTree::groupChosen, this, &MainWindow::showMyWork);
    connect(m_nav, &NavigationTree::pageChosen, this, [this](NavigationTree::Page p) {
        switch (p) {
        case NavigationTree::Page::MyWork:
            showMyWork();
            break;
        case NavigationTree::Page::NewCase:
            newCase();
            break;
        case NavigationTree::Page::Cases:
            showCaseList();
            break;
        case NavigationTree::Page::FlowChart:
            showFlowChart();
            break;
        }
    });
    connect(m_session.get(), &Session::openCaseRequested, this, &MainWindow::openCase);
    connect(m_session.get(), &Session::caseChanged, this, &MainWindow::refreshCounts);
    // Saved by another program: the counts and My work are read again (the pages update their rows).
    connect(m_session.get(), &Session::changedElsewhere, this, &MainWindow::refreshCounts);
    // The counts arrive from BackgroundCounts' thread; the window is in use meanwhile.
    connect(m_counts.get(), &BackgroundCounts::groupsReady, this, [this](const QList<QueueGroup>& groups) {
        m_nav->setGroups(groups);
        m_countsProblem->hide();
        if (m_stack->currentWidget() == m_myWork)
            if (QTreeWidgetItem* item = m_nav->groupItem(m_myWork->currentGroup())) {
                const QSignalBlocker block(m_nav);
                m_nav->setCurrentItem(item);
            }
    });
    connect(m_counts.get(), &BackgroundCounts::failed, this, [this](const QString& message) {
        m_countsProblem->setFullText(tr("The counts could not be read: %1").arg(message));
        m_countsProblem->show();
    });
    connect(m_intake, &IntakeForm::caseLogged, this, [this](qint64 id) {
        statusBar()->showMessage(tr("Case logged."), 5000);
        openCase(id);
    });
    connect(m_intake, &IntakeForm::closed, this, [this]() { showMyWork(); });
    connect(m_draftBanner, &DraftBanner::continueRequested, this, &MainWindow::continueDraft);

    createMenus();
    retranslate();
    refreshCounts();
    startDailyBackup();
    m_draftBanner->showIfDraft();
    showMyWork(m_myWork->currentGroup());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_caseView->splitter()->restoreState(settings.value(QStringLiteral("caseView/splitter")).toByteArray());
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::createMenus()
{
    // The old menus go too (clear() only takes their actions away); later, because the
    // language action that got us here may still be running inside one of them.
    const QList<QMenu*> old = menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    for (QMenu* menu : old)
        menu->deleteLater();
    const MainActions& a = *m_main;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (a.newCase->isVisible())
        file->addAction(a.newCase);
    file->addAction(a.refresh);
    file->addSeparator();
    file->addAction(tr("Change &password…"), this, &MainWindow::changePassword)
        ->setObjectName(QStringLiteral("actionChangePassword"));
    file->addAction(tr("Co&nnect to server…"), this, &MainWindow::connectToServer)
        ->setObjectName(QStringLiteral("actionConnectServer"));
    file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested)
        ->setObjectName(QStringLiteral("actionSignOut"));
    file->addSeparator();
    file->addAction(a.backUpNow);
    if (RestoreService::mayRestore(m_session->user()))
        file->addAction(a.restoreBackup);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.find);

    QMenu* print = menuBar()->addMenu(tr("&Print"));
    print->addActions({a.previewSheets, a.printSheets, a.saveSheetsPdf});
    print->addSeparator();
    print->addActions({a.returnVisitReport, a.overdueList});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions({a.myWork, a.caseList, a.flowChart});
    view->addAction(tr("Customer &loops…"), this,
                    [this]() { // issue 15: call-backs and visits
                        auto* loops = findChild<CustomerLoopsWindow*>();
                        if (!loops) {
                            loops = new CustomerLoopsWindow(*m_session, this);
                            loops->setAttribute(Qt::WA_DeleteOnClose);
                        }
                        loops->show();
                        loops->raise();
                    })
        ->setObjectName(QStringLiteral("actionCustomerLoops"));
    view->addAction(tr("&Improvement…"), this,
                    [this]() { // issue 14: corrective actions, tracings (8D), special treatment groups
                        ImprovementWindow::showIn(*m_session, this);
                    })
        ->setObjectName(QStringLiteral("actionImprovement"));
    view->addAction(tr("&Statistics…"), this, &MainWindow::showStatistics)
        ->setObjectName(QStringLiteral("actionStatistics"));
    view->addSeparator();
    view->addAction(a.toolBar()->toggleViewAction());
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    for (const QString& code : Translations::available()) {
        QAction* a = language->addAction(Translations::displayName(code), this,
                                         [this, code]() { setLanguage(code); });
        a->setCheckable(true);
        a->setChecked(code == Translations::current());
        group->addAction(a);
    }
    const Role role = m_session->user().role;
    QMenu* admin = nullptr;
    if (role == Role::Administrator || role == Role::Office) {
        admin = menuBar()->addMenu(tr("&Administration"));
        if (role == Role::Administrator) {
            admin->addAction(tr("&Users and roles…"), this, &MainWindow::showUsers);
            admin->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
        }
        admin->addAction(tr("&Working-day calendar…"), this, [this]() {
            CalendarWindow window(*m_session, this);
            window.exec();
        });
    }
    if (ListRules::mayChange(m_session->user())) { // issue 11: the office keeps the lists too
        if (!admin)
            admin = menuBar()->addMenu(tr("&Administration"));
        admin->addAction(tr("&Lists…"), this, [this]() { showLists(); })
            ->setObjectName(QStringLiteral("actionLists"));
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About QualityLoop"), this, &MainWindow::showAbout);
}

void MainWindow::connectActions()
{
    const MainActions& a = *m_main;
    connect(a.newCase, &QAction::triggered, this, &MainWindow::newCase);
    connect(a.refresh, &QAction::triggered, this, [this]() { m_session->notifyChanged(0); });
    connect(a.find, &QAction::triggered, this, [this]() {
        showCaseList();
        m_caseList->searchEdit()->setFocus();
        m_caseList->searchEdit()->selectAll();
    });
    connect(a.myWork, &QAction::triggered, this, [this]() { showMyWork(); });
    connect(a.caseList, &QAction::triggered, this, &MainWindow::showCaseList);
    connect(a.flowChart, &QAction::triggered, this, &MainWindow::showFlowChart);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.backUpNow, &QAction::triggered, this,
            [this]() { BackupActions::backUpNow(this, m_session->databasePath()); });
    connect(a.restoreBackup, &QAction::triggered, this, &MainWindow::restoreBackup);
    using D = PrintController::Document;
    connect(a.printSheets, &QAction::triggered, this, [this]() {
        PrintController::print(this, m_session->services(), D::FeedbackSheet, selectedCaseIds());
    });
    connect(a.previewSheets, &QAction::triggered, this, [this]() {
        PrintController::preview(this, m_session->services(), D::FeedbackSheet, selectedCaseIds());
    });
    connect(a.saveSheetsPdf, &QAction::triggered, this, [this]() {
        PrintController::savePdf(this, m_session->services(), D::FeedbackSheet, selectedCaseIds());
    });
    connect(a.returnVisitReport, &QAction::triggered, this,
            [this]() { PrintController::returnVisitReport(this, m_session->services()); });
    connect(a.overdueList, &QAction::triggered, this,
            [this]() { PrintController::overdueList(this, m_session->services()); });
    // The lists print the cases selected in them, from their context menus too.
    for (CaseTableView* table : {m_caseList->table(), m_myWork->table()}) {
        table->setContextMenuPolicy(Qt::ActionsContextMenu);
        table->addActions({a.previewSheets, a.printSheets, a.saveSheetsPdf});
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::updatePrintActions);
        // A refreshed list forgets its selection without a selectionChanged.
        connect(table->model(), &QAbstractItemModel::modelReset, this, &MainWindow::updatePrintActions);
        connect(table->model(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updatePrintActions);
    }
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updatePrintActions);
    // A case that could not be read (the server does not answer) is not printed.
    connect(m_caseView, &CaseViewPage::loaded, this, &MainWindow::updatePrintActions);
    connect(m_caseView, &CaseViewPage::readFailed, this, &MainWindow::updatePrintActions);
}

QList<qint64> MainWindow::selectedCaseIds() const
{
    if (m_stack->currentWidget() == m_caseList)
        return m_caseList->table()->selectedCaseIds();
    if (m_stack->currentWidget() == m_myWork)
        return m_myWork->table()->selectedCaseIds();
    if (m_stack->currentWidget() == m_caseView && m_caseView->isLoaded())
        return {m_caseView->caseId()};
    return {};
}

void MainWindow::updatePrintActions()
{
    m_main->setSelectedCases(static_cast<int>(selectedCaseIds().size()));
}

void MainWindow::retranslate()
{
    m_main->retranslate();
    // The program's name last, once: the desktop adds it to a title that does not end with it.
    setWindowTitle(tr("%1 — QualityLoop").arg(databaseName(m_session->databasePath())));
    m_nav->retranslate();
    const User& u = m_session->user();
    m_userLabel->setText(tr("Signed in as %1 (%2)").arg(u.displayName, Roles::displayName(u.role)));
    m_dbLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_session->databasePath())));
}

void MainWindow::refreshCounts()
{
    // Counts, the cases of the current heading and the flow chart, all read off this thread.
    m_myWork->reload();
}

void MainWindow::openCase(qint64 caseId)
{
    m_caseView->showCase(caseId);
    m_stack->setCurrentWidget(m_caseView);
}

void MainWindow::showMyWork(const QString& groupKey)
{
    if (!groupKey.isEmpty())
        m_myWork->showGroup(groupKey);
    m_stack->setCurrentWidget(m_myWork);
    if (QTreeWidgetItem* item = m_nav->groupItem(m_myWork->currentGroup())) {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentItem(item);
    }
}

void MainWindow::showCaseList()
{
    m_stack->setCurrentWidget(m_caseList);
    const QSignalBlocker block(m_nav);
    m_nav->setCurrentItem(m_nav->pageItem(NavigationTree::Page::Cases));
}

void MainWindow::showFlowChart()
{
    m_flow->reload();
    m_stack->setCurrentWidget(m_flow);
    const QSignalBlocker block(m_nav);
    m_nav->setCurrentItem(m_nav->pageItem(NavigationTree::Page::FlowChart));
}

void MainWindow::newCase()
{
    if (!m_nav->pageItem(NavigationTree::Page::NewCase))
        return;
    m_stack->setCurrentWidget(m_intake);
    {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentItem(m_nav->pageItem(NavigationTree::Page::NewCase));
    }
    m_intake->startNew();
}

void MainWindow::continueDraft()
{
    m_draftBanner->hide();
    m_intake->restoreDraft();
    m_stack->setCurrentWidget(m_intake);
}

void MainWindow::setLanguage(const QString& code)
{
    Translations::install(code);
    QSettings().setValue(QStringLiteral("language"), code);
}

void MainWindow::showUsers()
{
    UsersDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_autoBackup->setSettings(m_session->make<SettingsService>().backups());
}

void MainWindow::startDailyBackup()
{
    m_autoBackup = new AutoBackup(m_session->databasePath(), m_session->clock(), this);
    m_autoBackup->setSettings(m_session->make<SettingsService>().backups());
    connect(m_autoBackup, &AutoBackup::finished, this,
            [this](bool ok, const QString& message) { statusBar()->showMessage(message, ok ? 15000 : 0); });
    m_autoBackup->start();
}

void MainWindow::restoreBackup()
{
    if (!RestoreService::mayRestore(m_session->user())
        || !BackupActions::restore(this, m_session->databasePath()))
        return;
    const std::optional<User> me = m_session->make<UserService>().user(m_session->user().id);
    if (!me || me->username != m_session->user().username) {
        QMessageBox::information(
            this, tr("Backup restored"),
            tr("Your account is not in the restored database, so QualityLoop closes. Sign "
               "in again with an account of the restored database."));
        close();
        return;
    }
    // The open connections read the restored file at once: everything shown is read again.
    m_session->workflow().reloadRules();
    m_autoBackup->setSettings(m_session->make<SettingsService>().backups());
    showMyWork();
    m_session->notifyChanged(0);
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_session->databasePath(), m_session->clock(), m_session->user(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 5000);
}

void MainWindow::connectToServer()
{
    ConnectServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        emit connectRequested(dialog.address());
}

void MainWindow::showLists(const QString& listId)
{
    if (!m_lists) {
        m_lists = new ListsWindow(*m_session, this);
    }
    if (!listId.isEmpty())
        m_lists->showList(listId);
    m_lists->show();
    m_lists->raise();
    m_lists->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About QualityLoop"),
        tr("<h3>QualityLoop %1</h3><p>After-sales quality information for makers of fluid-control "
           "equipment: from the customer's call to the written feedback.</p>")
            .arg(QStringLiteral(QL_VERSION)));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        createMenus();
        retranslate();
        refreshCounts();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A call waiting to be saved by itself: asked, as its draft would only come back at sign-in.
    if (m_intake->isWaitingForServer()
        && ServerWaitPrompt::askQuit(this) != ServerWaitPrompt::Answer::CloseKeepDraft) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("caseView/splitter"), m_caseView->splitter()->saveState());
    event->accept();
}

void MainWindow::showStatistics()
{
    if (!m_stats) {
        m_stats = new StatsWindow(*m_session, this);
        connect(m_stats, &StatsWindow::casesRequested, this,
                [this](const CaseFilter& f, const QString& what) {
                    m_caseList->showCases(f, what);
                    showCaseList();
                    activateWindow();
                });
    }
    m_stats->show();
    m_stats->raise();
    m_stats->activateWindow();
}
