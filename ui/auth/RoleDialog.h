#pragma once

#include "domain/User.h"

#include <QDialog>

class QComboBox;
class QLabel;
class Session;

// Administration > Users > Change role…: a user's role, with the unit of a unit member and the
// technician record of a technician. Core refuses anyone but an administrator, a unit member
// without a unit, and taking the role of the last active administrator.
class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    RoleDialog(Session& session, const User& target, QWidget* parent = nullptr);

    QComboBox* roleCombo() const { return m_role; }
    QComboBox* unitCombo() const { return m_unit; }
    QString message() const;
    bool save(); // false with the refusal shown

private:
    void updateFields();

    Session& m_session;
    User m_target;
    QComboBox* m_role = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_technician = nullptr;
    QLabel* m_message = nullptr;
};
