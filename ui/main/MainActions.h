#pragma once

#include <QCoreApplication>

class QAction;
class QMainWindow;
class QToolBar;

// The window's main commands as actions, shared by the menus, the main toolbar and the context
// menus of the lists: one action per command, with its icon, shortcut and name. The window
// connects them and puts them into its menus. The texts are the window's own (context
// MainWindow), so the menus read as they always did.
class MainActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    // Actions are children of window; newCase is only on the toolbar when mayLogCases.
    MainActions(QMainWindow* window, bool mayLogCases);

    QToolBar* toolBar() const { return m_toolBar; }
    void retranslate();
    // The print actions work on the selected cases of the current page: enabled when there are some.
    void setSelectedCases(int count);

    QAction* newCase = nullptr;
    QAction* refresh = nullptr;
    QAction* find = nullptr;
    QAction* myWork = nullptr;
    QAction* caseList = nullptr;
    QAction* flowChart = nullptr;
    QAction* printSheets = nullptr;
    QAction* previewSheets = nullptr;
    QAction* saveSheetsPdf = nullptr;
    QAction* returnVisitReport = nullptr;
    QAction* overdueList = nullptr;
    QAction* backUpNow = nullptr;
    QAction* restoreBackup = nullptr; // administrators only
    QAction* quit = nullptr;

private:
    QToolBar* m_toolBar = nullptr;
    int m_selected = 0;
};
