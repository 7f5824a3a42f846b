#include "auth/SignInDialog.h"

#include "auth/NewPasswordFields.h"
#include "auth/PasswordWork.h"
#include "auth/UserService.h"
#include "common/Palette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

SignInDialog::SignInDialog(QString databasePath, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
{
    setObjectName(QStringLiteral("signInDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    layout->addWidget(m_intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_username = new QLineEdit(QSettings().value(QStringLiteral("signIn/lastUser")).toString(), this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_userLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_userLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    m_newPassword = std::make_unique<NewPasswordFields>(form, m_errors, QStringLiteral("newPassword"));
    m_newPassword->setVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    if (!m_username->text().isEmpty())
        m_password->setFocus();
    // As tall as its fields (a fixed height left a large empty area under them), wide enough
    // for the wrapped lines; it grows when fields or a message appear.
    layout->activate();
    resize(460, layout->totalHeightForWidth(460));
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to QualityLoop"));
    m_intro->setText(m_choosing ? tr("<b>Choose your own password.</b> Your administrator chose the one you "
                                     "typed; type a new one twice.")
                                : tr("<b>Sign in</b> with your user name and password."));
    m_userLabel->setText(tr("&User name"));
    m_passwordLabel->setText(tr("&Password"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_newPassword->retranslate();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_choosing ? tr("Set password and sign in") : tr("Sign in"));
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::showProblem(const QString& problem)
{
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
    m_message->setText(problem);
}

void SignInDialog::trySignIn()
{
    m_message->clear();
    m_errors.clear();
    if (m_choosing)
        chooseOwnPassword();
    else
        signIn();
    // Fields and messages may have appeared: grow to show them (wrapped lines need the width).
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void SignInDialog::signIn()
{
    // Argon2id takes a noticeable moment: checked off the GUI thread.
    User signedIn;
    const QString username = m_username->text();
    const QString password = m_password->text();
    const QString problem = PasswordWork::run(
        this, m_databasePath, m_clock, tr("Checking the password…"),
        [&signedIn, username, password](UserService& users) { signedIn = users.signIn(username, password); });
    if (!problem.isEmpty()) {
        showProblem(problem);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = signedIn;
    QSettings().setValue(QStringLiteral("signIn/lastUser"), m_user.username);
    if (!m_user.mustChangePassword) {
        accept();
        return;
    }
    // The password an administrator chose opens the door once: the user now chooses their own.
    m_choosing = true;
    m_chosenByAdministrator = password;
    m_username->setEnabled(false);
    m_password->setEnabled(false);
    m_newPassword->setVisible(true);
    retranslate();
    m_newPassword->passwordEdit()->setFocus();
}

void SignInDialog::chooseOwnPassword()
{
    const QMap<QString, QString> wrong = m_newPassword->problems(m_user.username);
    if (!wrong.isEmpty()) {
        m_errors.show(wrong);
        return;
    }
    const User me = m_user;
    const QString current = m_chosenByAdministrator;
    const QString chosen = m_newPassword->password();
    QMap<QString, QString> fields;
    const QString problem = PasswordWork::run(
        this, m_databasePath, m_clock, tr("Saving the password…"),
        [me, current, chosen](UserService& users) { users.changeOwnPassword(me, current, chosen); }, &fields);
    if (!problem.isEmpty()) {
        if (!m_errors.show(fields))
            showProblem(problem);
        return;
    }
    m_chosenByAdministrator.clear();
    m_user.mustChangePassword = false;
    accept();
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
