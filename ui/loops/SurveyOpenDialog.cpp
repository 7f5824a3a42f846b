#include "loops/SurveyOpenDialog.h"

#include "common/DateTimeField.h"
#include "common/DialogFit.h"
#include "common/FormButtons.h"
#include "common/FormMessage.h"
#include "loops/SurveyService.h"
#include "main/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

SurveyOpenDialog::SurveyOpenDialog(Session& session, int year, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_year(year)
{
    setObjectName(QStringLiteral("surveyOpenDialog"));
    setWindowTitle(tr("Start the satisfaction survey of %1").arg(year));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(tr("The customers supplied in %1 are ticked. One letter goes to each customer "
                               "ticked, in the customer's language.")
                                .arg(year),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    customers = new QListWidget(this);
    customers->setObjectName(QStringLiteral("surveyCustomers"));
    for (const SurveyCandidate& c : session.make<SurveyService>().candidates(year)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(c.code, c.name), customers);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(c.suppliedInYear ? Qt::Checked : Qt::Unchecked);
    }
    const QTimeZone zone = session.workflow().deadlines().rules().zone;
    replyBy = new DateTimeField(DateTimeField::Kind::Date, session.clock(), zone, this);
    replyBy->setObjectName(QStringLiteral("replyBy"));
    replyBy->setDate(session.clock().now().toTimeZone(zone).date().addMonths(1));
    m_errors.addRow(form, QStringLiteral("customers"), tr("&Customers"), customers, true);
    m_errors.addRow(form, QStringLiteral("replyBy"), tr("&Answer by"), replyBy, true);
    m_general = new FormMessage(this);
    layout->addWidget(m_general);
    auto* buttons = new FormButtons(
        this, [this]() { save(); }, QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    layout->addWidget(buttons);
    DialogFit::toContents(this, 480);
}

QList<qint64> SurveyOpenDialog::chosen() const
{
    QList<qint64> ids;
    for (int i = 0; i < customers->count(); ++i)
        if (customers->item(i)->checkState() == Qt::Checked)
            ids.append(customers->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

bool SurveyOpenDialog::save()
{
    const bool saved = m_general->run(m_errors, [&]() {
        m_session.make<SurveyService>().open(m_session.user(), m_year, chosen(), replyBy->checkedDate());
    });
    if (!saved)
        return false;
    m_session.notifyChanged(0);
    accept();
    return true;
}
