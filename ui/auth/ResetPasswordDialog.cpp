#include "auth/ResetPasswordDialog.h"

#include "auth/NewPasswordFields.h"
#include "auth/PasswordWork.h"
#include "auth/UserService.h"
#include "common/DialogFit.h"
#include "common/Palette.h"
#include "db/Database.h"
#include "main/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ResetPasswordDialog::ResetPasswordDialog(Session& session, const User& target, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_target(target)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A new password for %1 (%2). Tell it to them: at the next sign-in they "
                                "choose their own.")
                                 .arg(target.displayName, target.username),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_newPassword = std::make_unique<NewPasswordFields>(form, m_errors);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    DialogFit::toContents(this, 480);
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

QString ResetPasswordDialog::message() const
{
    return m_message->text();
}

bool ResetPasswordDialog::save()
{
    m_errors.clear();
    m_message->clear();
    const QMap<QString, QString> wrong = m_newPassword->problems(m_target.username);
    if (!wrong.isEmpty()) {
        m_errors.show(wrong);
        return false;
    }
    const User actor = m_session.user();
    const qint64 target = m_target.id;
    const QString password = m_newPassword->password();
    QMap<QString, QString> fields;
    const QString problem = PasswordWork::run(
        this, m_session.databasePath(), m_session.clock(), tr("Saving the password…"),
        [actor, target, password](UserService& users) { users.resetPassword(actor, target, password); },
        &fields);
    if (!problem.isEmpty()) {
        if (!m_errors.show(fields)) {
            m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
            m_message->setText(problem);
        }
        return false;
    }
    accept();
    return true;
}
