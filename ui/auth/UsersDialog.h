#pragma once

#include "domain/User.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class Session;
class UserService;

// The administrator's list of users: who exists with which role, and a form to create a
// user with a role (a unit for unit members, a technician record for technicians).
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(Session& session, QWidget* parent = nullptr);
    ~UsersDialog() override;
    bool createUser(); // from the form; false with a message when refused

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QComboBox* roleCombo() const { return m_role; }

private:
    void refresh();
    Session& m_session;
    std::unique_ptr<UserService> m_users;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_technician = nullptr;
    QLabel* m_message = nullptr;
};
