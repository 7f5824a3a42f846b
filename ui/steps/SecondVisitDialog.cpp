#include "steps/SecondVisitDialog.h"

#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "main/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

SecondVisitDialog::SecondVisitDialog(Session& session, const QualityCase& c, QWidget* parent)
    : StepDialog(session, c, tr("Second return visit"), parent)
{
    setObjectName(QStringLiteral("secondVisitDialog"));
    const QDateTime now = session.clock().now();
    m_visited = Fields::dateTime(this, now, session.clock(), session.workflow().deadlines().rules().zone);
    addRow(QStringLiteral("visitedAt"), tr("Called at"), m_visited, true);
    m_use = Fields::text(this);
    addRow(QStringLiteral("productUse"), tr("Use of the product since"), m_use, true);
    m_feedback = Fields::text(this);
    addRow(QStringLiteral("feedback"), tr("Feedback, as the customer said it"), m_feedback, true);
    m_transfer = new QCheckBox(tr("Transfer a problem to technical support"), this);
    addRow(QStringLiteral("transferToTechnicalSupport"), tr("Follow-up"), m_transfer);
    m_task = new QLineEdit(this);
    addRow(QStringLiteral("followUpTask"), tr("Problem to settle"), m_task);
    m_unit = new QComboBox(this);
    Fields::fill(m_unit, session.reference().units());
    Fields::select(m_unit, session.reference().unitId(QStringLiteral("TECHSUPPORT")));
    addRow(QStringLiteral("followUpUnitId"), tr("Owner"), m_unit);
    m_due = Fields::dateTime(this, session.workflow().deadlines().followUpDue(now), session.clock(),
                             session.workflow().deadlines().rules().zone);
    addRow(QStringLiteral("followUpDueAt"), tr("Deadline"), m_due);
    auto enable = [this](bool on) {
        m_task->setEnabled(on);
        m_unit->setEnabled(on);
        m_due->setEnabled(on);
    };
    connect(m_transfer, &QCheckBox::toggled, this, enable);
    enable(false);
}

void SecondVisitDialog::submit()
{
    SecondVisitData d;
    d.visitedAt = Fields::utc(m_visited);
    d.productUse = m_use->toPlainText();
    d.feedback = m_feedback->toPlainText();
    d.transferToTechnicalSupport = m_transfer->isChecked();
    if (d.transferToTechnicalSupport) {
        d.followUpTask = m_task->text();
        d.followUpUnitId = Fields::id(m_unit);
        d.followUpDueAt = Fields::utc(m_due);
    }
    m_session.workflow().recordSecondVisit(m_session.user(), ref(), d);
}
