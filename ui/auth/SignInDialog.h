#pragma once

#include "common/FieldErrors.h"
#include "domain/User.h"

#include <QDialog>
#include <QString>

#include <memory>

class NewPasswordFields;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class Clock;

// Sign-in with user name and password through core's UserService (Argon2id, off the GUI
// thread). Core's refusals show as they are: a wrong name or password, the wait after too
// many wrong passwords ("Too many wrong passwords: try again in 30 s"), a deactivated account.
// After an administrator chose the password (a new user, a reset) the dialog asks for a
// password of the user's own before it signs in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // databasePath: where the session's database is (a file or a postgresql:// address), as
    // Database::path() has it: the password is checked over a connection of its own to it.
    SignInDialog(QString databasePath, const Clock& clock, QWidget* parent = nullptr);
    ~SignInDialog() override;
    const User& user() const { return m_user; }
    QLineEdit* userEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    NewPasswordFields& newPassword() const { return *m_newPassword; }
    bool isChoosingOwnPassword() const { return m_choosing; }
    QString message() const;
    void trySignIn();

protected:
    void changeEvent(QEvent* event) override;

private:
    void signIn();
    void chooseOwnPassword();
    void showProblem(const QString& problem);
    void retranslate();

    QString m_databasePath;
    const Clock& m_clock;
    User m_user;
    bool m_choosing = false; // signed in with a password an administrator chose
    QString m_chosenByAdministrator;
    FieldErrors m_errors;
    QLabel* m_intro = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    std::unique_ptr<NewPasswordFields> m_newPassword;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
