#include "steps/PlanDialog.h"

#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "common/Palette.h"
#include "deadlines/ArrivalRule.h"
#include "domain/PlanKinds.h"
#include "main/Session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

PlanDialog::PlanDialog(Session& session, const QualityCase& c, QWidget* parent)
    : StepDialog(session, c, tr("Processing plan"), parent)
{
    setObjectName(QStringLiteral("planDialog"));
    const ReferenceData& ref = session.reference();
    m_kind = new QComboBox(this);
    for (PlanKind kind :
         {PlanKind::OnSite, PlanKind::ReturnToFactory, PlanKind::Replacement, PlanKind::RemoteGuidance})
        m_kind->addItem(PlanKinds::name(kind), int(kind));
    addRow(QStringLiteral("kind"), tr("What will be done"), m_kind, true);
    m_agency = new QComboBox(this);
    Fields::fill(m_agency, ref.serviceAgencies(), tr("Choose…"));
    addRow(QStringLiteral("agencyId"), tr("Service agency"), m_agency, true);
    m_technician = new QComboBox(this);
    m_technician->setObjectName(QStringLiteral("technicianCombo"));
    addRow(QStringLiteral("technicianId"), tr("Technician"), m_technician, true);
    m_trainingWarning = new QLabel(this);
    m_trainingWarning->setObjectName(QStringLiteral("trainingWarning"));
    m_trainingWarning->setWordWrap(true);
    m_trainingWarning->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(Palette::dueSoon(palette()).name()));
    m_trainingWarning->setVisible(false);
    form()->addRow(QString(), m_trainingWarning);
    QDateTime appointed = session.clock().now().addDays(1);
    if (const auto g = ref.grade(c.gradeId); g && g->arrivalHours > 0)
        appointed = session.clock().now().addSecs(qint64(g->arrivalHours) * 3600);
    m_appointed
        = Fields::dateTime(this, appointed, session.clock(), session.workflow().deadlines().rules().zone);
    addRow(QStringLiteral("appointedAt"), tr("Appointed arrival"), m_appointed, true);
    // The grade's on-site rule said aloud when the appointment breaks it.
    m_arrivalWarning = new QLabel(this);
    m_arrivalWarning->setObjectName(QStringLiteral("arrivalWarning"));
    m_arrivalWarning->setWordWrap(true);
    m_arrivalWarning->setStyleSheet(m_trainingWarning->styleSheet());
    m_arrivalWarning->setVisible(false);
    form()->addRow(QString(), m_arrivalWarning);
    connect(m_appointed, &DateTimeField::valueChanged, this, &PlanDialog::appointedChanged);
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
    connect(m_technician, &QComboBox::currentIndexChanged, this, &PlanDialog::technicianChanged);
    if (m_agency->count() == 2)
        m_agency->setCurrentIndex(1);
    agencyChanged();
    kindChanged();
}

void PlanDialog::agencyChanged()
{
    // R19: those trained for the case's model or line first; an expired training is named.
    m_technician->clear();
    m_technician->addItem(tr("Choose…"), qint64(0));
    const QDate today
        = m_session.clock().now().toTimeZone(m_session.workflow().deadlines().rules().zone).date();
    m_technicians = m_session.reference().techniciansFor(Fields::id(m_agency), m_case.productLine,
                                                         m_case.modelId, today);
    for (const Technician& t : std::as_const(m_technicians)) {
        QString text = t.name;
        if (t.training == Technician::Training::Valid)
            text = t.trainingUntil.isValid() ? tr("%1 (trained for this product, valid until %2)")
                                                   .arg(t.name, t.trainingUntil.toString(Qt::ISODate))
                                             : tr("%1 (trained for this product)").arg(t.name);
        else if (t.training == Technician::Training::Expired)
            text = tr("%1 (training expired %2)").arg(t.name, t.trainingUntil.toString(Qt::ISODate));
        else if (t.knowsModel || t.knowsLine)
            text = tr("%1 (knows this product line)").arg(t.name);
        m_technician->addItem(text, t.id);
    }
    if (!m_technicians.isEmpty()
        && (m_technicians.first().training == Technician::Training::Valid || m_technicians.first().knowsLine))
        m_technician->setCurrentIndex(1);
    technicianChanged();
}

void PlanDialog::technicianChanged()
{
    const int index = m_technician->currentIndex() - 1;
    const bool expired = index >= 0 && index < m_technicians.size()
        && m_technicians.at(index).training == Technician::Training::Expired;
    m_trainingWarning->setVisible(expired);
    if (expired)
        m_trainingWarning->setText(
            tr("%1's training for this product expired on %2. Plan a trained technician, "
               "or renew the training.")
                .arg(m_technicians.at(index).name,
                     m_technicians.at(index).trainingUntil.toString(Qt::ISODate)));
}

void PlanDialog::appointedChanged()
{
    const auto grade = m_session.reference().grade(m_case.gradeId);
    const QDateTime appointed = m_appointed->dateTime(); // invalid while what is typed is no date
    const QString text
        = grade && appointed.isValid() && PlanKind(m_kind->currentData().toInt()) == PlanKind::OnSite
        ? ArrivalRule::warning(*grade, appointed, m_session.clock().now(),
                               m_session.workflow().deadlines().rules().zone)
        : QString();
    m_arrivalWarning->setText(text);
    m_arrivalWarning->setVisible(!text.isEmpty());
}

void PlanDialog::kindChanged()
{
    const auto kind = PlanKind(m_kind->currentData().toInt());
    for (QWidget* w : std::as_const(m_onSiteFields))
        w->setEnabled(kind == PlanKind::OnSite);
    m_returnOrder->setEnabled(kind == PlanKind::ReturnToFactory);
    appointedChanged();
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
