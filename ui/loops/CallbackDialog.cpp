#include "loops/CallbackDialog.h"

#include "common/DateTimeField.h"
#include "common/DialogFit.h"
#include "common/Fields.h"
#include "common/FormButtons.h"
#include "common/FormMessage.h"
#include "main/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CallbackDialog::CallbackDialog(Session& session, const BatchCallback& batch, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_service(session.make<CallbackService>(session.workflow()))
    , m_batch(batch)
{
    setObjectName(QStringLiteral("callbackDialog"));
    setWindowTitle(tr("Call-back: batch %1").arg(batch.batchNo));
    auto* layout = new QVBoxLayout(this);
    auto* heading
        = new QLabel(tr("<b>%1</b>, order %2, batch %3, delivered %4")
                         .arg(batch.customerName.toHtmlEscaped(), batch.orderNo.toHtmlEscaped(),
                              batch.batchNo.toHtmlEscaped(), batch.deliveredOn.toString(Qt::ISODate)),
                     this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_calledAt = Fields::dateTime(this, session.clock().now(), session.clock(),
                                  session.workflow().deadlines().rules().zone);
    m_calledAt->setObjectName(QStringLiteral("calledAt"));
    contactName = new QLineEdit(this);
    contactName->setObjectName(QStringLiteral("contactName"));
    contactPhone = new QLineEdit(this);
    contactPhone->setObjectName(QStringLiteral("contactPhone"));
    opinion = new QComboBox(this);
    opinion->setObjectName(QStringLiteral("opinion"));
    opinion->addItem(tr("Satisfied with the quality"), static_cast<int>(CallbackOpinion::Satisfied));
    opinion->addItem(tr("Remarks, no objection"), static_cast<int>(CallbackOpinion::Remarks));
    opinion->addItem(tr("Objection to the quality: log a case"),
                     static_cast<int>(CallbackOpinion::Objection));
    comments = Fields::text(this, 3);
    comments->setObjectName(QStringLiteral("comments"));
    symptom = Fields::text(this, 3);
    symptom->setObjectName(QStringLiteral("symptom"));
    quantity = new QSpinBox(this);
    quantity->setObjectName(QStringLiteral("quantity"));
    quantity->setRange(1, 100000);
    serialNo = new QLineEdit(this);
    serialNo->setObjectName(QStringLiteral("serialNo"));
    m_errors.addRow(form, QStringLiteral("calledAt"), tr("Called at"), m_calledAt, true);
    m_errors.addRow(form, QStringLiteral("contactName"), tr("Spoke to"), contactName, true);
    m_errors.addRow(form, QStringLiteral("contactPhone"), tr("Phone"), contactPhone);
    m_errors.addRow(form, QStringLiteral("opinion"), tr("The customer's view"), opinion, true);
    m_errors.addRow(form, QStringLiteral("comments"), tr("What the customer said"), comments);
    const int before = form->rowCount();
    m_errors.addRow(form, QStringLiteral("symptom"), tr("The problem (the case's symptom)"), symptom, true);
    m_errors.addRow(form, QStringLiteral("serialNo"), tr("Serial number"), serialNo);
    m_errors.addRow(form, QStringLiteral("quantity"), tr("Quantity"), quantity);
    for (int row = before; row < form->rowCount(); ++row)
        for (const auto role : {QFormLayout::LabelRole, QFormLayout::FieldRole})
            if (QLayoutItem* item = form->itemAt(row, role); item && item->widget())
                m_objectionRows.append(item->widget());
    m_general = new FormMessage(this);
    layout->addWidget(m_general);
    layout->addWidget(new FormButtons(this, [this]() { save(); }));
    setMinimumWidth(560);
    connect(opinion, &QComboBox::currentIndexChanged, this, &CallbackDialog::showObjection);
    showObjection();
}

void CallbackDialog::showObjection()
{
    const bool objection = opinion->currentData().toInt() == static_cast<int>(CallbackOpinion::Objection);
    for (QWidget* w : m_objectionRows)
        w->setVisible(objection);
    DialogFit::toContents(this, 560); // as tall as the fields shown at that width
}

CallbackData CallbackDialog::data() const
{
    CallbackData d;
    d.shipmentId = m_batch.shipmentId;
    d.calledAt = Fields::utc(m_calledAt);
    d.contactName = contactName->text();
    d.contactPhone = contactPhone->text();
    d.opinion = static_cast<CallbackOpinion>(opinion->currentData().toInt());
    d.comments = comments->toPlainText();
    if (d.opinion == CallbackOpinion::Objection) {
        d.symptom = symptom->toPlainText();
        d.serialNo = serialNo->text();
        d.quantity = quantity->value();
        d.customerRequest = d.comments;
    }
    return d;
}

QString CallbackDialog::generalError() const
{
    return m_general->shown();
}

bool CallbackDialog::save()
{
    const bool saved = m_general->run(m_errors, [&]() { m_service.record(m_session.user(), data()); });
    if (!saved) {
        adjustSize(); // room for the messages below their fields
        return false;
    }
    m_session.notifyChanged(0); // an objection's new case is in the lists now
    accept();
    return true;
}
