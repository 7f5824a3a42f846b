#include "auth/ChangePasswordDialog.h"

#include "auth/NewPasswordFields.h"
#include "auth/PasswordWork.h"
#include "auth/UserService.h"
#include "common/DialogFit.h"
#include "common/Palette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(const QString& databasePath, const Clock& clock, const User& user,
                                           QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_user(user)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_current->setEchoMode(QLineEdit::Password);
    m_currentCaption = m_errors.addRow(form, QStringLiteral("currentPassword"), QString(), m_current);
    m_newPassword = std::make_unique<NewPasswordFields>(form, m_errors, QStringLiteral("newPassword"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    DialogFit::toContents(this, 480);
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::retranslate()
{
    setWindowTitle(tr("Change password"));
    m_intro->setText(tr("The password of %1 (%2).").arg(m_user.displayName, m_user.username));
    m_currentCaption->setText(tr("&Current password"));
    m_current->setAccessibleName(tr("Current password"));
    m_newPassword->retranslate();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
}

QString ChangePasswordDialog::message() const
{
    return m_message->text();
}

bool ChangePasswordDialog::save()
{
    m_errors.clear();
    m_message->clear();
    const QMap<QString, QString> wrong = m_newPassword->problems(m_user.username);
    if (!wrong.isEmpty()) {
        m_errors.show(wrong);
        return false;
    }
    const User me = m_user;
    const QString current = m_current->text();
    const QString chosen = m_newPassword->password();
    QMap<QString, QString> fields;
    const QString problem = PasswordWork::run(
        this, m_databasePath, m_clock, tr("Saving the password…"),
        [me, current, chosen](UserService& users) { users.changeOwnPassword(me, current, chosen); }, &fields);
    if (!problem.isEmpty()) {
        if (!m_errors.show(fields)) {
            m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
            m_message->setText(problem);
        }
        m_current->clear();
        return false;
    }
    accept();
    return true;
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
