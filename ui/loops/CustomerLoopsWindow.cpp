#include "loops/CustomerLoopsWindow.h"

#include "loops/CallbackPage.h"
#include "loops/VisitPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

CustomerLoopsWindow::CustomerLoopsWindow(Session& session, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("customerLoopsWindow"));
    setWindowTitle(tr("Customer loops"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_callbacks = new CallbackPage(session, m_tabs);
    m_visits = new VisitPage(session, m_tabs);
    m_tabs->addTab(m_callbacks, tr("&Call-backs after delivery"));
    m_tabs->addTab(m_visits, tr("Customer &visits"));
    layout->addWidget(m_tabs);
    resize(1000, 640);
}
