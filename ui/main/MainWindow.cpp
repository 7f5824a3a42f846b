#include "main/MainWindow.h"

#include "cases/CaseListModel.h"
#include "cases/CaseListQuery.h"
#include "db/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

MainWindow::MainWindow(Database& database, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_clock(clock)
    , m_query(std::make_unique<CaseListQuery>(database.connection(), clock))
{
    setWindowTitle(tr("QualityLoop — %1").arg(QDir::toNativeSeparators(database.path())));
    m_model = new CaseListModel(*m_query, clock, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    setCentralWidget(m_table);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    createActions();
    updateStatus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 720);
    const QByteArray header = settings.value(QStringLiteral("caseList/header")).toByteArray();
    if (header.isEmpty()) {
        m_table->setColumnWidth(CaseListModel::Number, 130);
        m_table->setColumnWidth(CaseListModel::Received, 130);
        m_table->setColumnWidth(CaseListModel::Customer, 220);
        m_table->setColumnWidth(CaseListModel::Product, 120);
        m_table->setColumnWidth(CaseListModel::Serial, 130);
        m_table->setColumnWidth(CaseListModel::Grade, 60);
        m_table->setColumnWidth(CaseListModel::Status, 170);
        m_table->setColumnWidth(CaseListModel::NextStep, 230);
    } else {
        m_table->horizontalHeader()->restoreState(header);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* refresh = file->addAction(tr("&Refresh"), this, [this]() {
        m_model->reload();
        updateStatus();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About QualityLoop"), this, &MainWindow::showAbout);
}

void MainWindow::updateStatus()
{
    m_status->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About QualityLoop"),
                       tr("<h3>QualityLoop %1</h3><p>After-sales quality information for makers of fluid-control "
                          "equipment: from the customer's call to the written feedback.</p>")
                           .arg(QStringLiteral(QL_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("caseList/header"), m_table->horizontalHeader()->saveState());
    event->accept();
}
