#include "auth/UsersDialog.h"

#include "auth/PasswordWork.h"
#include "auth/UserService.h"
#include "common/Fields.h"
#include "common/Palette.h"
#include "db/Database.h"
#include "main/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

UsersDialog::UsersDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_users(std::make_unique<UserService>(session.connection()))
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and roles"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Users"));
    layout->addWidget(m_table, 1);
    auto* form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_displayName = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_role = new QComboBox(this);
    for (Role r : {Role::SalesClerk, Role::QualityEngineer, Role::Technician, Role::ResponsibleUnit,
                   Role::Manager, Role::Office, Role::Administrator})
        m_role->addItem(Roles::displayName(r), static_cast<int>(r));
    m_unit = new QComboBox(this);
    Fields::fill(m_unit, session.reference().units(), tr("None"));
    m_technician = new QComboBox(this);
    m_technician->addItem(tr("None"), qint64(0));
    for (const Technician& t : session.reference().technicians(0, QString()))
        m_technician->addItem(tr("%1 (%2)").arg(t.name, t.agencyName), t.id);
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Name"), m_displayName);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("Responsible u&nit"), m_unit);
    form->addRow(tr("&Technician record"), m_technician);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* create = buttons->addButton(tr("&Create user"), QDialogButtonBox::ActionRole);
    connect(create, &QPushButton::clicked, this, &UsersDialog::createUser);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refresh();
    resize(620, 560);
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::refresh()
{
    const QList<User> list = m_users->users();
    m_table->setRowCount(static_cast<int>(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(list.at(r).username));
        m_table->setItem(r, 1, new QTableWidgetItem(list.at(r).displayName));
        m_table->setItem(r, 2, new QTableWidgetItem(Roles::displayName(list.at(r).role)));
    }
}

bool UsersDialog::createUser()
{
    User u;
    u.username = m_username->text();
    u.displayName = m_displayName->text();
    u.role = static_cast<Role>(m_role->currentData().toInt());
    u.unitId = Fields::id(m_unit);
    u.technicianId = Fields::id(m_technician);
    // Argon2id hashes the password off the GUI thread.
    const User actor = m_session.user();
    const QString password = m_password->text();
    const QString problem = PasswordWork::run(
        this, m_session.database().path(), tr("Saving the user…"),
        [actor, u, password](UserService& users) { users.createUser(actor, u, password); });
    if (!problem.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
        m_message->setText(problem);
        return false;
    }
    m_message->setStyleSheet(QString());
    m_message->setText(tr("User “%1” created.").arg(u.username.trimmed()));
    m_username->clear();
    m_displayName->clear();
    m_password->clear();
    refresh();
    return true;
}
