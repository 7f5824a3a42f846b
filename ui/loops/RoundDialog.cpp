#include "loops/RoundDialog.h"

#include "common/DateTimeField.h"
#include "common/DialogFit.h"
#include "common/FormButtons.h"
#include "common/FormMessage.h"
#include "loops/VisitService.h"
#include "main/Session.h"
#include "reference/ReferenceData.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

RoundDialog::RoundDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("roundDialog"));
    setWindowTitle(tr("New round of return visits"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    purpose = new QLineEdit(this);
    purpose->setObjectName(QStringLiteral("purpose"));
    const QTimeZone zone = session.workflow().deadlines().rules().zone;
    const QDate today = session.clock().now().toTimeZone(zone).date();
    const auto day = [this, &session, &zone](const QString& name, const QDate& value) {
        auto* edit = new DateTimeField(DateTimeField::Kind::Date, session.clock(), zone, this);
        edit->setObjectName(name);
        edit->setDate(value);
        return edit;
    };
    from = day(QStringLiteral("from"), today);
    to = day(QStringLiteral("to"), today.addMonths(1));
    find = new QLineEdit(this);
    find->setObjectName(QStringLiteral("findCustomer"));
    find->setPlaceholderText(tr("Type part of a customer's name or code"));
    customers = new QListWidget(this);
    customers->setObjectName(QStringLiteral("roundCustomers"));
    m_count = new QLabel(this);
    participants = new QLineEdit(this);
    participants->setObjectName(QStringLiteral("participants"));
    m_errors.addRow(form, QStringLiteral("purpose"), tr("&Purpose"), purpose, true);
    m_errors.addRow(form, QStringLiteral("from"), tr("&From"), from, true);
    m_errors.addRow(form, QStringLiteral("period"), tr("&To"), to, true);
    form->addRow(tr("F&ind customers"), find);
    m_errors.addRow(form, QStringLiteral("customers"), tr("&Customers"), customers, true);
    form->addRow(QString(), m_count);
    m_errors.addRow(form, QStringLiteral("participants"), tr("Who else &goes"), participants);
    m_general = new FormMessage(this);
    layout->addWidget(m_general);
    layout->addWidget(new FormButtons(this, [this]() { save(); }));
    connect(find, &QLineEdit::textChanged, this, &RoundDialog::fill);
    connect(customers, &QListWidget::itemChanged, this, &RoundDialog::itemChanged);
    DialogFit::toContents(this, 520);
    fill();
}

void RoundDialog::fill()
{
    m_filling = true;
    customers->clear();
    for (const NamedItem& c : m_session.make<ReferenceData>().customers(find->text().trimmed(), 50)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(c.code, c.name), customers);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_chosen.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    m_count->setText(tr("%n customer(s) chosen", nullptr, static_cast<int>(m_chosen.size())));
}

void RoundDialog::itemChanged(QListWidgetItem* item)
{
    if (m_filling)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (item->checkState() == Qt::Checked)
        m_chosen.insert(id, item->text());
    else
        m_chosen.remove(id);
    m_count->setText(tr("%n customer(s) chosen", nullptr, static_cast<int>(m_chosen.size())));
}

bool RoundDialog::save()
{
    RoundData d;
    d.purpose = purpose->text();
    d.customerIds = chosen();
    d.participants = participants->text();
    const bool saved = m_general->run(m_errors, [&]() {
        d.from = from->checkedDate();
        d.to = to->checkedDate();
        m_roundId = m_session.make<VisitService>().openRound(m_session.user(), d);
    });
    if (!saved)
        return false;
    m_session.notifyChanged(0);
    accept();
    return true;
}
