#include "setup/SetupAdminPage.h"

#include "auth/NewPasswordFields.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

SetupAdminPage::SetupAdminPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("setupAdminPage"));
    auto* form = new QFormLayout(this);
    m_username = new QLineEdit(QStringLiteral("admin"), this);
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("adminDisplayName"));
    m_usernameCaption = m_errors.addRow(form, QStringLiteral("username"), QString(), m_username, true);
    m_displayNameCaption = m_errors.addRow(form, QStringLiteral("displayName"), QString(), m_displayName);
    m_password = std::make_unique<NewPasswordFields>(form, m_errors);
    retranslate();
}

SetupAdminPage::~SetupAdminPage() = default;

void SetupAdminPage::retranslate()
{
    setTitle(tr("The administrator"));
    setSubTitle(tr("The administrator creates the other users, gives them their roles and keeps the "
                   "company's lists and settings. Only the administrator signs in at first."));
    m_usernameCaption->setText(FieldErrors::requiredMark(tr("&User name")));
    m_displayNameCaption->setText(tr("&Name"));
    m_username->setAccessibleName(tr("User name"));
    m_displayName->setAccessibleName(tr("Name"));
    m_displayName->setPlaceholderText(tr("as people read it, for example Zhang Wei"));
    m_password->retranslate();
}

void SetupAdminPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

User SetupAdminPage::administrator() const
{
    User u;
    u.username = m_username->text().trimmed();
    u.displayName = m_displayName->text().trimmed();
    u.role = Role::Administrator;
    return u;
}

QString SetupAdminPage::password() const
{
    return m_password->password();
}

bool SetupAdminPage::validatePage()
{
    m_errors.clear();
    QMap<QString, QString> wrong;
    if (m_username->text().trimmed().isEmpty())
        wrong.insert(QStringLiteral("username"), tr("Give a user name."));
    wrong.insert(m_password->problems(m_username->text()));
    return !m_errors.show(wrong);
}
