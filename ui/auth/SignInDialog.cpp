#include "auth/SignInDialog.h"

#include "UserError.h"
#include "auth/PasswordWork.h"
#include "auth/UserService.h"
#include "common/Palette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

SignInDialog::SignInDialog(UserService& users, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
{
    setObjectName(QStringLiteral("signInDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    layout->addWidget(m_intro);
    auto* form = new QFormLayout;
    m_username = new QLineEdit(QSettings().value(QStringLiteral("signIn/lastUser")).toString(), this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_repeatLabel = new QLabel(this);
    m_userLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(m_userLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::editingFinished, this, &SignInDialog::updateMode);
    connect(m_username, &QLineEdit::textChanged, this, &SignInDialog::updateMode);
    retranslate();
    updateMode();
    if (!m_username->text().isEmpty())
        m_password->setFocus();
    resize(440, 280);
}

void SignInDialog::updateMode()
{
    m_settingPassword = m_users.needsPassword(m_username->text());
    m_repeat->setVisible(m_settingPassword);
    m_repeatLabel->setVisible(m_settingPassword);
    retranslate();
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to QualityLoop"));
    m_intro->setText(m_settingPassword
                         ? tr("<b>Welcome.</b> This account has no password yet. Choose one of at least 8 "
                              "characters and type it twice.")
                         : tr("<b>Sign in</b> with your user name and password."));
    m_userLabel->setText(tr("&User name"));
    m_passwordLabel->setText(m_settingPassword ? tr("New &password") : tr("&Password"));
    m_repeatLabel->setText(tr("&Repeat password"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_repeat->setAccessibleName(tr("Repeat password"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_settingPassword ? tr("Set password and sign in") : tr("Sign in"));
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::trySignIn()
{
    m_message->clear();
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
    QString problem;
    if (m_settingPassword && m_password->text() != m_repeat->text())
        problem = tr("The two passwords differ. Type the same password twice.");
    User signedIn;
    if (problem.isEmpty()) {
        // Argon2id takes a noticeable moment: hashed and checked off the GUI thread.
        const bool setting = m_settingPassword;
        const QString username = m_username->text();
        const QString password = m_password->text();
        const QString noSuchUser = tr("There is no such user.");
        problem = PasswordWork::run(this, m_users.databasePath(), tr("Checking the password…"),
                                    [&signedIn, setting, username, password, noSuchUser](UserService& users) {
                                        if (setting) {
                                            const auto user = users.userByName(username.trimmed());
                                            if (!user)
                                                throw UserError(noSuchUser);
                                            users.setPassword(user->id, password);
                                        }
                                        signedIn = users.signIn(username, password);
                                    });
    }
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_password->clear();
        m_repeat->clear();
        m_password->setFocus();
        return;
    }
    m_user = signedIn;
    QSettings().setValue(QStringLiteral("signIn/lastUser"), m_user.username);
    accept();
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
