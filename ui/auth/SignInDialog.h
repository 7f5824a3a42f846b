#pragma once

#include "domain/User.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class UserService;

// Sign-in. A new database's "admin" account has no password yet: the first sign-in sets it
// (twice, at least 8 characters). Passwords go to core's UserService (Argon2id) and nowhere else.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(UserService& users, QWidget* parent = nullptr);
    const User& user() const { return m_user; }
    QLineEdit* userEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QString message() const;
    void trySignIn();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateMode();
    void retranslate();
    UserService& m_users;
    User m_user;
    bool m_settingPassword = false;
    QLabel* m_intro = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
