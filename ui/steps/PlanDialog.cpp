#include "steps/PlanDialog.h"

#include "common/Fields.h"
#include "main/Session.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

PlanDialog::PlanDialog(Session& session, const QualityCase& c, QWidget* parent)
    : StepDialog(session, c, tr("Processing plan"), parent)
{
    setObjectName(QStringLiteral("planDialog"));
    const ReferenceData& ref = session.reference();
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("On-site service"), int(PlanKind::OnSite));
    m_kind->addItem(tr("Return to factory"), int(PlanKind::ReturnToFactory));
    m_kind->addItem(tr("Replacement"), int(PlanKind::Replacement));
    m_kind->addItem(tr("Remote guidance"), int(PlanKind::RemoteGuidance));
    addRow(QStringLiteral("kind"), tr("What will be done"), m_kind, true);
    m_agency = new QComboBox(this);
    Fields::fill(m_agency, ref.serviceAgencies(), tr("Choose…"));
    addRow(QStringLiteral("agencyId"), tr("Service agency"), m_agency, true);
    m_technician = new QComboBox(this);
    m_technician->setObjectName(QStringLiteral("technicianCombo"));
    addRow(QStringLiteral("technicianId"), tr("Technician"), m_technician, true);
    QDateTime appointed = session.clock().now().addDays(1);
    if (const auto g = ref.grade(c.gradeId); g && g->arrivalHours > 0)
        appointed = session.clock().now().addSecs(qint64(g->arrivalHours) * 3600);
    m_appointed = Fields::dateTime(this, appointed);
    addRow(QStringLiteral("appointedAt"), tr("Appointed arrival"), m_appointed, true);
    m_address = new QLineEdit(c.siteAddress, this);
    addRow(QStringLiteral("address"), tr("Site address"), m_address, true);
    m_onSiteFields = {m_agency, m_technician, m_appointed, m_address};
    m_returnOrder = new QLineEdit(this);
    addRow(QStringLiteral("returnOrderNo"), tr("Return plan order"), m_returnOrder);
    m_details = Fields::text(this);
    addRow(QStringLiteral("details"), tr("Details"), m_details);
    m_disposal = Fields::text(this, 2);
    m_disposal->setPlainText(c.disposalSuggestion);
    m_disposal->setReadOnly(c.disposalAt.isValid());
    addRow(QStringLiteral("disposalSuggestion"), tr("Disposal suggestion to the customer"), m_disposal);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlanDialog::kindChanged);
    connect(m_agency, &QComboBox::currentIndexChanged, this, &PlanDialog::agencyChanged);
    if (m_agency->count() == 2)
        m_agency->setCurrentIndex(1);
    agencyChanged();
    kindChanged();
}

void PlanDialog::agencyChanged()
{
    m_technician->clear();
    m_technician->addItem(tr("Choose…"), qint64(0));
    const QList<Technician> list
        = m_session.reference().technicians(Fields::id(m_agency), m_case.productLine);
    for (const Technician& t : list)
        m_technician->addItem(t.knowsLine ? tr("%1 (knows this product line)").arg(t.name) : t.name, t.id);
    if (!list.isEmpty() && list.first().knowsLine)
        m_technician->setCurrentIndex(1);
}

void PlanDialog::kindChanged()
{
    const auto kind = PlanKind(m_kind->currentData().toInt());
    for (QWidget* w : std::as_const(m_onSiteFields))
        w->setEnabled(kind == PlanKind::OnSite);
    m_returnOrder->setEnabled(kind == PlanKind::ReturnToFactory);
}

void PlanDialog::submit()
{
    PlanData d;
    d.kind = PlanKind(m_kind->currentData().toInt());
    if (d.kind == PlanKind::OnSite) {
        d.agencyId = Fields::id(m_agency);
        d.technicianId = Fields::id(m_technician);
        d.appointedAt = Fields::utc(m_appointed);
        d.address = m_address->text();
    }
    d.returnOrderNo = m_returnOrder->text();
    d.details = m_details->toPlainText();
    if (!m_case.disposalAt.isValid())
        d.disposalSuggestion = m_disposal->toPlainText();
    m_session.workflow().planProcessing(m_session.user(), ref(), d);
}
