#include "improvement/ImprovementItem.h"

#include "improvement/ActionsPage.h"
#include "improvement/ImprovementWindow.h"
#include "improvement/TracingDialog.h"

#include <QTabWidget>

bool ImprovementItem::open(Session& session, QWidget* mainWindow, const CaseListRow& row)
{
    if (row.item == QLatin1String("step")) {
        auto* dialog = new TracingDialog(session, row.itemId, mainWindow);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->selectStep(row.itemStep);
        dialog->show();
        dialog->raise();
        return true;
    }
    if (row.item == QLatin1String("action")) {
        ImprovementWindow* window = ImprovementWindow::showIn(session, mainWindow);
        window->tabs()->setCurrentWidget(window->actions());
        window->actions()->showAction(row.itemId);
        return true;
    }
    return false;
}
