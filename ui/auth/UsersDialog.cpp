#include "auth/UsersDialog.h"

#include "UserError.h"
#include "auth/PasswordWork.h"
#include "auth/ResetPasswordDialog.h"
#include "auth/RoleDialog.h"
#include "auth/UserService.h"
#include "common/Fields.h"
#include "common/Palette.h"
#include "db/Database.h"
#include "main/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

UsersDialog::UsersDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_users(session.makeUnique<UserService>())
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users and roles"));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Unit"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Users"));
    layout->addWidget(m_table, 1);
    auto* rowButtons = new QHBoxLayout;
    m_activate = new QPushButton(this);
    m_activate->setObjectName(QStringLiteral("activateUser"));
    m_reset = new QPushButton(tr("Reset &password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_changeRole = new QPushButton(tr("Change r&ole…"), this);
    m_changeRole->setObjectName(QStringLiteral("changeRole"));
    rowButtons->addWidget(m_activate);
    rowButtons->addWidget(m_reset);
    rowButtons->addWidget(m_changeRole);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    auto* newUser = new QGroupBox(tr("New user"), this);
    auto* form = new QFormLayout(newUser);
    m_username = new QLineEdit(newUser);
    m_displayName = new QLineEdit(newUser);
    m_password = new QLineEdit(newUser);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("They choose their own at the first sign-in."));
    m_role = new QComboBox(newUser);
    for (Role r : {Role::SalesClerk, Role::QualityEngineer, Role::Technician, Role::ResponsibleUnit,
                   Role::Manager, Role::Office, Role::Administrator})
        m_role->addItem(Roles::displayName(r), static_cast<int>(r));
    m_unit = new QComboBox(newUser);
    Fields::fill(m_unit, session.reference().units(), tr("None"));
    m_technician = new QComboBox(newUser);
    m_technician->addItem(tr("None"), qint64(0));
    for (const Technician& t : session.reference().technicians(0, QString()))
        m_technician->addItem(tr("%1 (%2)").arg(t.name, t.agencyName), t.id);
    form->addRow(tr("&User name"), m_username);
    form->addRow(tr("&Name"), m_displayName);
    form->addRow(tr("First pass&word"), m_password);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("Responsible u&nit"), m_unit);
    form->addRow(tr("&Technician record"), m_technician);
    layout->addWidget(newUser);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* create = buttons->addButton(tr("&Create user"), QDialogButtonBox::ActionRole);
    connect(create, &QPushButton::clicked, this, &UsersDialog::createUser);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    connect(m_activate, &QPushButton::clicked, this, [this]() {
        if (const std::optional<User> u = selectedUser())
            setSelectedActive(!u->active);
    });
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersDialog::changeRole);
    refresh();
    resize(720, 640);
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::refresh()
{
    const std::optional<User> selected = selectedUser();
    QHash<qint64, QString> units;
    for (const NamedItem& unit : m_session.reference().units())
        units.insert(unit.id, unit.name);
    m_list = m_users->users();
    m_table->setRowCount(static_cast<int>(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const User& u = m_list.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(u.username));
        m_table->setItem(r, 1, new QTableWidgetItem(u.displayName));
        m_table->setItem(r, 2, new QTableWidgetItem(Roles::displayName(u.role)));
        m_table->setItem(r, 3, new QTableWidgetItem(units.value(u.unitId)));
        const QString status = !u.active ? tr("Deactivated")
            : u.mustChangePassword       ? tr("Active; chooses a password at the next sign-in")
                                         : tr("Active");
        m_table->setItem(r, 4, new QTableWidgetItem(status));
        m_table->item(r, 4)->setToolTip(status);
        if (!u.active)
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(r, c)->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    // The last column (the status) stretches to the table's edge: sized to its contents as well, it
    // stopped short of the edge or ran past it once a user was added.
    for (int c = 0; c + 1 < m_table->columnCount(); ++c)
        m_table->resizeColumnToContents(c);
    if (selected)
        selectUser(selected->username);
    updateButtons();
}

std::optional<User> UsersDialog::selectedUser() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_list.at(row);
}

bool UsersDialog::selectUser(const QString& username)
{
    for (int r = 0; r < m_list.size(); ++r)
        if (m_list.at(r).username == username) {
            m_table->selectRow(r);
            return true;
        }
    return false;
}

void UsersDialog::updateButtons()
{
    const std::optional<User> u = selectedUser();
    m_activate->setText(u && !u->active ? tr("Re&activate") : tr("De&activate"));
    m_activate->setEnabled(u.has_value());
    m_reset->setEnabled(u.has_value());
    m_changeRole->setEnabled(u.has_value());
}

QString UsersDialog::message() const
{
    return m_message->text();
}

void UsersDialog::showResult(const QString& text, bool refused)
{
    m_message->setStyleSheet(refused ? QStringLiteral("color: %1;").arg(Palette::error(palette()).name())
                                     : QString());
    m_message->setText(text);
}

bool UsersDialog::setSelectedActive(bool active)
{
    const std::optional<User> u = selectedUser();
    if (!u)
        return false;
    try {
        m_users->setActive(m_session.user(), u->id, active);
    } catch (const UserError& error) {
        showResult(error.message(), true);
        return false;
    }
    showResult(
        active
            ? tr("“%1” is active again and can sign in.").arg(u->username)
            : tr("“%1” is deactivated and can no longer sign in; the cases keep the name.").arg(u->username),
        false);
    refresh();
    return true;
}

void UsersDialog::resetPassword()
{
    const std::optional<User> u = selectedUser();
    if (!u)
        return;
    ResetPasswordDialog dialog(m_session, *u, this);
    if (dialog.exec() == QDialog::Accepted) {
        showResult(
            tr("The password of “%1” was reset; they choose their own at the next sign-in.").arg(u->username),
            false);
        refresh();
    }
}

void UsersDialog::changeRole()
{
    const std::optional<User> u = selectedUser();
    if (!u)
        return;
    RoleDialog dialog(m_session, *u, this);
    if (dialog.exec() == QDialog::Accepted) {
        showResult(tr("The role of “%1” was changed.").arg(u->username), false);
        refresh();
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
        this, m_session.databasePath(), m_session.clock(), tr("Saving the user…"),
        [actor, u, password](UserService& users) { users.createUser(actor, u, password); });
    if (!problem.isEmpty()) {
        showResult(problem, true);
        return false;
    }
    showResult(tr("User “%1” created. They choose their own password at the first sign-in.")
                   .arg(u.username.trimmed()),
               false);
    m_username->clear();
    m_displayName->clear();
    m_password->clear();
    refresh();
    return true;
}
