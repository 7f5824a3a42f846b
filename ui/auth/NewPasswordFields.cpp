#include "auth/NewPasswordFields.h"

#include "auth/PasswordRules.h"
#include "common/FieldErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

NewPasswordFields::NewPasswordFields(QFormLayout* form, FieldErrors& errors, const QString& passwordKey)
    : m_key(passwordKey)
{
    QWidget* parent = form->parentWidget();
    m_password = new QLineEdit(parent);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(parent);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_passwordCaption = errors.addRow(form, passwordKey, QString(), m_password);
    m_repeatCaption = errors.addRow(form, QStringLiteral("repeatPassword"), QString(), m_repeat);
    m_rule = new QLabel(parent);
    m_rule->setObjectName(QStringLiteral("passwordRule"));
    m_rule->setWordWrap(true);
    m_rule->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_rule);
    retranslate();
}

void NewPasswordFields::retranslate()
{
    m_passwordCaption->setText(tr("New &password"));
    m_repeatCaption->setText(tr("&Repeat the password"));
    m_password->setAccessibleName(tr("New password"));
    m_repeat->setAccessibleName(tr("Repeat the password"));
    m_rule->setText(PasswordRules::description());
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

QMap<QString, QString> NewPasswordFields::problems(const QString& username) const
{
    const QString rule = PasswordRules::problem(m_password->text(), username);
    if (!rule.isEmpty())
        return {{m_key, rule}};
    if (m_repeat->text() != m_password->text())
        return {{QStringLiteral("repeatPassword"),
                 tr("The two passwords differ. Type the same password twice.")}};
    return {};
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void NewPasswordFields::setVisible(bool visible)
{
    for (QWidget* w : {static_cast<QWidget*>(m_passwordCaption), static_cast<QWidget*>(m_repeatCaption),
                       static_cast<QWidget*>(m_rule)})
        w->setVisible(visible);
    // The fields sit in boxes with their error line (FieldErrors::addRow).
    m_password->parentWidget()->setVisible(visible);
    m_repeat->parentWidget()->setVisible(visible);
}
