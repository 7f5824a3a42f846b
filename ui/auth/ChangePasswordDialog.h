#pragma once

#include "common/FieldErrors.h"
#include "domain/User.h"

#include <QDialog>

#include <memory>

class Clock;
class NewPasswordFields;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// File > Change password…: the current password and a new one twice. Core checks the current
// one (a wrong one counts towards the wait after wrong passwords) and the rules of the new one.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(const QString& databasePath, const Clock& clock, const User& user,
                         QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    QLineEdit* currentEdit() const { return m_current; }
    NewPasswordFields& newPassword() const { return *m_newPassword; }
    QString fieldError(const QString& key) const { return m_errors.message(key); }
    QString message() const;
    bool save(); // false with the refusal shown

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_databasePath;
    const Clock& m_clock;
    User m_user;
    FieldErrors m_errors;
    QLabel* m_intro = nullptr;
    QLabel* m_currentCaption = nullptr;
    QLineEdit* m_current = nullptr;
    std::unique_ptr<NewPasswordFields> m_newPassword;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
