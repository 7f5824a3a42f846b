#include "loops/RequirementsButton.h"

#include "UserError.h"
#include "lists/ListPage.h"
#include "lists/ListSpec.h"
#include "lists/ListTableModel.h"
#include "loops/RequirementDialog.h"
#include "loops/RequirementService.h"
#include "main/Session.h"

#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace {
constexpr int menuOrders = 20; // a customer's latest orders offered
}

RequirementsButton::RequirementsButton(Session& session, ListPage* page)
    : QPushButton(tr("&Requirements…"), page)
    , m_session(session)
    , m_page(page)
{
    setObjectName(QStringLiteral("listRequirements"));
    setToolTip(tr("The customer's requirements and the documents that go with the goods, before supply"));
    connect(this, &QPushButton::clicked, this, &RequirementsButton::choose);
    connect(page->table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequirementsButton::updateEnabled);
    connect(page->model(), &QAbstractItemModel::modelReset, this, &RequirementsButton::updateEnabled);
    updateEnabled();
}

bool RequirementsButton::fits(const QString& listId)
{
    return listId == QLatin1String("shipments") || listId == QLatin1String("serials")
        || listId == QLatin1String("customers");
}

void RequirementsButton::updateEnabled()
{
    setEnabled(m_page->selectedRow() >= 0);
}

QStringList RequirementsButton::orders() const
{
    const int row = m_page->selectedRow();
    if (row < 0)
        return {};
    return m_session.make<RequirementService>().ordersOf(m_page->spec().id, m_page->model()->entryId(row),
                                                         menuOrders);
}

void RequirementsButton::choose()
{
    const QStringList found = orders();
    if (found.isEmpty()) {
        QMessageBox::information(this, tr("Before supply"),
                                 tr("No order of this customer is in the list yet."));
        return;
    }
    if (found.size() == 1) {
        openOrder(found.first());
        return;
    }
    QMenu menu(this);
    for (const QString& order : found)
        menu.addAction(tr("Order %1").arg(order))->setData(order);
    if (const QAction* chosen = menu.exec(mapToGlobal(QPoint(0, height()))))
        openOrder(chosen->data().toString());
}

int RequirementsButton::openOrder(const QString& orderNo)
{
    try {
        RequirementDialog dialog(m_session, orderNo, window());
        return dialog.exec(); // the form tells the window what it saved
    } catch (const UserError& e) {
        QMessageBox::warning(this, tr("Before supply"), e.message());
        return QDialog::Rejected;
    }
}
