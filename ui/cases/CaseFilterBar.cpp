#include "cases/CaseFilterBar.h"

#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "domain/CaseStatus.h"
#include "main/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

CaseFilterBar::CaseFilterBar(Session& session, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("caseFilterBar"));
    const ReferenceData& ref = session.reference();
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_status = combo(QStringLiteral("filterStatus"));
    m_status->addItem(QString(), QString());
    for (CaseStatus s : CaseStatuses::all())
        m_status->addItem(CaseStatuses::displayName(s), CaseStatuses::code(s));
    m_grade = combo(QStringLiteral("filterGrade"));
    m_grade->addItem(QString(), qint64(0));
    for (const Grade& g : ref.grades())
        m_grade->addItem(g.code + QStringLiteral(" — ") + g.name, g.id);
    m_customer = combo(QStringLiteral("filterCustomer"));
    Fields::fill(m_customer, ref.customers(QString(), 1000), QStringLiteral(" "));
    m_product = combo(QStringLiteral("filterProduct"));
    Fields::fill(m_product, ref.productModels(), QStringLiteral(" "));
    m_unit = combo(QStringLiteral("filterUnit"));
    Fields::fill(m_unit, ref.units(), QStringLiteral(" "));
    m_technician = combo(QStringLiteral("filterTechnician"));
    m_technician->addItem(QString(), qint64(0));
    for (const Technician& t : ref.technicians(0, QString()))
        m_technician->addItem(t.name, t.id);
    m_useDates = new QCheckBox(this);
    // Typed or picked like every date of the window ("1/3", "today", "-7d").
    const QTimeZone zone = session.workflow().deadlines().rules().zone;
    m_from = new DateTimeField(DateTimeField::Kind::Date, session.clock(), zone, this);
    m_to = new DateTimeField(DateTimeField::Kind::Date, session.clock(), zone, this);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    const QDate today = session.clock().now().toTimeZone(zone).date();
    m_to->setDate(today);
    m_from->setDate(today.addMonths(-1));
    for (DateTimeField* d : {m_from, m_to}) {
        // A whole date however narrow the window (the line below the lists gives way first).
        QLineEdit* edit = d->lineEdit();
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 10);
        d->setEnabled(false);
        connect(d, &DateTimeField::valueChanged, this, &CaseFilterBar::changed);
    }
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emit changed();
    });
    m_key = new QCheckBox(this);
    m_overdue = new QCheckBox(this);
    m_overdue->setObjectName(QStringLiteral("filterOverdue"));
    m_open = new QCheckBox(this);
    for (QCheckBox* b : {m_key, m_overdue, m_open})
        connect(b, &QCheckBox::toggled, this, &CaseFilterBar::changed);
    // The lists in six columns; the dates and the ticks on one line below, each as wide as it
    // needs: the window narrows to about 815 px (it was 865 when they were columns too).
    int column = 0;
    for (QComboBox* c : {m_status, m_grade, m_customer, m_product, m_unit, m_technician}) {
        grid->addWidget(c, 0, column);
        grid->setColumnStretch(column++, 1);
    }
    auto* line = new QHBoxLayout;
    line->addWidget(m_useDates);
    line->addWidget(m_from);
    line->addWidget(m_to);
    for (QCheckBox* b : {m_key, m_overdue, m_open})
        line->addWidget(b);
    line->addStretch(1);
    grid->addLayout(line, 1, 0, 1, column);
    retranslate();
}

QComboBox* CaseFilterBar::combo(const QString& name)
{
    auto* c = new QComboBox(this);
    c->setObjectName(name);
    c->setMinimumContentsLength(7);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(c, &QComboBox::currentIndexChanged, this, &CaseFilterBar::changed);
    return c;
}

CaseFilter CaseFilterBar::filter() const
{
    CaseFilter f;
    f.status = m_status->currentData().toString();
    f.gradeId = Fields::id(m_grade);
    f.customerId = Fields::id(m_customer);
    f.modelId = Fields::id(m_product);
    f.unitId = Fields::id(m_unit);
    f.technicianId = Fields::id(m_technician);
    if (m_useDates->isChecked()) {
        // A bound typed that is no day yet (its field says why) does not limit the list.
        if (m_from->date().isValid())
            f.receivedFrom = m_from->date().startOfDay();
        if (m_to->date().isValid())
            f.receivedTo = m_to->date().addDays(1).startOfDay();
    }
    f.keyCustomersOnly = m_key->isChecked();
    f.overdueOnly = m_overdue->isChecked();
    f.openOnly = m_open->isChecked();
    return f;
}

void CaseFilterBar::retranslate()
{
    const QList<QPair<QComboBox*, QString>> all {
        {m_status, tr("All statuses")},  {m_grade, tr("All grades")}, {m_customer, tr("All customers")},
        {m_product, tr("All products")}, {m_unit, tr("All units")},   {m_technician, tr("All technicians")}};
    for (const auto& p : all) {
        p.first->setItemText(0, p.second);
        p.first->setAccessibleName(p.second);
    }
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(
            i, CaseStatuses::displayName(CaseStatuses::fromCode(m_status->itemData(i).toString())));
    m_useDates->setText(tr("Received between"));
    m_from->setAccessibleName(tr("Received from"));
    m_to->setAccessibleName(tr("Received until"));
    m_key->setText(tr("Key customers only"));
    m_overdue->setText(tr("Overdue only"));
    m_open->setText(tr("Open only"));
}

void CaseFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
