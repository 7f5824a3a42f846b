#include "loops/CustomerLoopsWindow.h"

#include "loops/CallbackPage.h"
#include "loops/LoopSettingsPage.h"
#include "loops/RoundsPage.h"
#include "loops/SupplyPage.h"
#include "loops/SurveyPage.h"
#include "loops/VisitPage.h"
#include "main/Session.h"

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
    m_rounds = new RoundsPage(session, m_tabs);
    m_tabs->addTab(m_rounds, tr("Return-visit &rounds"));
    m_supply = new SupplyPage(session, m_tabs);
    m_tabs->addTab(m_supply, tr("&Before supply"));
    m_survey = new SurveyPage(session, m_tabs);
    m_tabs->addTab(m_survey, tr("Satisfaction &survey"));
    if (session.user().role == Role::Administrator) {
        m_settings = new LoopSettingsPage(session, m_tabs);
        m_tabs->addTab(m_settings, tr("Se&ttings"));
    }
    layout->addWidget(m_tabs);
    resize(1000, 640);
}
