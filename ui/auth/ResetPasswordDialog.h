#pragma once

#include "common/FieldErrors.h"
#include "domain/User.h"

#include <QDialog>

#include <memory>

class NewPasswordFields;
class QLabel;
class Session;

// Administration > Users > Reset password…: an administrator gives a user a new password
// (typed twice); the user chooses their own at the next sign-in. Core refuses anyone else.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(Session& session, const User& target, QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

    NewPasswordFields& newPassword() const { return *m_newPassword; }
    QString message() const;
    bool save(); // false with the refusal shown

private:
    Session& m_session;
    User m_target;
    FieldErrors m_errors;
    std::unique_ptr<NewPasswordFields> m_newPassword;
    QLabel* m_message = nullptr;
};
