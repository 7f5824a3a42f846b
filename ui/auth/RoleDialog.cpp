#include "auth/RoleDialog.h"

#include "UserError.h"
#include "auth/UserService.h"
#include "common/Fields.h"
#include "common/Palette.h"
#include "main/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RoleDialog::RoleDialog(Session& session, const User& target, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_target(target)
{
    setObjectName(QStringLiteral("roleDialog"));
    setWindowTitle(tr("Change role"));
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("What %1 (%2) does in QualityLoop.").arg(target.displayName, target.username), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_role = new QComboBox(this);
    for (Role r : {Role::SalesClerk, Role::QualityEngineer, Role::Technician, Role::ResponsibleUnit,
                   Role::Manager, Role::Office, Role::Administrator})
        m_role->addItem(Roles::displayName(r), static_cast<int>(r));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(target.role)));
    m_unit = new QComboBox(this);
    Fields::fill(m_unit, session.reference().units(), tr("None"));
    Fields::select(m_unit, target.unitId);
    m_technician = new QComboBox(this);
    m_technician->addItem(tr("None"), qint64(0));
    for (const Technician& t : session.reference().technicians(0, QString()))
        m_technician->addItem(tr("%1 (%2)").arg(t.name, t.agencyName), t.id);
    Fields::select(m_technician, target.technicianId);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("Responsible u&nit"), m_unit);
    form->addRow(tr("&Technician record"), m_technician);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change role"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RoleDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_role, &QComboBox::currentIndexChanged, this, &RoleDialog::updateFields);
    updateFields();
}

void RoleDialog::updateFields()
{
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    m_unit->setEnabled(role == Role::ResponsibleUnit);
    m_technician->setEnabled(role == Role::Technician);
}

QString RoleDialog::message() const
{
    return m_message->text();
}

bool RoleDialog::save()
{
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    const qint64 unit = role == Role::ResponsibleUnit ? Fields::id(m_unit) : 0;
    const qint64 technician = role == Role::Technician ? Fields::id(m_technician) : 0;
    try {
        m_session.make<UserService>().changeRole(m_session.user(), m_target.id, role, unit, technician);
    } catch (const UserError& error) {
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
        m_message->setText(error.message());
        return false;
    }
    accept();
    return true;
}
