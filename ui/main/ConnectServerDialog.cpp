#include "main/ConnectServerDialog.h"

#include "common/DialogFit.h"
#include "common/Palette.h"
#include "db/DatabaseError.h"
#include "db/ServerAddress.h"
#include "db/ServerPasswords.h"
#include "main/DatabasePreparer.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString lastServerKey = QStringLiteral("server/lastAddress");
}

ConnectServerDialog::ConnectServerDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The office's shared database on a PostgreSQL server. Your administrator "
                                "tells you its name and your user; README “A shared office” says how "
                                "to set one up."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    host = new QLineEdit(this);
    host->setObjectName(QStringLiteral("serverHost"));
    host->setPlaceholderText(tr("e.g. quality-server or 192.168.1.20"));
    m_errors.addRow(form, QStringLiteral("host"), tr("&Server:"), host, true);
    port = new QSpinBox(this);
    port->setObjectName(QStringLiteral("serverPort"));
    port->setRange(1, 65535);
    port->setValue(5432);
    m_errors.addRow(form, QStringLiteral("port"), tr("P&ort:"), port);
    database = new QLineEdit(this);
    database->setObjectName(QStringLiteral("serverDatabase"));
    m_errors.addRow(form, QStringLiteral("database"), tr("&Database:"), database, true);
    user = new QLineEdit(this);
    user->setObjectName(QStringLiteral("serverUser"));
    m_errors.addRow(form, QStringLiteral("user"), tr("&User:"), user, true);
    password = new QLineEdit(this);
    password->setObjectName(QStringLiteral("serverPassword"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("Empty: from ~/.pgpass"));
    m_errors.addRow(form, QStringLiteral("password"), tr("&Password:"), password);
    auto* note = new QLabel(tr("The password is kept only while QualityLoop runs; it is never saved."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::connectToServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The last server connected to, without its password.
    const QString last = lastAddress();
    if (ServerAddress::isServer(last)) {
        try {
            const ServerAddress a = ServerAddress::parse(last);
            host->setText(a.host);
            port->setValue(a.port);
            database->setText(a.database);
            user->setText(a.user);
        } catch (const DatabaseError&) {
            // A setting from another version: the fields stay empty.
        }
    }
    host->setFocus();
    DialogFit::toContents(this, 500);
}

QString ConnectServerDialog::message() const
{
    return m_message->text();
}

bool ConnectServerDialog::connectToServer()
{
    m_errors.clear();
    m_message->clear();
    QMap<QString, QString> wrong;
    const auto required = [&wrong](const QString& key, QLineEdit* field, const QString& what) {
        if (field->text().trimmed().isEmpty())
            wrong.insert(key, what);
    };
    required(QStringLiteral("host"), host, tr("Type the server's name or address."));
    required(QStringLiteral("database"), database, tr("Type the name of the database on the server."));
    required(QStringLiteral("user"), user, tr("Type the user name you connect as."));
    if (!wrong.isEmpty()) {
        m_errors.show(wrong);
        fitToText();
        return false;
    }
    ServerAddress a;
    a.host = host->text().trimmed();
    a.port = port->value();
    a.database = database->text().trimmed();
    a.user = user->text().trimmed();
    QString address;
    try {
        address = ServerAddress::parse(a.text()).text(); // the form every other part uses
    } catch (const DatabaseError& error) {
        m_message->setText(error.message());
        fitToText();
        return false;
    }
    ServerPasswords::remember(address, password->text());
    // Opened (and made ready, on a new database) in the background, with progress.
    const QString problem = DatabasePreparer::prepare(this, address);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        fitToText();
        return false;
    }
    rememberAddress(address);
    m_address = address;
    accept();
    return true;
}

void ConnectServerDialog::fitToText()
{
    // A window does not grow by itself for wrapped text: its layout asks for one line of each.
    layout()->activate();
    DialogFit::toContents(this, width());
}

QString ConnectServerDialog::lastAddress()
{
    return QSettings().value(lastServerKey).toString();
}

void ConnectServerDialog::rememberAddress(const QString& address)
{
    QSettings().setValue(lastServerKey, address);
}
