#include "intake/CallCustomerDialog.h"

#include "UserError.h"
#include "common/Fields.h"
#include "common/Palette.h"
#include "main/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CallCustomerDialog::CallCustomerDialog(Session& session, const CallCustomer& start, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("callCustomerDialog"));
    setWindowTitle(tr("New customer during the call"));
    auto* layout = new QVBoxLayout(this);
    auto* note
        = new QLabel(tr("Enter what the caller tells you. The office completes the customer later."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const auto line
        = [this, form](const QString& key, const QString& label, const QString& text, bool required) {
              auto* edit = new QLineEdit(text, this);
              edit->setObjectName(key);
              m_lines.insert(key, edit);
              m_errors.addRow(form, key, label, edit, required);
          };
    line(QStringLiteral("name"), tr("Customer name"), start.name, true);
    line(QStringLiteral("nameZh"), tr("Name in Chinese"), start.nameZh, false);
    line(QStringLiteral("region"), tr("Region"), start.region, false);
    m_address = Fields::text(this, 2);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setPlainText(start.address);
    m_errors.addRow(form, QStringLiteral("address"), tr("Address"), m_address);
    line(QStringLiteral("contactName"), tr("Contact"), start.contactName, false);
    line(QStringLiteral("contactPhone"), tr("Phone"), start.contactPhone, false);
    line(QStringLiteral("contactEmail"), tr("E-mail"), start.contactEmail, false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Add customer"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CallCustomerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

CallCustomer CallCustomerDialog::customer() const
{
    CallCustomer c;
    c.name = m_lines.value(QStringLiteral("name"))->text();
    c.nameZh = m_lines.value(QStringLiteral("nameZh"))->text();
    c.region = m_lines.value(QStringLiteral("region"))->text();
    c.address = m_address->toPlainText();
    c.contactName = m_lines.value(QStringLiteral("contactName"))->text();
    c.contactPhone = m_lines.value(QStringLiteral("contactPhone"))->text();
    c.contactEmail = m_lines.value(QStringLiteral("contactEmail"))->text();
    return c;
}

bool CallCustomerDialog::save()
{
    m_errors.clear();
    try {
        m_added = m_session.make<CustomerCall>().addCustomer(m_session.user(), customer());
    } catch (const UserError& e) {
        m_message->setText(e.message());
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::error(palette()).name()));
        m_message->setVisible(true);
        m_errors.show(e.fieldErrors());
        return false;
    }
    m_session.notifyChanged(0);
    accept();
    return true;
}
