#include "steps/ServiceDialog.h"

#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "common/Palette.h"
#include "dates/CompanyTime.h"
#include "main/Session.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

ServiceDialog::ServiceDialog(Session& session, const QualityCase& c, QWidget* parent)
    : StepDialog(session, c, tr("On-site service record"), parent)
{
    setObjectName(QStringLiteral("serviceDialog"));
    const QDateTime now = session.clock().now();
    if (c.plan)
        addNote(
            tr("<b>Appointed:</b> %1 at %2 · <b>Technician:</b> %3")
                .arg(CompanyTime::minutes(c.plan->appointedAt, session.workflow().deadlines().rules().zone),
                     c.plan->address.toHtmlEscaped(), c.plan->technicianName.toHtmlEscaped()));
    m_arrived = Fields::dateTime(this,
                                 c.plan && c.plan->appointedAt.isValid() && c.plan->appointedAt < now
                                     ? c.plan->appointedAt
                                     : now.addSecs(-3600),
                                 session.clock(), session.workflow().deadlines().rules().zone);
    addRow(QStringLiteral("arrivedAt"), tr("Arrived on site"), m_arrived, true);
    m_punctuality = new QLabel(this);
    m_punctuality->setObjectName(QStringLiteral("punctuality"));
    form()->addRow(QString(), m_punctuality);
    m_finished = Fields::dateTime(this, now, session.clock(), session.workflow().deadlines().rules().zone);
    addRow(QStringLiteral("finishedAt"), tr("Finished"), m_finished, true);
    m_workDone = Fields::text(this);
    addRow(QStringLiteral("workDone"), tr("Work done"), m_workDone, true);
    m_parts = new QLineEdit(this);
    addRow(QStringLiteral("partsUsed"), tr("Parts used"), m_parts);
    m_result = new QLineEdit(this);
    addRow(QStringLiteral("result"), tr("Result"), m_result, true);
    m_confirmed = new QCheckBox(tr("The customer confirmed the service"), this);
    addRow(QStringLiteral("customerConfirmed"), tr("Confirmation"), m_confirmed);
    m_confirmedBy = new QLineEdit(c.contactName, this);
    addRow(QStringLiteral("confirmedBy"), tr("Confirmed by"), m_confirmedBy);
    connect(m_arrived, &DateTimeField::valueChanged, this, &ServiceDialog::updatePunctuality);
    updatePunctuality();
}

void ServiceDialog::updatePunctuality()
{
    if (!m_case.plan || !m_case.plan->appointedAt.isValid() || !m_arrived->dateTime().isValid()) {
        m_punctuality->clear();
        return;
    }
    const qint64 late = m_case.plan->appointedAt.secsTo(m_arrived->dateTime()) / 60;
    const bool onTime = late <= 0;
    m_punctuality->setText(onTime ? tr("On time") : tr("Late by %n minute(s)", nullptr, int(late)));
    m_punctuality->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg((onTime ? Palette::onTime(palette()) : Palette::overdue(palette())).name()));
}

void ServiceDialog::submit()
{
    ServiceData d;
    d.arrivedAt = Fields::utc(m_arrived);
    d.finishedAt = Fields::utc(m_finished);
    d.workDone = m_workDone->toPlainText();
    d.partsUsed = m_parts->text();
    d.result = m_result->text();
    d.customerConfirmed = m_confirmed->isChecked();
    d.confirmedBy = m_confirmed->isChecked() ? m_confirmedBy->text() : QString();
    m_session.workflow().recordOnSiteService(m_session.user(), ref(), d);
}
