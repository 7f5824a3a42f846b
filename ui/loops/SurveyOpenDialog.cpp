#include "loops/SurveyOpenDialog.h"

#include "UserError.h"
#include "common/DateTimeField.h"
#include "common/DialogFit.h"
#include "common/Palette.h"
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
    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: %1").arg(Palette::error(palette()).name()));
    m_general->hide();
    layout->addWidget(m_general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    m_errors.clear();
    m_general->hide();
    try {
        m_session.make<SurveyService>().open(m_session.user(), m_year, chosen(), replyBy->checkedDate());
    } catch (const UserError& e) {
        if (!m_errors.show(e.fieldErrors())) {
            m_general->setText(e.message());
            m_general->show();
        }
        return false;
    }
    m_session.notifyChanged(0);
    accept();
    return true;
}
