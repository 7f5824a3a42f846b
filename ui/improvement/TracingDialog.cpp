#include "improvement/TracingDialog.h"

#include "UserError.h"
#include "common/DateTimeField.h"
#include "common/Fields.h"
#include "common/Palette.h"
#include "improvement/EightDReportDocument.h"
#include "improvement/ImprovementRules.h"
#include "improvement/ImprovementWords.h"
#include "improvement/StepOwnerPicker.h"
#include "main/Session.h"
#include "print/PrintController.h"
#include "reference/ReferenceData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TracingDialog::TracingDialog(Session& session, qint64 tracingId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_service(session.make<TracingService>())
{
    setObjectName(QStringLiteral("tracingDialog"));
    m_tracing.id = tracingId;
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_steps = new QTableWidget(0, 4, this);
    m_steps->setObjectName(QStringLiteral("tracingSteps"));
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Owner"), tr("Due"), tr("Signed off")});
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->verticalHeader()->hide();
    layout->addWidget(m_steps, 1);

    m_stepTitle = new QLabel(this);
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    layout->addWidget(m_stepTitle);
    auto* form = new QFormLayout;
    auto* planRow = new QHBoxLayout;
    m_owner = new StepOwnerPicker(session, this); // a unit or a person
    m_due = new DateTimeField(DateTimeField::Kind::Date, session.clock(),
                              session.workflow().deadlines().rules().zone, this);
    m_due->setObjectName(QStringLiteral("stepDue"));
    m_plan = new QPushButton(tr("Set owner and due day"), this);
    m_plan->setObjectName(QStringLiteral("planStep"));
    planRow->addWidget(m_owner, 1);
    planRow->addWidget(m_due);
    planRow->addWidget(m_plan);
    form->addRow(tr("Owner and due day:"), planRow);
    m_text = Fields::text(this, 4);
    m_text->setObjectName(QStringLiteral("stepText"));
    form->addRow(tr("Found and done:"), m_text);
    m_verified = new QCheckBox(tr("Verified"), this);
    m_verified->setObjectName(QStringLiteral("stepVerified"));
    form->addRow(QString(), m_verified);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tracingMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: %1").arg(Palette::error(palette()).name()));
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save step"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveStep"));
    m_sign = buttons->addButton(tr("Sign &off step"), QDialogButtonBox::ActionRole);
    m_sign->setObjectName(QStringLiteral("signStep"));
    QPushButton* print = buttons->addButton(tr("&Print 8D report…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("print8d"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this]() { saveStep(false); });
    connect(m_sign, &QPushButton::clicked, this, [this]() { saveStep(true); });
    connect(m_plan, &QPushButton::clicked, this, [this]() { planStep(); });
    connect(print, &QPushButton::clicked, this, [this]() {
        const QString number = m_tracing.number;
        PrintController::previewOne(this, tr("8D report"), [this, number](const ReportOptions& options) {
            return m_session.call(&EightDReportDocument::ofNumber, number, options);
        });
    });
    connect(m_steps, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0) {
            m_current = row;
            showStep();
        }
    });
    reload();
    resize(820, 620);
}

void TracingDialog::reload()
{
    m_tracing = m_service.load(m_tracing.id);
    setWindowTitle(tr("Tracing %1 (8D)").arg(m_tracing.number));
    m_heading->setText(tr("<b>%1</b> — case %2, %3. Traced: %4. %5")
                           .arg(m_tracing.number.toHtmlEscaped(), m_tracing.caseNumber.toHtmlEscaped(),
                                m_tracing.customerName.toHtmlEscaped(),
                                ImprovementWords::reasonName(m_tracing.reason),
                                m_tracing.isClosed() ? tr("Closed.") : tr("Open.")));
    const QDate today
        = m_session.clock().now().toTimeZone(m_session.workflow().deadlines().rules().zone).date();
    m_steps->setRowCount(static_cast<int>(m_tracing.steps.size()));
    for (int row = 0; row < m_tracing.steps.size(); ++row) {
        const TracingStep& s = m_tracing.steps.at(row);
        const QString signedOff = s.isSigned()
            ? tr("%1, %2").arg(s.signedBy, s.signedAt.toString(QStringLiteral("yyyy-MM-dd")))
            : QString();
        const QStringList cells {ImprovementWords::stepTitle(s.step),
                                 s.ownerUserId > 0 ? s.ownerUser : s.ownerUnit, s.dueOn.toString(Qt::ISODate),
                                 signedOff};
        const bool late = !s.isSigned() && s.dueOn < today;
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (late)
                item->setForeground(Palette::overdue(palette()));
            m_steps->setItem(row, column, item);
        }
    }
    m_steps->resizeColumnsToContents();
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->setCurrentCell(m_current, 0);
    showStep();
}

void TracingDialog::showStep()
{
    if (m_current < 0 || m_current >= m_tracing.steps.size())
        return;
    const TracingStep& s = m_tracing.steps.at(m_current);
    m_stepTitle->setText(
        QStringLiteral("<b>%1</b>").arg(ImprovementWords::stepTitle(s.step).toHtmlEscaped()));
    m_owner->setOwner(s.ownerUnitId, s.ownerUserId);
    m_due->setDate(s.dueOn);
    m_text->setPlainText(s.text);
    m_verified->setChecked(s.verified);
    const User& user = m_session.user();
    const bool mayWrite = !s.isSigned() && ImprovementRules::stepRefusal(user, s).isEmpty();
    const bool mayPlan = !s.isSigned() && ImprovementRules::may(user, ImprovementRules::Task::PlanStep);
    for (QWidget* w : QList<QWidget*> {m_text, m_verified, m_save, m_sign})
        w->setEnabled(mayWrite);
    for (QWidget* w : QList<QWidget*> {m_owner, m_due, m_plan})
        w->setEnabled(mayPlan);
    m_message->clear();
}

void TracingDialog::selectStep(int step)
{
    m_steps->setCurrentCell(step, 0);
}

template<typename Change> bool TracingDialog::run(Change&& change)
{
    try {
        change();
    } catch (const UserError& e) {
        m_message->setText(e.fieldErrors().isEmpty() ? e.message() : e.fieldErrors().values().join(u' '));
        return false;
    }
    reload();
    m_session.notifyChanged(m_tracing.caseId);
    return true;
}

bool TracingDialog::saveStep(bool signOff)
{
    const TracingStep s = m_tracing.steps.value(m_current);
    const QString text = m_text->toPlainText();
    const bool verified = m_verified->isChecked();
    return run([&] { m_service.saveStep(m_session.user(), s.id, s.version, text, verified, signOff); });
}

bool TracingDialog::planStep()
{
    const TracingStep s = m_tracing.steps.value(m_current);
    const qint64 unit = m_owner->unitId();
    const qint64 person = m_owner->userId();
    return run(
        [&] { m_service.planStep(m_session.user(), s.id, s.version, unit, person, m_due->checkedDate()); });
}

QString TracingDialog::message() const
{
    return m_message->text();
}
