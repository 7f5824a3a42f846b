#pragma once

#include "domain/User.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Session;
class UserService;

// Administration > Users and roles: who exists with which role and unit, active or deactivated;
// an administrator deactivates and reactivates users (never deletes them), resets passwords,
// changes roles and units, and creates users with a form. Core checks every change and writes
// it to the audit log.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(Session& session, QWidget* parent = nullptr);
    ~UsersDialog() override;
    bool createUser(); // from the form; false with a message when refused
    // The user of the selected row (nothing selected: nullopt).
    std::optional<User> selectedUser() const;
    bool selectUser(const QString& username);
    // Deactivates or reactivates the selected user; false with the refusal shown.
    bool setSelectedActive(bool active);
    QString message() const;

    QTableWidget* table() const { return m_table; }
    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QComboBox* roleCombo() const { return m_role; }

private:
    void refresh();
    void updateButtons();
    void showResult(const QString& text, bool refused);
    void resetPassword();
    void changeRole();

    Session& m_session;
    std::unique_ptr<UserService> m_users;
    QList<User> m_list;
    QTableWidget* m_table = nullptr;
    QPushButton* m_activate = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_changeRole = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_technician = nullptr;
    QLabel* m_message = nullptr;
};
