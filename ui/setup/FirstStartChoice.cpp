#include "setup/FirstStartChoice.h"

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
            // HOOK (import, issue 11 item 4): open Administration > Import… here, e.g.
            //     ImportDialog dialog(window.session(), &window); dialog.exec();
            window.statusBar()->showMessage(
                tr("Import the company's lists from files through the Administration menu."));
            break;
        case ListsChoice::Later:
            break;
        }
    });
}
