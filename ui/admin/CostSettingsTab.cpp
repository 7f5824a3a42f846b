#include "admin/CostSettingsTab.h"

#include "costs/LabourRate.h"
#include "main/Session.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>

CostSettingsTab::CostSettingsTab(Session& session, QWidget* parent)
    : SettingsTab(session, QStringLiteral("costsTab"), QStringLiteral("labourRate"), parent)
{
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("labourRate"));
    m_rate->setDecimals(2);
    m_rate->setRange(0, static_cast<double>(LabourRate::highest) / 100);
    m_rate->setGroupSeparatorShown(true);
    m_rateLabel = m_errors.addRow(m_form, QStringLiteral("labourRate"), QString(), m_rate);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_form->addRow(QString(), m_note);
    m_rate->setValue(static_cast<double>(session.make<LabourRate>().load()) / 100);
    retranslate();
}

QString CostSettingsTab::title() const
{
    return tr("C&osts");
}

void CostSettingsTab::retranslate()
{
    m_rateLabel->setText(tr("&Labour rate per hour"));
    m_note->setText(
        tr("The statistics price the labour hours of the service and return forms at this rate in "
           "the cost of poor quality. 0 leaves labour out of the costs."));
}

qint64 CostSettingsTab::hundredthsPerHour() const
{
    return qRound64(m_rate->value() * 100);
}

void CostSettingsTab::check() const
{
    LabourRate::validate(hundredthsPerHour());
}

void CostSettingsTab::store()
{
    m_session.make<LabourRate>().save(m_session.user(), hundredthsPerHour(), m_session.clock().now());
}
