#include "setup/FirstStartChoice.h"

#include "lists/ListsWindow.h"
#include "main/MainWindow.h"

#include <QStatusBar>
#include <QTimer>

void FirstStartChoice::follow(MainWindow& window, ListsChoice choice)
{
    // From the event loop, so the main window is painted before any dialog opens over it.
    QTimer::singleShot(0, &window, [&window, choice]() {
        switch (choice) {
        case ListsChoice::EnterNow:
            // HOOK (lists administration, issue 11 item 2): open the lists' window here, e.g.
            //     ListsDialog dialog(window.session(), &window); dialog.exec();
            window.statusBar()->showMessage(
                tr("Enter the company's lists (customers, products, serials, technicians) from the "
                   "Administration menu."));
            break;
        case ListsChoice::Import:
            // The lists' window with its Import… dialog over it (issue 11, item 4).
            window.showLists();
            if (window.listsWindow())
                window.listsWindow()->openImport();
            window.statusBar()->showMessage(
                tr("Import the company's lists from files through the Administration menu."));
            break;
        case ListsChoice::Later:
            break;
        }
    });
}
