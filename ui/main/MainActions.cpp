#include "main/MainActions.h"

#include "common/Icons.h"

#include <QAction>
#include <QMainWindow>
#include <QToolBar>

namespace {
QAction* make(QMainWindow* window, const char* objectName, const QString& icon,
              const QKeySequence& shortcut = {})
{
    auto* a = new QAction(window);
    a->setObjectName(QString::fromLatin1(objectName));
    if (!icon.isEmpty())
        a->setIcon(Icons::action(icon));
    a->setShortcut(shortcut);
    return a;
}
} // namespace

MainActions::MainActions(QMainWindow* window, bool mayLogCases)
{
    newCase = make(window, "actionNewCase", QStringLiteral("new-case"), QKeySequence::New);
    refresh = make(window, "actionRefresh", QStringLiteral("refresh"), QKeySequence::Refresh);
    find = make(window, "actionFind", QStringLiteral("search"), QKeySequence::Find);
    myWork = make(window, "actionMyWork", QStringLiteral("my-work"));
    caseList = make(window, "actionCaseList", QStringLiteral("case-list"));
    flowChart = make(window, "actionFlowChart", QStringLiteral("flow-chart"));
    printSheets = make(window, "actionPrintSheets", QStringLiteral("print"), QKeySequence::Print);
    previewSheets = make(window, "actionPreviewSheets", QStringLiteral("preview"));
    saveSheetsPdf = make(window, "actionSaveSheetsPdf", QStringLiteral("save-pdf"));
    returnVisitReport = make(window, "actionReturnVisitReport", QStringLiteral("report"));
    overdueList = make(window, "actionOverdueList", QStringLiteral("overdue"));
    backUpNow = make(window, "actionBackUpNow", QString());
    restoreBackup = make(window, "actionRestoreBackup", QString());
    quit = make(window, "actionQuit", QString(), QKeySequence::Quit);
    newCase->setVisible(mayLogCases);
    for (QAction* a : {newCase, refresh, find, myWork, caseList, flowChart, printSheets, previewSheets,
                       saveSheetsPdf, returnVisitReport, overdueList, quit})
        window->addAction(a); // the shortcuts work wherever the focus is

    // The object name keeps the toolbar's place in QMainWindow::saveState.
    m_toolBar = new QToolBar(window);
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setIconSize(QSize(24, 24));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (mayLogCases) {
        m_toolBar->addAction(newCase);
        m_toolBar->addSeparator();
    }
    m_toolBar->addActions({myWork, caseList, flowChart});
    m_toolBar->addSeparator();
    m_toolBar->addActions({find, refresh});
    m_toolBar->addSeparator();
    m_toolBar->addActions({previewSheets, printSheets, saveSheetsPdf});
    window->addToolBar(Qt::TopToolBarArea, m_toolBar);
    setSelectedCases(0);
}

void MainActions::retranslate()
{
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    newCase->setText(tr("&New case…"));
    refresh->setText(tr("&Refresh"));
    find->setText(tr("&Find cases"));
    myWork->setText(tr("&My work"));
    myWork->setShortcut(QKeySequence(tr("Ctrl+1")));
    caseList->setText(tr("All &cases"));
    caseList->setShortcut(QKeySequence(tr("Ctrl+2")));
    flowChart->setText(tr("&Flow chart"));
    flowChart->setShortcut(QKeySequence(tr("Ctrl+3")));
    printSheets->setText(tr("&Print feedback sheets…"));
    previewSheets->setText(tr("Pre&view feedback sheets…"));
    saveSheetsPdf->setText(tr("Save feedback sheets as P&DF…"));
    returnVisitReport->setText(tr("Return-visit &report…"));
    overdueList->setText(tr("&Overdue list…"));
    backUpNow->setText(tr("&Back up now…"));
    restoreBackup->setText(tr("R&estore a backup…"));
    quit->setText(tr("&Quit"));
    // On the toolbar the short names: no ellipsis, no mnemonic.
    printSheets->setIconText(tr("Print"));
    previewSheets->setIconText(tr("Preview"));
    saveSheetsPdf->setIconText(tr("PDF"));
    newCase->setIconText(tr("New case"));
    setSelectedCases(m_selected);
}

void MainActions::setSelectedCases(int count)
{
    m_selected = count;
    for (QAction* a : {printSheets, previewSheets, saveSheetsPdf})
        a->setEnabled(count > 0);
    printSheets->setToolTip(tr("Print the feedback sheets of %n selected case(s)", nullptr, count));
    previewSheets->setToolTip(tr("Preview the feedback sheets of %n selected case(s)", nullptr, count));
    saveSheetsPdf->setToolTip(
        tr("Save the feedback sheets of %n selected case(s) in one PDF file", nullptr, count));
}
