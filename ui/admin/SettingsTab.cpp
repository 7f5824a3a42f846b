#include "admin/SettingsTab.h"

#include "UserError.h"

#include <QEvent>
#include <QFormLayout>
#include <QTabWidget>

SettingsTab::SettingsTab(Session& session, const QString& objectName, const QString& refusalKey,
                         QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_refusalKey(refusalKey)
{
    setObjectName(objectName);
    m_form = new QFormLayout(this);
}

void SettingsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        for (QWidget* w = parentWidget(); w; w = w->parentWidget())
            if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
                if (tabs->indexOf(this) >= 0)
                    tabs->setTabText(tabs->indexOf(this), title());
                break;
            }
    }
    QWidget::changeEvent(event);
}

bool SettingsTab::validate()
{
    m_errors.clear();
    try {
        check();
    } catch (const UserError& error) {
        m_errors.show(error.fieldErrors());
        return false;
    }
    return true;
}

bool SettingsTab::save()
{
    if (!validate())
        return false;
    try {
        store();
    } catch (const UserError& error) {
        m_errors.show({{m_refusalKey, error.message()}});
        return false;
    }
    return true;
}
